package org.lexgraph.index;

import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compounds and the thesaurus: what a researcher types finds what the sources say. */
public class DutchSearchTest {

    @TempDir
    Path dir;

    private static PassageRecord passage(String id, String text) {
        return new PassageRecord(id, "s-" + id, "Bron " + id, "generic-document", "/tmp/" + id, 0, "", 0, text);
    }

    private PassageIndex index() throws Exception {
        PassageIndex index = PassageIndex.openWritable(dir.resolve("index"));
        index.replaceSource("s-p1", List.of(passage("p1", "De vergoedingsregeling voor artsen wordt beperkt.")));
        index.replaceSource("s-p2", List.of(passage("p2", "Een nieuwe opvangvoorziening voor ouderen.")));
        index.replaceSource("s-p3", List.of(passage("p3",
                "De gemeente biedt ongedocumenteerden nachtopvang en begeleiding.")));
        index.replaceSource("s-p4", List.of(passage("p4", "De Landelijke Vreemdelingenvoorziening in Utrecht.")));
        index.replaceSource("s-p5", List.of(passage("p5", "Het weer was goed.")));
        index.replaceSource("s-p6", List.of(passage("p6", "De vreemdeling kan in bewaring worden gesteld.")));
        index.replaceSource("s-p7", List.of(passage("p7", "De bewaring van stukken door de vreemdelingenpolitie.")));
        index.replaceSource("s-p8", List.of(passage("p8", "Vreemdelingenbewaring duurt ten hoogste zes maanden.")));
        index.commit(1);
        return index;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::passageId).sorted().toList();
    }

    private static Thesaurus thesaurus() throws Exception {
        return Thesaurus.read(new BufferedReader(new StringReader("""
                # test thesaurus
                LVV | Landelijke Vreemdelingenvoorziening
                opvang | onderdak | nachtopvang
                undocumented migrants | undocumented => ongedocumenteerden | mensen zonder verblijfsvergunning
                shelter => opvang | onderdak
                """)));
    }

    @Test
    public void partsOfCompoundsFindTheCompound() throws Exception {
        try (PassageIndex index = index()) {
            assertEquals(List.of("p1"), ids(index.search("regeling", 10)));
            assertEquals(List.of("p1"), ids(index.search("vergoeding", 10)));
            assertTrue(ids(index.search("opvang", 10)).containsAll(List.of("p2", "p3")),
                    "opvangvoorziening and nachtopvang contain opvang");
            assertTrue(index.search("opvangvoorziening", 10).hits().get(0).snippet()
                    .contains("<b>opvangvoorziening</b>"), "the whole compound is highlighted");
        }
    }

    @Test
    public void aCompoundQueryFindsItselfFirstThenAllItsParts() throws Exception {
        try (PassageIndex index = index()) {
            List<String> ranked = index.search("vreemdelingenbewaring", 10).hits().stream().map(SearchHit::passageId)
                    .toList();
            assertEquals("p8", ranked.get(0), "the compound itself first: " + ranked);
            assertTrue(ranked.contains("p6"), "then a passage with all its parts: " + ranked);
            assertTrue(index.search("\"vreemdelingenbewaring\"", 10).hits().stream()
                    .allMatch(h -> h.passageId().equals("p8")), "a quoted compound is only itself");
            assertTrue(index.search("bewaring", 10).hits().stream().noneMatch(h -> h.passageId().equals("p4")),
                    "one part alone does not bring in every compound with the other part");
        }
    }

    @Test
    public void theThesaurusWidensAQueryAndSaysWithWhat() throws Exception {
        Thesaurus t = thesaurus();
        try (PassageIndex index = index()) {
            SearchResult lvv = index.search("LVV", 10, List.of(), t);
            assertEquals(List.of("p4"), ids(lvv));
            assertEquals(List.of("Landelijke Vreemdelingenvoorziening"), lvv.alsoSearched());
            SearchResult english = index.search("undocumented migrants shelter", 10, List.of(), t);
            assertEquals("p3", english.hits().get(0).passageId(), "an English query finds the Dutch passage");
            assertTrue(english.alsoSearched().contains("ongedocumenteerden"), english.alsoSearched().toString());
            assertTrue(index.search("LVV", 10, List.of(), Thesaurus.EMPTY).hits().isEmpty(), "no thesaurus, no hit");
            assertTrue(index.search("\"LVV\"", 10, List.of(), t).alsoSearched().isEmpty(),
                    "queries with syntax are searched as written");
        }
    }

    @Test
    public void aMalformedThesaurusLineIsNamed() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Thesaurus.read(new BufferedReader(new StringReader("ok | goed\n => leeg\n"))));
        assertEquals("line 2: terms are needed on both sides of =>", e.getMessage());
    }
}
