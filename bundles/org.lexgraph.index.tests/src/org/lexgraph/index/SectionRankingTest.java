package org.lexgraph.index;

import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage ranked by the section it stands in as well as by its own words: the lid of an article about the query
 * outranks the same words in a passing mention; sections named from anchors; a re-ranked first page still pages on
 * without repeating or skipping a passage.
 */
public class SectionRankingTest {

    @TempDir
    Path dir;

    private static PassageRecord lid(String id, String source, String anchor, int ordinal, String text) {
        return new PassageRecord(id, source, "Wet " + source, "regulation", "/tmp/" + source + ".md", 0, anchor,
                ordinal, text);
    }

    @Test
    public void aLidOfTheArticleAboutTheQueryOutranksAPassingMention() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            // article 66a is about the entry ban; article 108 mentions it once, in a lid that reads just like 66a's
            index.replaceSource("vw", List.of(
                    lid("a66-1", "vw", "Artikel 66a, lid 1", 1, "Een inreisverbod wordt uitgevaardigd tegen de"
                            + " vreemdeling die Nederland niet binnen de vertrektermijn heeft verlaten."),
                    lid("a66-2", "vw", "Artikel 66a, lid 2", 2, "Het inreisverbod geldt voor een termijn van ten"
                            + " hoogste vijf jaar."),
                    lid("a66-3", "vw", "Artikel 66a, lid 3", 3, "De vreemdeling tegen wie een inreisverbod is"
                            + " uitgevaardigd wordt gesignaleerd in het Schengen informatiesysteem."),
                    lid("a108-1", "vw", "Artikel 108, lid 1", 4, "Gestraft wordt de vreemdeling tegen wie een"
                            + " inreisverbod is uitgevaardigd."),
                    lid("a108-2", "vw", "Artikel 108, lid 2", 5, "Het eerste lid is niet van toepassing op de"
                            + " ambtenaar die de beschikking heeft bekendgemaakt, noch op de griffier.")));
            index.commit(1);
            List<String> ranked = ids(index.search(SearchRequest.of("inreisverbod uitgevaardigd", 5), List.of(),
                    Thesaurus.EMPTY));
            assertTrue(ranked.indexOf("a66-3") < ranked.indexOf("a108-1"),
                    "the same words in the article about them come first: " + ranked);
            index.rankWith(RankingOptions.DEFAULT.withSection(0).withSource(0));
            List<String> alone = ids(index.search(SearchRequest.of("inreisverbod uitgevaardigd", 5), List.of(),
                    Thesaurus.EMPTY));
            assertTrue(alone.indexOf("a108-1") < alone.indexOf("a66-3"),
                    "by its own words alone, the shorter passage comes first: " + alone);
        }
    }

    @Test
    public void theShownPassagesOfASourceComeFromDifferentArticlesFirst() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            index.replaceSource("vw", List.of(
                    lid("a59-1", "vw", "Artikel 59, lid 1", 1, "De vreemdeling kan in bewaring worden gesteld."),
                    lid("a59-2", "vw", "Artikel 59, lid 2", 2, "De bewaring van de vreemdeling duurt ten hoogste"
                            + " zes maanden."),
                    lid("a59-3", "vw", "Artikel 59, lid 3", 3, "De bewaring wordt opgeheven."),
                    lid("a60-1", "vw", "Artikel 60, lid 1", 4, "De vreemdeling in bewaring wordt gehoord.")));
            index.commit(1);
            SearchResult r = index.search(SearchRequest.of("bewaring vreemdeling", 5).bySource(2), List.of(),
                    Thesaurus.EMPTY);
            List<String> anchors = r.groups().get(0).hits().stream().map(h -> Sections.nameOf(h.anchor())).toList();
            assertEquals(2, anchors.size());
            assertTrue(anchors.contains("artikel 60"), "a second article before a second lid: " + anchors);
        }
    }

    @Test
    public void sectionsAreArticlesOrHeadings() {
        assertEquals("artikel 66a", Sections.nameOf("Artikel 66a, lid 5"));
        assertEquals("artikel 1:19e", Sections.nameOf("Artikel 1:19e, lid 1"));
        assertEquals("artikel 7.32", Sections.nameOf("Art. 7.32"));
        assertEquals("artikel ii", Sections.nameOf("Artikel II"));
        assertEquals("Inhoudsindicatie", Sections.nameOf("Inhoudsindicatie"));
        assertEquals("3 Beoordeling", Sections.nameOf(" 3  Beoordeling "));
        assertNull(Sections.nameOf(""));
        assertNull(Sections.keyOf(new PassageRecord("t", "vw", "Vw", "regulation", "/tmp/vw.md", 0, "Artikel 1", 0,
                "Wet van 23 november 2000", List.of(), List.of(), 2000, 0,
                java.util.Map.of(IndexSchema.PART, List.of(IndexSchema.OUTSIDE_ARTICLE)))),
                "a passage outside the articles stands in none");
    }

    @Test
    public void aReRankedFirstPagePagesOnWithoutRepeatsOrGaps() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            List<PassageRecord> lids = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String words = i % 7 == 0 ? "opvang opvang van vreemdelingen" : i % 3 == 0 ? "opvang" : "opvang zorg";
                lids.add(lid("p" + i, "w" + (i % 5), "Artikel " + (i / 4) + ", lid " + (i % 4 + 1), i,
                        words + " in de gemeente, regel " + i));
            }
            for (int w = 0; w < 5; w++) {
                final int source = w;
                index.replaceSource("w" + w, lids.stream().filter(p -> p.sourceId().equals("w" + source)).toList());
            }
            index.commit(1);
            List<String> byOffset = ids(index.search(SearchRequest.of("opvang vreemdelingen", 260), List.of(),
                    Thesaurus.EMPTY));
            List<String> byCursor = new ArrayList<>();
            SearchRequest.Page next = null;
            for (int page = 0; page < 26; page++) {
                SearchResult r = index.search(SearchRequest.of("opvang vreemdelingen", 10).after(next), List.of(),
                        Thesaurus.EMPTY);
                byCursor.addAll(ids(r));
                next = r.next();
            }
            assertEquals(byOffset, byCursor);
            assertEquals(byOffset.size(), new java.util.HashSet<>(byOffset).size(), "no passage twice");
            assertEquals(300, index.search(SearchRequest.of("opvang", 400), List.of(), Thesaurus.EMPTY).hits().size());
        }
    }

    @Test
    public void wordsSpelledWithVAndZBeforeAnEndingMeetTheirBaseForm() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            index.replaceSource("jw", List.of(lid("j", "jw", "Artikel 1.3, lid 2", 1,
                    "ten aanzien van rechtmatig in Nederland verblijvende vreemdelingen")));
            index.commit(1);
            assertEquals(List.of("j"), ids(index.search(SearchRequest.of("verblijf", 5), List.of(),
                    Thesaurus.EMPTY)));
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::passageId).toList();
    }
}
