#!/usr/bin/env python3
"""Export round trip: the sample basket (made from the repository's corpus, as make-samples.py makes it) exported as
CSL-JSON, RIS and BibTeX and read back by a real reference reader, citation-js (tools/exports/read-back.mjs), as a
reference manager would; each item read back is compared with the basket's quote: type, title, date, court or
publisher, number, URL and pinpoint. The DOCX is opened by LibreOffice (headless, converted to text) and every quote,
citation and note looked for in it; the Markdown likewise. Prints a table per format and every mismatch; exits 1 when
there is one.
usage: roundtrip.py [LEXGRAPH]   (needs node with `npm ci` in tools/exports, and LibreOffice's soffice)
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("make_samples", os.path.join(HERE, "make-samples.py"))
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

CSL_TYPE = {"regulation": "legislation", "ruling": "legal_case", "parliamentary-paper": "bill",
            "ngo-document": "report"}
BIB_TYPE = {"regulation": "legislation", "ruling": "legal_case", "parliamentary-paper": "report",
            "ngo-document": "report"}
# what the reader has no field for: citation-js reads a case's docket number neither from RIS nor from BibLaTeX
NO_NUMBER = {("ris", "ruling"), ("bibtex", "ruling")}


def expected_type(fmt, kind):
    table = BIB_TYPE if fmt == "bibtex" else CSL_TYPE
    return table.get(kind, "document")


def pinpoint_expected(fmt, q):
    p = (q.get("pinpoint") or "").strip()
    if not p or q.get("kind") == "ruling":
        return None  # a case's ground (r.o.) is in the Leidraad citation of its note
    return p[2:].strip() if p.lower().startswith("p.") else p


def main():
    lexgraph = sys.argv[1] if len(sys.argv) > 1 else os.path.join(samples.ROOT, "lexgraph")
    failures = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        quotes = samples.make(lexgraph, os.path.join(tmp, "kb"), os.path.join(tmp, "out"))
        for fmt, ext in [("csl-json", "json"), ("ris", "ris"), ("bibtex", "bib")]:
            out = subprocess.run(["node", os.path.join(HERE, "read-back.mjs"),
                                  os.path.join(tmp, "out", "basket-brief-gemeenteraad." + ext), fmt],
                                 capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"roundtrip: citation-js could not read the {fmt} export: {out.stderr.strip()}")
            items = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
            if len(items) != len(quotes):
                failures.append(f"{fmt}: {len(items)} items read back, the basket has {len(quotes)}")
            dated = working = typed = 0
            for q, item in zip(quotes, items):
                name = f"{fmt}, {q.get('citation')}"

                def check(what, want, got):
                    if want != got:
                        failures.append(f"{name}: {what} {got!r}, expected {want!r}")
                        return False
                    return True

                if check("type", expected_type(fmt, q.get("kind")), item["type"]):
                    typed += 1
                check("title", q.get("title"), item["title"])
                cited = q.get("date") or q.get("inForce")  # a regulation without a date: its version's in force
                if cited:
                    if check("date", cited, item["date"]):
                        dated += 1
                if q.get("authority") and q.get("kind") in ("ruling", "ngo-document", "parliamentary-paper"):
                    check("court or publisher", q["authority"], item["authority"])
                if q.get("identifier") and (fmt, q.get("kind")) not in NO_NUMBER:
                    check("number", q["identifier"], item["number"])
                if q.get("permalink"):
                    if check("URL", q["permalink"], item["URL"]):
                        working += 1
                want = pinpoint_expected(fmt, q)
                if want:
                    check("pinpoint", want, item["locator"])
                if not item["rendered"] or "preprint" in item["rendered"]:
                    failures.append(f"{name}: rendered as {item['rendered']!r}")
            with_date = sum(1 for q in quotes if q.get("date") or q.get("inForce"))
            with_url = sum(1 for q in quotes if q.get("permalink"))
            rows.append((fmt, len(items), f"{dated} of {with_date}", f"{working} of {with_url}",
                         f"{typed} of {len(quotes)}"))
        # the letter formats: every quote with its citation (and note) as a word processor shows them
        letter = {"markdown": open(os.path.join(tmp, "out", "basket-brief-gemeenteraad.md"), encoding="utf-8").read()}
        profile = "file://" + os.path.join(tmp, "lo-profile")
        conv = subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=" + profile,
                               "--convert-to", "txt:Text", "--outdir", os.path.join(tmp, "lo"),
                               os.path.join(tmp, "out", "basket-brief-gemeenteraad.docx")],
                              capture_output=True, text=True)
        txt = os.path.join(tmp, "lo", "basket-brief-gemeenteraad.txt")
        if conv.returncode != 0 or not os.path.exists(txt):
            failures.append(f"docx: LibreOffice could not open it: {conv.stderr.strip() or conv.stdout.strip()}")
            letter["docx"] = ""
        else:
            letter["docx"] = open(txt, encoding="utf-8-sig").read()
        for fmt, text in letter.items():
            found = 0
            for q in quotes:
                words = " ".join((q.get("text") or "").split())
                flat = " ".join(text.split())
                missing = [what for what, value in (("quote", words), ("citation", q.get("citation")),
                                                    ("note", q.get("note"))) if value and value not in flat]
                if missing:
                    failures.append(f"{fmt}, {q.get('citation')}: {', '.join(missing)} not in the document")
                else:
                    found += 1
            rows.append((fmt, f"{found} of {len(quotes)} quotes with citation and note", "–", "–", "–"))
    print("| format | items read back | with date (of those dated) | with working URL | with the right type |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")
    for f in failures:
        print("roundtrip: " + f, file=sys.stderr)
    print(f"export round trip: {'ok' if not failures else str(len(failures)) + ' mismatches'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
