// Reads an export back with citation-js (the library behind many reference tools), as a reference manager would,
// and prints one JSON object per item: what the reader made of it, and the item rendered in the APA style.
// usage: node read-back.mjs FILE csl-json|ris|bibtex
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

const [file, format] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const forced = { 'csl-json': '@csl/list+object', ris: '@ris/file', bibtex: '@biblatex/text' }[format];
if (!forced) {
  console.error(`read-back: unknown format '${format}' (csl-json, ris, bibtex)`);
  process.exit(2);
}
const input = format === 'csl-json' ? JSON.parse(text) : text;
const cite = new Cite(input, { forceType: forced });
for (const item of cite.data) {
  const parts = item.issued && item.issued['date-parts'] && item.issued['date-parts'][0];
  const date = parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-') : null;
  const rendered = new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
  console.log(JSON.stringify({
    type: item.type ?? null,
    title: item.title ?? null,
    date,
    authority: item.authority ?? item.publisher ?? null,
    number: item.number ?? null,
    URL: item.URL ?? null,
    locator: item.locator ?? item.section ?? item.page ?? null,
    note: item.note ?? null,
    rendered,
  }));
}
