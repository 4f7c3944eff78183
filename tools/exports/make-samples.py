#!/usr/bin/env python3
"""Makes the sample basket of docs/samples from the repository's own test corpus, with the product as a user runs it:
imports the corpus into a new knowledge base, finds the passages by searching, puts the quoted words in the basket
"Brief aan de gemeenteraad" with their notes and asks, and exports the basket in every format.
usage: make-samples.py OUT_DIR [LEXGRAPH]   (writes OUT_DIR/basket-brief-gemeenteraad.{md,docx,json,ris,bib};
       LEXGRAPH: the command to run, by default the repository's ./lexgraph)
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "bundles/org.lexgraph.tests.support/data")
BASKET = "Brief aan de gemeenteraad"
# query, the source's file, the words quoted (None: the whole passage), asks, note
QUOTES = [
    ("medisch noodzakelijke zorg koppelingsbeginsel", "BWBR0011823.md", "medisch noodzakelijke zorg", ["T2.1"],
     "Uitzondering op het koppelingsbeginsel: zorg mag altijd."),
    ("Zorginstituut bijdragen zorgaanbieders medisch noodzakelijke zorg", "BWBR0018450.md",
     "Het Zorginstituut verstrekt bijdragen aan zorgaanbieders die inkomsten derven ten gevolge van het verlenen van "
     "medisch noodzakelijke zorg", ["T2.1", "T2.2"], "De regeling waaruit zorgverleners worden vergoed."),
    ("aangifte geboorte bevoegd moeder", "BWBR0002656.md",
     "Tot de aangifte van een geboorte is bevoegd de moeder uit wie het kind is geboren", ["T4.1"],
     "Geboorteaangifte staat open voor iedere moeder, ook zonder verblijfsvergunning."),
    ("voorziening geeft een vreemdeling geen aanspraak op rechtmatig verblijf", "BWBR0034925.md", None, ["T4.2"], None),
    ("inschrijven Gemeentelijke Basisadministratie hetzelfde adres", "ECLI.NL.RBSGR.2012.BZ0845.xml",
     "Verzoeker kan zich niet inschrijven in de Gemeentelijke Basisadministratie (GBA), maar heeft voldoende "
     "aannemelijk gemaakt dat hij op hetzelfde adres woont", ["T1.2"], "Gezinsleven met partner en kinderen weegt mee."),
    ("kleine groep oudere ongedocumenteerden grote steden", "ngo-letter", "Een apart probleem vormt de kleine groep "
     "oudere ongedocumenteerden in grote steden.", ["T1.2"], None),
]


def run(lexgraph, kb, *args):
    out = subprocess.run([lexgraph, "--kb", kb, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"make-samples: lexgraph {' '.join(args)} failed: {out.stderr.strip()}")
    return out.stdout


def make(lexgraph, kb, out_dir):
    """Builds the sample basket in a new knowledge base KB and exports it into OUT_DIR; returns the basket's quotes
    as `basket show --json` gives them."""
    os.makedirs(out_dir, exist_ok=True)
    run(lexgraph, kb, "import", CORPUS)
    for query, file, words, asks, note in QUOTES:
        hits = [json.loads(l) for l in run(lexgraph, kb, "search", "--json", "--limit", "10", query).splitlines()]
        passage = None
        for h in hits:
            for p in [h] + h.get("passages", []):
                text = p.get("text") or ""
                if file in (h.get("file") or "") and (words is None or words in text):
                    passage = (p["passage"], text)
                    break
            if passage:
                break
        if passage is None:
            sys.exit(f"make-samples: no passage of {file} holds '{words}' (searched: {query})")
        args = ["basket", "add", BASKET, "--passage", passage[0]]
        if words is not None:
            start = passage[1].index(words)
            args += ["--from", str(start), "--to", str(start + len(words))]
        for a in asks:
            args += ["--ask", a]
        if note:
            args += ["--note", note]
        run(lexgraph, kb, *args)
    for fmt, ext in [("markdown", "md"), ("docx", "docx"), ("csl-json", "json"), ("ris", "ris"), ("bibtex", "bib")]:
        run(lexgraph, kb, "export", BASKET, "--format", fmt, "-o",
            os.path.join(out_dir, "basket-brief-gemeenteraad." + ext))
    return [json.loads(l) for l in run(lexgraph, kb, "basket", "show", BASKET, "--json").splitlines() if l.strip()]


def main():
    out_dir = sys.argv[1]
    lexgraph = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "lexgraph")
    with tempfile.TemporaryDirectory() as tmp:
        make(lexgraph, os.path.join(tmp, "kb"), out_dir)
    print(f"make-samples: wrote {out_dir}/basket-brief-gemeenteraad.{{md,docx,json,ris,bib}}")


if __name__ == "__main__":
    main()
