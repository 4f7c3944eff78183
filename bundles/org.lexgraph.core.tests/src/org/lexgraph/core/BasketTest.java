package org.lexgraph.core;

import org.lexgraph.core.baskets.Baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.query.SearchHit;
import org.lexgraph.tests.support.Fixtures;

/**
 * Baskets on real imports: quotes with pinpoints and Leidraad citations of every kind of source, order, notes and
 * asks as undoable edits, quotes found again after a re-import, the exports read back, and the personal-data guard.
 */
public class BasketTest {

    @TempDir
    Path tmp;

    private KnowledgeBaseSession create() throws Exception {
        return KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE, Importer.builtIn(),
                new NullProgressMonitor());
    }

    private static SearchHit hit(KnowledgeBaseSession s, String query, String fileEnd) throws Exception {
        return s.search().run(org.lexgraph.query.SearchRequest.of(query, 50)).hits().stream()
                .filter(h -> h.file() != null && h.file().endsWith(fileEnd)).findFirst().orElseThrow(
                        () -> new AssertionError(query + " in " + fileEnd));
    }

    @Test
    public void quotesCarryPinpointsAndLeidraadCitations() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md"),
                    Fixtures.corpus().resolve("rechtspraak/ECLI.NL.RBDHA.2014.8504.xml"), Fixtures.official(tmp)),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            // a lid of an article of a law
            SearchHit law = hit(s, "\"medisch noodzakelijke zorg\" rechtsbijstand", "BWBR0011823.md");
            String text = law.text();
            int from = text.indexOf("medisch noodzakelijke zorg");
            String q1 = s.baskets().addQuote("Brief Utrecht", law.sourceId(), law.passageId(), from,
                    from + "medisch noodzakelijke zorg".length(), "de uitzondering in de wet");
            // a numbered consideration of a ruling
            SearchHit ruling = s.search().run(org.lexgraph.query.SearchRequest.of("inreisverbod", 50)).hits().stream()
                    .filter(h -> h.file().endsWith("8504.xml") && h.text().matches("(?s)\\d+\\.\\s.*")).findFirst()
                    .orElseThrow();
            s.baskets().addQuote("Brief Utrecht", ruling.sourceId(), ruling.passageId(), null, null, null);
            // a Kamerstuk
            SearchHit kst = s.search().run(org.lexgraph.query.SearchRequest.of("kst-36600-XVI-161", 5)).hits().get(0);
            s.baskets().addQuote("Brief Utrecht", kst.sourceId(), kst.passageId(), null, null, null);

            List<QuoteView> quotes = s.baskets().basket("Brief Utrecht");
            assertEquals(3, quotes.size());
            QuoteView a = quotes.get(0);
            assertEquals("medisch noodzakelijke zorg", a.text());
            assertEquals("art. 10 lid 2", a.pinpoint());
            assertEquals("art. 10 lid 2 Vreemdelingenwet 2000", a.citation());
            assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=10", a.permalink());
            assertTrue(quotes.get(1).citation().matches("ECLI:NL:RBDHA:2014:8504, r\\.o\\. \\d+"),
                    quotes.get(1).citation());
            assertEquals("https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBDHA:2014:8504",
                    quotes.get(1).permalink());
            assertTrue(quotes.get(2).citation().startsWith("Kamerstukken II 2024/25, 36600 XVI, nr. 161"),
                    quotes.get(2).citation());

            // order, notes and asks are undoable edits
            s.baskets().moveQuote("Brief Utrecht", q1, 2);
            assertEquals(q1, s.baskets().basket("Brief Utrecht").get(2).id());
            s.undo();
            assertEquals(q1, s.baskets().basket("Brief Utrecht").get(0).id());
            s.baskets().setQuoteAsks("Brief Utrecht", q1, List.of("T2.1"));
            s.baskets().setQuoteNote("Brief Utrecht", q1, "kern van het argument");
            assertEquals(List.of("T2.1"), s.baskets().basket("Brief Utrecht").get(0).asks());
            assertThrows(KnowledgeBaseException.class, () -> s.baskets().setQuoteAsks("Brief Utrecht", q1, List.of("T7")));
            assertThrows(KnowledgeBaseException.class, () -> s.baskets().addQuote("Brief Utrecht", law.sourceId(),
                    law.passageId(), 5, 2, null), "from after to");
            assertEquals(Map.of("Brief Utrecht", 3), s.baskets().names());

            // the exports, read back
            Map<String, String> labels = Map.of("T2.1", "Faciliteren van een laagdrempelig zorgaanbod");
            List<QuoteView> all = s.baskets().basket("Brief Utrecht");
            String md = new String(BasketExport.write("markdown", "Brief Utrecht", all, labels), StandardCharsets.UTF_8);
            assertTrue(md.contains("## T2.1 Faciliteren") && md.contains("> medisch noodzakelijke zorg")
                    && md.contains("art. 10 lid 2 Vreemdelingenwet 2000") && md.contains("*kern van het argument*"), md);
            byte[] docx = BasketExport.write("docx", "Brief Utrecht", all, labels);
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
                String body = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (x, y) -> x + "\n" + y);
                assertTrue(body.contains("\u201cmedisch noodzakelijke zorg\u201d") && body.contains(
                        "art. 10 lid 2 Vreemdelingenwet 2000"), body);
            }
            String csl = new String(BasketExport.write("csl-json", "x", all, labels), StandardCharsets.UTF_8);
            CslCheck.validate(csl, 3);
            assertTrue(csl.contains("\"type\":\"legislation\"") && csl.contains("\"type\":\"legal_case\"")
                    && csl.contains("\"type\":\"bill\"") && csl.contains("\"jurisdiction\":\"nl\""), csl);
            String ris = new String(BasketExport.write("ris", "x", all, labels), StandardCharsets.UTF_8);
            RisCheck.validate(ris, 3);
            String bib = new String(BasketExport.write("bibtex", "x", all, labels), StandardCharsets.UTF_8);
            List<Map<String, String>> entries = BibCheck.parse(bib);
            assertEquals(3, entries.size());
            assertEquals("ECLI:NL:RBDHA:2014:8504", entries.get(1).get("number"));
            // what real readers need (tools/exports/roundtrip.py reads them back with citation-js): BibLaTeX types
            // for law and case, a url as it is (verbatim), an article as a section, not as pages
            assertTrue(bib.startsWith("@legislation{") && bib.contains("@jurisdiction{"), bib);
            assertTrue(bib.contains("url = {https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=10}"), bib);
            assertTrue(bib.contains("pages = {art. 10 lid 2},\n  bookpagination = {section}"), bib);
            assertTrue(ris.contains("SE  - art. 10 lid 2") && !ris.contains("SP  - art."), ris);
            assertTrue(csl.contains("\"section\":\"art. 10 lid 2\""), csl);
        }
    }

    @Test
    public void aQuoteFollowsItsWordsThroughAReimport() throws Exception {
        Path file = Fixtures.text(tmp, "nota.txt", "Nota opvang\n\nDe gemeente opent een nachtopvang voor iedereen."
                + "\n\nDe kosten zijn voor de gemeente.");
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            SearchHit h = hit(s, "nachtopvang", "nota.txt");
            int from = h.text().indexOf("een nachtopvang");
            s.baskets().addQuote("Nota", h.sourceId(), h.passageId(), from, from + "een nachtopvang voor iedereen".length(), null);
            Files.writeString(file, "Nota opvang (herzien)\n\nVooraf: dit is de tweede versie.\n\n"
                    + "De gemeente opent een nachtopvang voor iedereen.\n\nDe kosten zijn voor de gemeente.");
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            QuoteView q = s.baskets().basket("Nota").get(0);
            assertFalse(q.changed(), "the words are still there");
            assertEquals("een nachtopvang voor iedereen", q.text());
            String now = s.library().source(q.sourceId()).orElseThrow().passages().stream()
                    .filter(p -> p.id().equals(q.passageId())).findFirst().orElseThrow().text();
            assertEquals(q.text(), now.substring(q.start(), q.end()), "anchored in the new text");
            Files.writeString(file, "Nota opvang\n\nDe gemeente sluit de nachtopvang.");
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            assertTrue(s.baskets().basket("Nota").get(0).changed(), "the words are gone: flagged, kept as quoted");
            assertEquals("een nachtopvang voor iedereen", s.baskets().basket("Nota").get(0).text());
        }
    }

    @Test
    public void personalDataIsFoundInRealisticTextAndNotInLegalText() {
        String casus = "Op 3 maart sprak mevrouw Amina Yusuf (geboren op 12-04-1987, V-nummer 2934.567.890) met de "
                + "heer J. de Vries over haar woning aan de Kerkstraat 12, 3511 AB Utrecht. Haar BSN is 111222333.";
        List<PersonalData.Finding> f = PersonalData.scan(casus);
        List<String> kinds = f.stream().map(PersonalData.Finding::kind).toList();
        assertTrue(kinds.containsAll(List.of("name", "birth-date", "v-number", "address", "bsn")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.text().equals("Amina Yusuf")));
        assertTrue(f.stream().anyMatch(x -> x.text().equals("J. de Vries")));
        String redacted = PersonalData.redact(casus, f);
        assertFalse(redacted.contains("Yusuf") || redacted.contains("111222333") || redacted.contains("1987")
                || redacted.contains("Kerkstraat 12"), redacted);
        assertTrue(redacted.contains("[naam]") && redacted.contains("[BSN]"), redacted);
        assertFalse(PersonalData.isBsn("123456789"), "fails the eleven test");

        String law = "1. De vreemdeling die geen rechtmatig verblijf heeft, kan geen aanspraak maken op toekenning van"
                + " verstrekkingen (Stb. 2000, 495; Kamerstukken II 2024/25, 36600 XVI, nr. 161, p. 2). Artikel 10, "
                + "tweede lid, geldt sinds 1 april 2001. Zie ECLI:NL:RVS:2019:625 en BWBR0011823.";
        assertEquals(List.of(), PersonalData.scan(law), "plain legal text");
    }
}
