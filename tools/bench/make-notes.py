#!/usr/bin/env python3
"""Generates N research notes (Markdown) for the scale benchmark, in folders of BATCH files.

The words come from the repository's own public texts (laws in bundles/org.lexgraph.tests.support/data, the NGO letter),
so the vocabulary, word lengths and frequencies are those of the field; every note has a title, a date, a municipality,
paragraphs of sentences drawn from those texts, and citations of the kinds real notes carry (articles of laws,
Kamerstukken, ECLI, CVDR ids), some of them of other notes' subjects. Deterministic for a given N and seed.
usage: make-notes.py OUT_DIR N [BATCH] [SEED]
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = [os.path.join(ROOT, "bundles/org.lexgraph.tests.support/data/bwb-markdown"),
           os.path.join(ROOT, "bundles/org.lexgraph.core/data/letter-2026")]
MUNICIPALITIES = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
                  "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede", "Amersfoort", "Zaanstad",
                  "Den Bosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Ede", "Emmen", "Westland", "Delft",
                  "Deventer", "Sittard-Geleen", "Helmond", "Oss", "Hilversum", "Heerlen", "Leeuwarden", "Alkmaar"]
LAWS = ["Vreemdelingenwet 2000", "Zorgverzekeringswet", "Wet maatschappelijke ondersteuning 2015", "Jeugdwet",
        "Participatiewet", "Leerplichtwet 1969", "Burgerlijk Wetboek Boek 1", "Gemeentewet", "Algemene wet bestuursrecht"]
TOPICS = ["opvang", "nachtopvang", "medisch noodzakelijke zorg", "aangifte", "leerplicht", "kinderopvang",
          "bed, bad en brood", "terugkeer", "huisvesting", "jeugdhulp", "schuldhulp", "rechtsbijstand"]


def sentences():
    out = []
    for d in SOURCES:
        for name in sorted(os.listdir(d)):
            if not name.endswith((".md", ".txt")):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                text = re.sub(r"[#*>|`]", " ", f.read())
            for s in re.split(r"(?<=[.;:])\s+", text):
                s = " ".join(s.split())
                if 40 <= len(s) <= 400:
                    out.append(s)
    return out


def citation(r):
    k = r.randrange(5)
    if k == 0:
        return "artikel %d%s %s" % (r.randint(1, 120), r.choice(["", "a", " lid 2"]), r.choice(LAWS))
    if k == 1:
        return "Kamerstukken II %d/%d, %d, nr. %d" % ((y := r.randint(2005, 2025)), (y + 1) % 100, r.choice(
            [19637, 36600, 29538, 33042, 31839]), r.randint(1, 3000))
    if k == 2:
        return "ECLI:NL:%s:%d:%d" % (r.choice(["RVS", "CRVB", "RBDHA", "HR", "RBAMS"]), r.randint(2010, 2025),
                                     r.randint(1, 9999))
    if k == 3:
        return "CVDR%d" % r.randint(100000, 720000)
    return "art. %d %s" % (r.randint(1, 80), r.choice(["Vw 2000", "Zvw", "Wmo 2015", "Awb"]))


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    r = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    pool = sentences()
    for i in range(n):
        folder = os.path.join(out, "batch-%03d" % (i // batch + 1))
        os.makedirs(folder, exist_ok=True)
        place, topic = r.choice(MUNICIPALITIES), r.choice(TOPICS)
        day = "%d-%02d-%02d" % (r.randint(2012, 2026), r.randint(1, 12), r.randint(1, 28))
        lines = ["# Notitie %d: %s in %s" % (i + 1, topic, place), "", "Gemeente %s, %s" % (place, day), ""]
        for _ in range(r.randint(4, 18)):
            para = " ".join(r.choice(pool) for _ in range(r.randint(1, 4)))
            if r.random() < 0.45:
                para += " Zie %s." % citation(r)
            if r.random() < 0.3:
                para += " Het gaat om %s voor mensen zonder verblijfsvergunning." % topic
            lines += [para, ""]
        with open(os.path.join(folder, "notitie-%06d.md" % (i + 1)), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main()
