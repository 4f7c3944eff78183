package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A date on every item whose source has one: a municipal regulation known by its versions (no date of its own) is
 * cited by the day the version quoted came into force, and says so in its note; its own date, when it has one, comes
 * first. A page pinpoint of a report is a page, not a section.
 */
public class ExportDatesTest {

    private static QuoteView quote(String kind, String date, String inForce, String pinpoint) {
        return new QuoteView("q1", "b", "s1", "p1", "Verordening winteropvang gemeente Deventer 2024", kind,
                "De gemeente biedt winteropvang.", 0, 10, pinpoint, "art. 3 Verordening winteropvang Deventer 2024",
                "CVDR700001", "https://lokaleregelgeving.overheid.nl/CVDR700001", date, "Gemeente Deventer", null,
                List.of(), false, "verordening.xml", List.of(), inForce);
    }

    private static String export(String format, QuoteView q) throws Exception {
        return new String(BasketExport.write(format, "b", List.of(q), Map.of()), StandardCharsets.UTF_8);
    }

    @Test
    public void aRegulationIsDatedByItsVersionInForce() throws Exception {
        QuoteView q = quote("regulation", null, "2024-01-01", "art. 3");
        String csl = export("csl-json", q);
        assertTrue(csl.contains("\"issued\":{\"date-parts\":[[2024,1,1]]}") && csl.contains("geldend vanaf 2024-01-01"),
                csl);
        String ris = export("ris", q);
        assertTrue(ris.contains("DA  - 2024/01/01") && ris.contains("(geldend vanaf 2024-01-01)"), ris);
        String bib = export("bibtex", q);
        assertTrue(bib.contains("date = {2024-01-01}") && bib.contains("geldend vanaf 2024-01-01"), bib);
        String own = export("csl-json", quote("regulation", "2023-11-14", "2024-01-01", "art. 3"));
        assertTrue(own.contains("[[2023,11,14]]"), "its own date first: " + own);
    }

    @Test
    public void aPagePinpointIsAPage() throws Exception {
        QuoteView q = quote("ngo-document", "2026-01-15", null, "p. 2");
        assertTrue(export("csl-json", q).contains("\"page\":\"2\""), export("csl-json", q));
        assertTrue(export("ris", q).contains("SP  - 2"), export("ris", q));
        String bib = export("bibtex", q);
        assertTrue(bib.contains("pages = {2}") && !bib.contains("bookpagination"), bib);
        assertTrue(bib.startsWith("@report{") && bib.contains("institution = {Gemeente Deventer}"), bib);
    }
}
