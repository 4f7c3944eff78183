package org.lexgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.tests.support.Fixtures;

/** The command line as a user runs it: arguments in, exit code, standard output and standard error out. */
public class LexgraphCliTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new LexgraphCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String command : List.of("import", "search", "info")) {
            assertTrue(r.out().contains("\n  " + command), command + " in " + r.out());
        }
    }

    @Test
    public void usageErrorsExitWithTwoAndAHint() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(r.err().contains("--help"));
        assertEquals(2, run("--kb").code());
        assertEquals(2, run("--kb", tmp.resolve("kb").toString(), "search", "--limit", "veel", "opvang").code());
        assertEquals(2, run("--kb", tmp.resolve("kb").toString(), "import").code());
    }

    @Test
    public void importThenSearchTheCorpusAsJson() throws Exception {
        String kb = tmp.resolve("kb").toString();
        Run imp = run("--kb", kb, "import", "--json", Fixtures.corpus().toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.lines().stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")), imp.out());
        assertTrue(imp.lines().get(imp.lines().size() - 1).startsWith("{\"type\":\"summary\",\"imported\":19"),
                imp.out());

        Run search = run("--kb", kb, "search", "--json", "--limit", "5", "rechtmatig verblijf");
        assertEquals(0, search.code(), search.err());
        List<String> hits = search.lines();
        assertEquals(5, hits.size(), search.out());
        for (String key : List.of("\"source\":", "\"file\":", "\"title\":", "\"kind\":", "\"score\":", "\"page\":",
                "\"passage\":", "\"snippet\":", "\"text\":")) {
            assertTrue(hits.get(0).contains(key), key + " in " + hits.get(0));
        }
        assertTrue(hits.stream().anyMatch(h -> h.contains("\"title\":\"Vreemdelingenwet 2000\"")
                && h.contains("BWBR0011823.md") && h.contains("<b>")), search.out());
        assertTrue(hits.get(0).contains("\"page\":null"), "text formats have no pages: " + hits.get(0));

        Run again = run("--kb", kb, "import", Fixtures.corpus().toString());
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("imported 0, updated 0, unchanged 19"), again.out());

        Run info = run("--kb", kb, "info", "--json");
        assertEquals(0, info.code());
        assertTrue(info.out().contains("\"sources\":20"), info.out());
        assertTrue(info.out().contains("\"failedSources\":0"), info.out());
    }

    @Test
    public void badInputsAreNamedOnStandardErrorAndExitOne() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path good = Fixtures.html(docs, "goed.html", "Zorg", "Zorg", List.of("Dokters van de Wereld helpt."));
        Path bad = Fixtures.encryptedPdf(docs, "slot.pdf");
        Path missing = tmp.resolve("weg.pdf");
        String kb = tmp.resolve("kb").toString();
        Run r = run("--kb", kb, "import", docs.toString(), missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("lexgraph: " + bad + ": encrypted PDF"), r.err());
        assertTrue(r.err().contains("lexgraph: " + missing + ": no such file or directory"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
        assertTrue(r.out().startsWith("imported 1,"), r.out());
        Run s = run("--kb", kb, "search", "dokters");
        assertEquals(0, s.code());
        assertTrue(s.out().contains(good.toString()), s.out());
        Run info = run("--kb", kb, "info");
        assertTrue(info.out().contains("failed sources  1"), info.out());
    }

    @Test
    public void aFolderThatIsNoKnowledgeBaseExitsTwo() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("x.txt"), "x");
        Run r = run("--kb", other.toString(), "search", "opvang");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("lexgraph: no knowledge base at " + other), r.err());
        Run imp = run("--kb", other.toString(), "import", other.resolve("x.txt").toString());
        assertEquals(2, imp.code());
        assertTrue(imp.err().startsWith("lexgraph: not a knowledge base"), imp.err());
        assertFalse(imp.err().contains("Exception"), imp.err());
    }

    @Test
    public void taxonomyListsThemesAndAsks() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.text(tmp, "a.txt", "opvang").toString());
        Run r = run("--kb", kb, "taxonomy", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(16, r.lines().size(), r.out());
        assertTrue(r.out().contains("{\"taxonomy\":\"ngo-brief-2026\",\"key\":\"T2.1\",\"label\":"), r.out());
        assertTrue(r.out().contains("\"parent\":\"T2\"}"), r.out());
        Run info = run("--kb", kb, "info", "--json");
        for (String field : List.of("\"actors\":21", "\"themes\":4", "\"asks\":12", "\"citations\":1",
                "\"citationsUnresolved\":1")) {
            assertTrue(info.out().contains(field), field + " in " + info.out());
        }
        assertTrue(info.out().matches("(?s).*\"themeLinks\":[1-9]\\d*,.*"), "the letter is linked to its asks");
    }

    @Test
    public void aUserTaxonomyCanBeAdded() throws Exception {
        String kb = tmp.resolve("kb").toString();
        Path tsv = Fixtures.text(tmp, "coalitie.tsv", "# een coalitieakkoord\nC1\t\tWonen\thuisvesting\n"
                + "C1.1\tC1\tMeer sociale huur\tsociale huur, corporaties\n");
        Run add = run("--kb", kb, "taxonomy", "add", tsv.toString(), "--name", "Coalitieakkoord 2026");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().startsWith("added taxonomy coalitie with 2 themes and asks"), add.out());
        Run list = run("--kb", kb, "taxonomy", "--json");
        assertTrue(list.out().contains("{\"taxonomy\":\"coalitie\",\"key\":\"C1.1\",\"label\":\"Meer sociale huur\","
                + "\"parent\":\"C1\"}"), list.out());
        Run again = run("--kb", kb, "taxonomy", "add", tsv.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("a taxonomy with the key coalitie exists already"), again.err());
        Path bad = Fixtures.text(tmp, "fout.tsv", "A1\tX9\tVraag zonder thema\t\n");
        Run broken = run("--kb", kb, "taxonomy", "add", bad.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains(bad + ": line 1: ask A1 names theme X9, which is not defined above it"),
                broken.err());
    }

    @Test
    public void checkReportsProblemsAndExitsOneOnErrors() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.text(tmp, "a.txt", "opvang").toString());
        Run clean = run("--kb", kb, "check");
        assertEquals(0, clean.code(), clean.out());
        assertTrue(clean.out().contains("warning: unresolved citation Kamerstukken II, 2024–2025, 36 600 XVI, nr. 161"),
                clean.out());
        assertTrue(clean.out().contains("[no-date]"), clean.out());
        assertTrue(clean.out().endsWith("0 errors, 3 warnings\n"), clean.out());

        run("--kb", kb, "import", Fixtures.bytes(tmp, "leeg.pdf", new byte[0]).toString());
        Run failed = run("--kb", kb, "check", "--json");
        assertEquals(1, failed.code(), failed.out());
        assertTrue(failed.out().contains("{\"severity\":\"error\",\"code\":\"failed-source\",\"message\":\"failed source ("
                + tmp.resolve("leeg.pdf") + "): empty file (0 bytes)\""), failed.out());
        assertTrue(failed.err().contains("1 error"), failed.err());
    }

    @Test
    public void citeFindsCitationsInAFileWithoutAKnowledgeBase() throws Exception {
        Path letter = Fixtures.letter();
        Run r = run("cite", "--json", letter.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        String line = r.lines().get(0);
        for (String part : List.of("\"type\":\"kamerstuk\"", "\"key\":\"kst:36600-XVI:161\"",
                "\"formatted\":\"Kamerstukken II 2024/25, 36600 XVI, nr. 161\"", "\"permalink\":\"kst-36600-XVI-161\"",
                "\"text\":\"Kamerstukken II, 2024–2025, 36 600 XVI, nr. 161\"")) {
            assertTrue(line.contains(part), part + " in " + line);
        }
        Path pdf = Fixtures.pdf(tmp, "noot.pdf", List.of("Inleiding", "Zie ECLI:NL:RVS:2019:625 en Stb. 2022, 543."));
        Run p = run("cite", pdf.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("noot.pdf p. 2: ECLI:NL:RVS:2019:625  [ecli:ECLI:NL:RVS:2019:625]"), p.out());
        assertTrue(p.out().contains("noot.pdf: 2 citations"), p.out());
        Run missing = run("cite", tmp.resolve("weg.txt").toString());
        assertEquals(1, missing.code());
    }

    @Test
    public void batchSearchAndTheThesaurus() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md").toString());
        Path queries = Fixtures.text(tmp, "vragen.tsv", "q1\trechtmatig verblijf\nq2\tlawful residence\n\"kapot\n");
        Run r = run("--kb", kb, "search", "--batch", queries.toString(), "--json", "--limit", "2");
        assertEquals(0, r.code(), "the malformed third query is searched as words: " + r.err());
        assertTrue(r.lines().stream().filter(l -> l.startsWith("{\"query\":\"q1\"")).count() == 2, r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("{\"query\":\"q2\"")
                && l.contains("Vreemdelingenwet 2000")), "an English query finds the Dutch law: " + r.out());
        assertTrue(r.err().contains("q2: ") && r.err().matches("(?s).*also searched: [^\\n]*rechtmatig verblijf.*"),
                r.err());
        assertTrue(r.err().contains("lexgraph: query 3: unbalanced quotes"), r.err());
        run("--kb", kb, "import", Fixtures.corpus().resolve("rechtspraak").toString());
        Run rulings = run("--kb", kb, "search", "--kind", "ruling", "--json", "--limit", "50", "vreemdeling");
        assertFalse(rulings.lines().isEmpty(), rulings.err());
        assertTrue(rulings.lines().stream().allMatch(l -> l.contains("\"kind\":\"ruling\"")), rulings.out());
        Run fielded = run("--kb", kb, "search", "--json", "kind:regulation AND vreemdeling");
        assertTrue(!fielded.lines().isEmpty() && fielded.lines().stream()
                .allMatch(l -> l.contains("\"kind\":\"regulation\"")), fielded.out() + fielded.err());
        assertEquals(2, run("--kb", kb, "search", "--kind", "wet", "opvang").code());
        // the rulings carry their date: ECLI:NL:RBDHA:2014:8504 is of 2014
        Run of2014 = run("--kb", kb, "search", "--json", "--limit", "50", "year:2014 AND vreemdeling");
        assertTrue(!of2014.lines().isEmpty() && of2014.lines().stream().allMatch(l -> l.contains("2014")),
                of2014.out() + of2014.err());
        assertTrue(run("--kb", kb, "search", "--json", "year:[2015 TO *] AND vreemdeling").lines().stream()
                .noneMatch(l -> l.contains("RBDHA:2014")));
        Run vorig = run("--kb", kb, "search", "year:vorig AND opvang");
        assertEquals(0, vorig.code(), vorig.err());
        assertTrue(vorig.err().contains("year: a year such as 2013 is needed, not 'vorig'; its words were searched"),
                vorig.err());
        // what people type is searched, never refused
        for (String typed : List.of("Wmo/Jeugdwet", "LVV / BBB opvang", "Wie betaalt de zorg (medisch noodzakelijk)?",
                "vreemdeling: toegang", "opvang -", "\"rechtmatig", "year:", "AND")) {
            Run any = run("--kb", kb, "search", typed);
            assertEquals(0, any.code(), typed + ": " + any.err());
        }
        Run facets = run("--kb", kb, "search", "--json", "--facets", "vreemdeling");
        String last = facets.lines().get(facets.lines().size() - 1);
        assertTrue(last.startsWith("{\"facets\":{") && last.contains("\"kind\":{\"regulation\":")
                && last.contains("\"ruling\":") && last.contains("\"2012\":4,\"2014\":")
                && last.contains("\"year\":{\"2000\":"), "the law dated by its opening words: " + last);
        assertTrue(java.nio.file.Files.exists(tmp.resolve("kb").resolve("thesaurus.tsv")),
                "every knowledge base has its own, editable thesaurus");
    }

    @Test
    public void searchGroupsBySourceSortsPagesAndHighlights() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md").toString(),
                Fixtures.corpus().resolve("rechtspraak").toString());
        Run grouped = run("--kb", kb, "search", "--json", "--limit", "5", "vreemdeling");
        assertEquals(0, grouped.code(), grouped.err());
        List<String> sources = grouped.lines().stream().map(l -> l.replaceAll(".*\"source\":\"([^\"]+)\".*", "$1"))
                .toList();
        assertEquals(sources.stream().distinct().toList(), sources, "one line per source");
        assertTrue(grouped.lines().get(0).contains("\"passages\":[{\"passage\""), grouped.lines().get(0));
        assertTrue(grouped.lines().get(0).matches(".*\"highlights\":\\[\\{\"start\":\\d+,\"end\":\\d+,\"text\":\"[Vv]reemdeling.*"),
                grouped.lines().get(0));
        Run byPassage = run("--kb", kb, "search", "--json", "--by", "passage", "--limit", "5", "vreemdeling");
        assertEquals(5, byPassage.lines().size());
        assertTrue(byPassage.lines().stream().noneMatch(l -> l.contains("\"passages\"")));
        Run next = run("--kb", kb, "search", "--json", "--by", "passage", "--limit", "2", "--offset", "3",
                "vreemdeling");
        assertEquals(byPassage.lines().get(3).replaceAll("\"rank\":\\d+,", ""),
                next.lines().get(0).replaceAll("\"rank\":\\d+,", ""), "--offset continues where a page ended");
        assertTrue(next.lines().get(0).contains("\"rank\":4"));
        Run byDate = run("--kb", kb, "search", "--json", "--sort", "date", "--kind", "ruling", "--limit", "10",
                "uitspraak");
        List<String> dates = byDate.lines().stream().map(l -> l.replaceAll(".*\"date\":\"([0-9-]+)\".*", "$1"))
                .toList();
        assertTrue(dates.size() > 1, byDate.out());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        String passage = byPassage.lines().get(0).replaceAll(".*\"passage\":\"([^\"]+)\".*", "$1");
        Run like = run("--kb", kb, "search", "--json", "--by", "passage", "--like", passage);
        assertEquals(0, like.code(), like.err());
        assertTrue(!like.lines().isEmpty() && like.lines().stream().noneMatch(l -> l.contains("\"passage\":\"" + passage
                + "\"")), like.out());
        Run facets = run("--kb", kb, "search", "--facets", "--year", "2014", "--year", "2012", "vreemdeling");
        assertTrue(facets.out().contains("court: Rechtbank 's-Gravenhage"), facets.out());
        assertTrue(facets.out().contains(" in 2 sources found"), facets.out());
        assertEquals(2, run("--kb", kb, "search", "--sort", "soms", "opvang").code());
        assertEquals(2, run("--kb", kb, "search", "--year", "vorig", "opvang").code());
    }

    @Test
    public void themesLinkAndCoverage() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.text(tmp, "utrecht-opvang.txt", "Gemeente Utrecht\n\nDe gemeente opent een "
                + "nachtopvang voor ongedocumenteerden: bed, bad en brood voor mensen zonder verblijfsvergunning, ook "
                + "voor ouderen. De opvangvoorziening is open voor iedereen.").toString());
        Run themes = run("--kb", kb, "themes", "--json", "--ask", "T1.2");
        assertEquals(0, themes.code(), themes.err());
        String line = themes.lines().stream().filter(l -> l.contains("utrecht-opvang.txt")).findFirst().orElseThrow();
        assertTrue(line.matches("\\{\"link\":\"\\w+\",\"source\":\"\\w+\",\"title\":.*\"file\":\".*utrecht-opvang.txt\","
                + "\"passage\":\"\\w+\",\"anchor\":.*,\"ask\":\"T1.2\",\"score\":0\\.\\d+,\"state\":\"proposed\","
                + "\"origin\":\"automatic\",\"evidence\":\\{\"terms\":\\[.+\\],\"spans\":\\[\\{\"start\":\\d+.*"), line);
        String link = line.replaceAll("^\\{\"link\":\"(\\w+)\".*", "$1");
        assertEquals(0, run("--kb", kb, "link", "reject", link).code());
        assertTrue(run("--kb", kb, "themes", "--json", "--state", "rejected").out().contains(link));
        Run again = run("--kb", kb, "link", "--json");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("\"proposed\":0"), again.out());
        assertTrue(run("--kb", kb, "themes", "--json", "--state", "rejected").out().contains(link),
                "the linker does not undo a decision");
        Run coverage = run("--kb", kb, "coverage", "--by", "municipality");
        assertEquals(0, coverage.code(), coverage.err());
        assertTrue(coverage.lines().get(0).matches("municipality\\s+T1\\.1\\s+T1\\.2.*T4\\.5"), coverage.out());
        Run csv = run("--kb", kb, "coverage", "--by", "kind", "--csv");
        assertTrue(csv.out().startsWith("kind,T1.1 confirmed,T1.1 proposed"), csv.out());
        Path svg = tmp.resolve("dekking.svg");
        Path png = tmp.resolve("dekking.png");
        assertEquals(0, run("--kb", kb, "coverage", "--svg", svg.toString(), "--png", png.toString()).code());
        assertTrue(java.nio.file.Files.readString(svg).contains("<svg"));
        assertTrue(java.nio.file.Files.size(png) > 1000);
        assertEquals(2, run("--kb", kb, "coverage", "--by", "provincie").code());
        assertEquals(2, run("--kb", kb, "themes", "--state", "misschien").code());
        assertEquals(2, run("--kb", kb, "link", "confirm", "bestaat-niet").code());
    }

    @Test
    public void basketsAndExports() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.corpus().resolve("bwb-markdown/BWBR0018450.md").toString(),
                Fixtures.text(tmp, "casus.txt", "Casus\n\nMevrouw Amina Yusuf kreeg geen huisarts. Zij woont aan de "
                        + "Kerkstraat 12, 3511 AB Utrecht.").toString());
        Run found = run("--kb", kb, "search", "--json", "--by", "passage", "onverzekerbare vreemdelingen");
        String line = found.lines().stream().filter(l -> l.contains("\"anchor\":\"Artikel 122a")).findFirst()
                .orElseThrow(() -> new AssertionError(found.out()));
        String passage = line.replaceAll(".*\"passage\":\"([^\"]+)\".*", "$1");
        Run add = run("--kb", kb, "basket", "add", "Zorg", "--passage", passage, "--from", "0", "--to", "40",
                "--note", "de vergoedingsregeling", "--ask", "T2.1");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("art. 122a lid "), add.out());
        Run show = run("--kb", kb, "basket", "show", "Zorg", "--json");
        assertTrue(show.out().contains("\"citation\":\"art. 122a lid ") && show.out().contains("Zorgverzekeringswet")
                && show.out().contains("\"asks\":[\"T2.1\"]"), show.out());
        assertTrue(run("--kb", kb, "basket", "list").out().contains("Zorg  (1 quote)"));
        Run ris = run("--kb", kb, "export", "Zorg", "--format", "ris");
        assertEquals(0, ris.code(), ris.err());
        assertTrue(ris.out().startsWith("TY  - STAT\r\n") && ris.out().contains("ER  - "), ris.out());
        Path md = tmp.resolve("zorg.md");
        assertEquals(0, run("--kb", kb, "export", "Zorg", "--format", "markdown", "-o", md.toString()).code());
        assertTrue(java.nio.file.Files.readString(md).contains("## T2.1"));
        assertEquals(2, run("--kb", kb, "export", "Zorg", "--format", "pdf").code());
        assertEquals(2, run("--kb", kb, "export", "Zorg", "--format", "docx").code(), "DOCX needs a file");

        // personal data stops an export until the user chooses
        String casus = run("--kb", kb, "search", "--json", "--by", "passage", "huisarts Yusuf").lines().stream()
                .filter(l -> l.contains("casus.txt")).findFirst().orElseThrow()
                .replaceAll(".*\"passage\":\"([^\"]+)\".*", "$1");
        assertEquals(0, run("--kb", kb, "basket", "add", "Zorg", "--passage", casus).code());
        Run stopped = run("--kb", kb, "export", "Zorg", "--format", "markdown");
        assertEquals(1, stopped.code());
        assertTrue(stopped.err().contains("possible name: Amina Yusuf") && stopped.err().contains("nothing written"),
                stopped.err());
        assertTrue(stopped.out().isEmpty());
        Run redacted = run("--kb", kb, "export", "Zorg", "--format", "markdown", "--redact");
        assertEquals(0, redacted.code(), redacted.err());
        assertTrue(redacted.out().contains("[naam]") && !redacted.out().contains("Yusuf")
                && !redacted.out().contains("Kerkstraat 12"), redacted.out());
        assertTrue(run("--kb", kb, "export", "Zorg", "--format", "csl-json", "--keep-personal-data").out()
                .contains("Yusuf"));
    }

    @Test
    public void sourcesListsTheLibraryWithItsRecognisedFields() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.corpus().resolve("rechtspraak/ECLI.NL.CRVB.2013.1886.xml").toString(),
                Fixtures.corpus().resolve("bwb-markdown/BWBR0015396.md").toString());
        Run all = run("--kb", kb, "sources", "--json");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.lines().stream().anyMatch(l -> l.contains("\"kind\":\"ruling\"")
                && l.contains("\"identifiers\":[\"ECLI:NL:CRVB:2013:1886\"]") && l.contains("\"date\":\"2013-05-21\"")
                && l.contains("\"court\":\"Centrale Raad van Beroep\"")), all.out());
        assertTrue(all.lines().stream().anyMatch(l -> l.contains("BWBR0015396.md")), all.out());
        assertTrue(all.lines().stream().anyMatch(l -> l.contains("\"kind\":\"ngo-document\"")), "the letter too");
        Run rulings = run("--kb", kb, "sources", "--kind", "ruling", "--provenance", "--json");
        assertEquals(1, rulings.lines().size(), rulings.out());
        assertTrue(rulings.out().contains("\"provenance\":[") && rulings.out().contains("\"field\":\"ecli\"")
                && rulings.out().contains("\"confidence\":\"high\""), rulings.out());
        Run text = run("--kb", kb, "sources", "--kind", "ruling");
        assertTrue(text.out().contains("[ruling]") && text.out().contains("ECLI:NL:CRVB:2013:1886"), text.out());
        assertEquals(2, run("--kb", kb, "sources", "--kind", "wet").code());
        assertEquals(0, run("--kb", kb, "sources", "--municipality", "Utrecht", "--json").lines().size());
    }

    @Test
    public void savedSearchesReportNewHits() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.text(tmp, "a.txt", "De zwerfkattenopvang in Zwolle sluit.").toString());
        Run add = run("--kb", kb, "saved", "add", "katten", "zwerfkattenopvang");
        assertEquals(0, add.code(), add.err());
        assertEquals(2, run("--kb", kb, "saved", "add", "kapot", "\"open").code(), "a bad query is refused");
        Run list = run("--kb", kb, "saved", "--json");
        assertTrue(list.out().startsWith("{\"name\":\"katten\",\"query\":\"zwerfkattenopvang\",\"kind\":null,"
                + "\"filters\":[],\"hits\":1,\"new\":0}"), list.out());
        // a saved search keeps the filters search takes; delete removes it again
        assertEquals(0, run("--kb", kb, "saved", "add", "--municipality", "Zwolle", "--kind", "generic-document",
                "zwolle-katten", "zwerfkattenopvang").code());
        assertTrue(run("--kb", kb, "saved", "--json").out().contains("\"name\":\"zwolle-katten\",\"query\":"
                + "\"zwerfkattenopvang\",\"kind\":\"generic-document\",\"filters\":[\"municipality:Zwolle\","
                + "\"kind:generic-document\"],\"hits\":0"), "no source of Zwolle is known as such");
        assertEquals(0, run("--kb", kb, "saved", "delete", "zwolle-katten").code());
        assertEquals(2, run("--kb", kb, "saved", "delete", "zwolle-katten").code(), "gone");
        Run imp = run("--kb", kb, "import", Fixtures.text(tmp, "b.txt", "Ook in Deventer een zwerfkattenopvang.")
                .toString());
        assertTrue(imp.err().contains("saved search katten: 1 new passage"), imp.err());
        Run fresh = run("--kb", kb, "saved", "--new", "--json");
        assertTrue(fresh.out().contains("\"hits\":2,\"new\":1"), fresh.out());
        Run again = run("--kb", kb, "saved", "--new", "--json");
        assertEquals("", again.out(), "what was reported is not new any more");
    }

    @Test
    public void collectionsAreMadeFilledAndFilterSearchAndSources() throws Exception {
        String kb = tmp.resolve("kb").toString();
        Path a = Fixtures.text(tmp, "a.txt", "Utrecht regelt de nachtopvang.");
        Path b = Fixtures.text(tmp, "b.txt", "Zwolle regelt de nachtopvang ook.");
        run("--kb", kb, "import", a.toString(), b.toString());
        Run add = run("--kb", kb, "collection", "add", "Gemeenten", a.toString(), "nergens.txt");
        assertEquals(1, add.code(), "one of two sources named is not there: " + add.err());
        assertTrue(add.out().contains("1 source filed in Gemeenten"), add.out());
        assertTrue(add.err().contains("no source nergens.txt"), add.err());
        assertEquals(0, run("--kb", kb, "collection", "create", "Gemeenten/Oost").code());
        assertEquals(0, run("--kb", kb, "collection", "add", "Gemeenten/Oost", b.toString()).code());
        Run list = run("--kb", kb, "collection", "list", "--json");
        assertEquals("{\"path\":\"Gemeenten\",\"name\":\"Gemeenten\",\"parent\":null,\"sources\":1}\n"
                + "{\"path\":\"Gemeenten/Oost\",\"name\":\"Oost\",\"parent\":\"Gemeenten\",\"sources\":1}\n",
                list.out().replace("\r", ""));
        Run show = run("--kb", kb, "collection", "show", "Gemeenten");
        assertTrue(show.out().contains(a.toString()) && !show.out().contains(b.toString()), show.out());
        Run search = run("--kb", kb, "search", "--collection", "Gemeenten", "nachtopvang");
        assertTrue(search.out().contains("Utrecht") && !search.out().contains("Zwolle"), search.out());
        Run sources = run("--kb", kb, "sources", "--collection", "Gemeenten/Oost");
        assertTrue(sources.out().contains("b.txt") && !sources.out().contains("a.txt"), sources.out());
        assertEquals(0, run("--kb", kb, "collection", "rename", "Gemeenten", "Steden").code());
        assertTrue(run("--kb", kb, "search", "--collection", "Steden", "nachtopvang").out().contains("Utrecht"));
        Run clash = run("--kb", kb, "collection", "create", "Steden");
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("there is a collection 'Steden'"), clash.err());
        assertEquals(0, run("--kb", kb, "collection", "remove", "Steden", a.toString()).code());
        assertEquals(0, run("--kb", kb, "collection", "delete", "Steden").code());
        Run gone = run("--kb", kb, "collection", "show", "Steden");
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("no collection 'Steden'"), gone.err());
        assertEquals(3, run("--kb", kb, "sources", "--json").out().lines().count(), "the sources stay");
    }

    @Test
    public void notesAreAddedListedSearchedExportedAndDeleted() throws Exception {
        String kb = tmp.resolve("kb").toString();
        Path a = Fixtures.text(tmp, "a.txt", "Utrecht biedt bed, bad en brood aan wie geen onderdak heeft.");
        run("--kb", kb, "import", a.toString());
        Run add = run("--kb", kb, "note", "add", a.toString(), "--words", "bed, bad en brood", "--colour", "green",
                "--json", "vergelijk met Zwijndrecht");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("\"quote\":\"bed, bad en brood\"") && add.out().contains("\"colour\":\"green\""),
                add.out());
        String id = add.out().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1").strip();
        assertEquals(0, run("--kb", kb, "note", "add", a.toString(), "bron voor de raadsbrief").code());
        Run missing = run("--kb", kb, "note", "add", a.toString(), "--words", "staat er niet");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("the words \u201Cstaat er niet\u201D are not in source"), missing.err());
        Run colour = run("--kb", kb, "note", "add", a.toString(), "--words", "brood", "--colour", "paars");
        assertEquals(2, colour.code());
        assertTrue(colour.err().contains("no highlight colour 'paars'"), colour.err());

        Run notes = run("--kb", kb, "notes");
        assertEquals(2, notes.out().lines().count(), notes.out());
        assertTrue(notes.out().contains("\u201Cbed, bad en brood\u201D [green]  vergelijk met Zwijndrecht"), notes.out());
        assertEquals(1, run("--kb", kb, "notes", "--colour", "green").out().lines().count());
        Run search = run("--kb", kb, "search", "note:zwijndrecht");
        assertTrue(search.out().contains("note: ") && search.out().contains("vergelijk met *Zwijndrecht*"),
                search.out());
        Run csv = run("--kb", kb, "notes", "--format", "csv");
        assertTrue(csv.out().startsWith("id,source,title,passage,place,page,colour,quote,note,"), csv.out());
        assertTrue(csv.out().contains("\"bed, bad en brood\""), csv.out());
        Path md = tmp.resolve("notes.md");
        assertEquals(0, run("--kb", kb, "notes", "--format", "markdown", "-o", md.toString()).code());
        assertTrue(Files.readString(md).contains("\u201Cbed, bad en brood\u201D _(green)_"), Files.readString(md));

        assertEquals(0, run("--kb", kb, "note", "edit", id, "--colour", "blue").code());
        assertTrue(run("--kb", kb, "notes").out().contains("[blue]"));
        assertEquals(0, run("--kb", kb, "note", "delete", id).code());
        assertEquals(1, run("--kb", kb, "notes").out().lines().count());
        Run gone = run("--kb", kb, "note", "delete", id);
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("no note " + id), gone.err());
    }

    @Test
    public void aMalformedQueryIsSearchedAsWordsAndSaidSo() throws Exception {
        String kb = tmp.resolve("kb").toString();
        run("--kb", kb, "import", Fixtures.text(tmp, "a.txt", "De opvang is open.").toString());
        Run r = run("--kb", kb, "search", "\"open opvang");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a.txt"), r.out());
        assertTrue(r.err().contains("lexgraph: unbalanced quotes"), r.err());
        assertEquals(2, run("--kb", kb, "search", " ").code(), "no words at all is a usage error");
    }

    @Test
    public void versionsDiffAndInForce() throws Exception {
        Path kb = tmp.resolve("kb");
        Path official = org.lexgraph.tests.support.Fixtures.official(tmp);
        assertEquals(0, run("--kb", kb.toString(), "import", official.toString()).code());

        Run versions = run("--kb", kb.toString(), "versions", "--json", "CVDR700001");
        assertEquals(0, versions.code(), versions.err());
        List<String> lines = versions.out().lines().toList();
        assertEquals(2, lines.size(), versions.out());
        assertTrue(lines.get(0).contains("\"version\":\"CVDR700001_1\"") && lines.get(0).contains(
                "\"inForceUntil\":\"2024-06-30\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"publication\":\"gmb-2024-250002\""), lines.get(1));

        Run diff = run("--kb", kb.toString(), "diff", "CVDR700001_1", "CVDR700001_2");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("*** Artikel 3 -> Artikel 4 (renumbered)"), diff.out());
        assertTrue(diff.out().contains("+++ Artikel 3 (inserted)"), diff.out());
        assertTrue(diff.out().contains("[-twaalf-] {+achttien+}"), diff.out());
        Run one = run("--kb", kb.toString(), "diff", "--json", "--article", "2", "CVDR700001_1", "CVDR700001_2");
        assertEquals(1, one.out().lines().count(), one.out());
        assertTrue(one.out().contains("\"change\":\"changed\"") && one.out().contains("{\"op\":\"insert\",\"text\":\"achttien\"}"),
                one.out());
        assertEquals(1, run("--kb", kb.toString(), "diff", "CVDR700001_1", "CVDR999_9").code(),
                "an unknown version is named");

        Run before = run("--kb", kb.toString(), "inforce", "--municipality", "Utrecht", "2024-06-30");
        assertTrue(before.out().contains("CVDR700001_1") && !before.out().contains("CVDR700001_2"), before.out());
        Run after = run("--kb", kb.toString(), "inforce", "2024-07-01", "--municipality", "Utrecht");
        assertTrue(after.out().contains("CVDR700001_2"), after.out());
        assertEquals(2, run("--kb", kb.toString(), "inforce", "1-7-2024").code(), "a date in ISO form is asked for");

        // which municipalities had an arrangement in force that matches, and since when
        Run matching = run("--kb", kb.toString(), "inforce", "2024-07-01", "--matching", "medisch noodzakelijke zorg");
        assertTrue(matching.out().startsWith("Utrecht: Verordening opvang ongedocumenteerden Utrecht 2023  CVDR700001_2"),
                matching.out());
        assertTrue(matching.out().contains("the regulation since 2023-02-01"), matching.out());
        Run none = run("--kb", kb.toString(), "inforce", "2024-06-30", "--municipality", "Utrecht", "--matching",
                "medisch noodzakelijke zorg");
        assertTrue(none.out().startsWith("0 regulations"), "version 1 had no such article: " + none.out());

        // search what was in force on a day: only that version of the regulation
        Run then = run("--kb", kb.toString(), "search", "--json", "--inforce", "2024-06-30", "opvang");
        assertEquals(0, then.code(), then.err());
        assertTrue(then.out().contains("CVDR700001_1.xml") && !then.out().contains("CVDR700001_2.xml"), then.out());
        Run now = run("--kb", kb.toString(), "search", "--json", "--inforce", "2024-07-01", "twaalf OR achttien");
        assertTrue(now.out().contains("achttien") && !now.out().contains("twaalf maanden"), now.out());
    }
}
