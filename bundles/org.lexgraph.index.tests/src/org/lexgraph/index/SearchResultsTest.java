package org.lexgraph.index;

import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SourceGroup;
import org.lexgraph.query.QuerySyntaxException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets, filters on them, grouping by source, sort by date, paging, more like this, highlights: a real index. */
public class SearchResultsTest {

    @TempDir
    Path dir;

    private static PassageRecord passage(String id, String source, String kind, int date, String text,
            Map<String, List<String>> fields) {
        return new PassageRecord(id, source, "Bron " + source, kind, "/tmp/" + source + ".pdf", 1, "Artikel 1", 0,
                text, List.of(), List.of(), date / 10000, date, fields);
    }

    /** Three municipalities' ordinances and a ruling, with actors, themes and a collection. */
    private PassageIndex filled() throws Exception {
        PassageIndex index = PassageIndex.openWritable(dir.resolve("index"));
        Map<String, List<String>> utrecht = Map.of(IndexSchema.MUNICIPALITY, List.of("Utrecht"), IndexSchema.ACTOR,
                List.of("Gemeente Utrecht"), IndexSchema.COLLECTION, List.of("Opvang G4"));
        Map<String, List<String>> zwolle = Map.of(IndexSchema.MUNICIPALITY, List.of("Zwolle"), IndexSchema.ACTOR,
                List.of("Gemeente Zwolle"));
        Map<String, List<String>> amsterdam = Map.of(IndexSchema.MUNICIPALITY, List.of("Amsterdam"),
                IndexSchema.ACTOR, List.of("Gemeente Amsterdam"), IndexSchema.COLLECTION, List.of("Opvang G4"));
        Map<String, List<String>> linked = new java.util.HashMap<>(utrecht);
        linked.put(IndexSchema.THEME, List.of("T1.2", "T1"));
        index.replaceSource("u", List.of(
                passage("u1", "u", "regulation", 20230101, "De nachtopvang voor ongedocumenteerden is open.", linked),
                passage("u2", "u", "regulation", 20230101, "Opvang duurt ten hoogste twaalf maanden.", utrecht),
                passage("u3", "u", "regulation", 20230101, "De opvang biedt bed, bad en brood.", utrecht),
                passage("u4", "u", "regulation", 20230101, "Opvang is er ook voor ouderen.", utrecht)));
        index.replaceSource("z", List.of(
                passage("z1", "z", "regulation", 20190601, "Nachtopvang in Zwolle voor wie geen verblijf heeft.", zwolle)));
        index.replaceSource("a", List.of(
                passage("a1", "a", "regulation", 20250301, "Opvang voor ongedocumenteerden met een medische noodzaak.",
                        amsterdam)));
        index.replaceSource("r", List.of(
                passage("r1", "r", "ruling", 20140710, "De rechtbank oordeelt over de opvang van de vreemdeling.",
                        Map.of(IndexSchema.COURT, List.of("Rechtbank Den Haag")))));
        for (int i = 0; i < 40; i++) {
            index.replaceSource("g" + i, List.of(passage("g" + i + "p", "g" + i, "generic-document", 0,
                    "Een notitie over opvang nummer " + i + " en nog wat woorden.", Map.of())));
        }
        index.commit(1);
        return index;
    }

    @Test
    public void facetsCountEveryFieldAndCombine() throws Exception {
        try (PassageIndex index = filled()) {
            SearchResult r = index.search(SearchRequest.of("opvang", 5).withFacets(true), List.of(), Thesaurus.EMPTY);
            assertEquals(Map.of("Utrecht", 4L, "Zwolle", 1L, "Amsterdam", 1L), r.facets().get(IndexSchema.MUNICIPALITY));
            assertEquals(Map.of("Opvang G4", 5L), r.facets().get(IndexSchema.COLLECTION));
            assertEquals(Map.of("T1.2", 1L, "T1", 1L), r.facets().get(IndexSchema.THEME));
            assertEquals(Map.of("regulation", 6L, "ruling", 1L, "generic-document", 40L), r.facets().get("kind"));
            assertEquals(44, r.totalSources());
            // two values of one field: either; the field's own counts stay whole so the user can add a third
            SearchFilter two = SearchFilter.NONE.with(IndexSchema.MUNICIPALITY, "utrecht")
                    .with(IndexSchema.MUNICIPALITY, "ZWOLLE");
            SearchResult both = index.search(SearchRequest.of("opvang", 10).withFilter(two).withFacets(true),
                    List.of(), Thesaurus.EMPTY);
            assertEquals(5, both.totalHits());
            assertEquals(3, both.facets().get(IndexSchema.MUNICIPALITY).size(), both.facets().toString());
            assertEquals(Map.of("Gemeente Utrecht", 4L, "Gemeente Zwolle", 1L), both.facets().get(IndexSchema.ACTOR));
            // different fields: all must hold
            SearchResult inG4 = index.search(SearchRequest.of("opvang", 10)
                    .withFilter(two.with(IndexSchema.COLLECTION, "opvang g4")), List.of(), Thesaurus.EMPTY);
            assertEquals(4, inG4.totalHits());
            assertEquals(1, index.search(SearchRequest.of("opvang", 10)
                    .withFilter(SearchFilter.NONE.with(IndexSchema.THEME, "t1")), List.of(), Thesaurus.EMPTY)
                    .totalHits());
            assertEquals(1, index.search("opvang theme:T1.2", 10).totalHits(), "theme: in the query filters too");
            assertEquals(2, index.search("actor:\"gemeente amsterdam\" OR actor:\"gemeente zwolle\"", 10)
                    .totalHits());
            assertEquals(1, index.search(SearchRequest.of("opvang", 10)
                    .withFilter(SearchFilter.NONE.with(IndexSchema.YEAR, "2014")), List.of(), Thesaurus.EMPTY)
                    .totalHits());
            assertThrows(IllegalArgumentException.class, () -> SearchFilter.NONE.with(IndexSchema.YEAR, "vorig"));
        }
    }

    @Test
    public void groupedBySourceWithTheBestPassagesUnderEach() throws Exception {
        try (PassageIndex index = filled()) {
            SearchResult r = index.search(SearchRequest.of("opvang ongedocumenteerden", 3).bySource(2), List.of(),
                    Thesaurus.EMPTY);
            assertEquals(3, r.groups().size());
            List<String> sources = r.groups().stream().map(SourceGroup::sourceId).toList();
            assertEquals(3, sources.stream().distinct().count(), "each source once: " + sources);
            SourceGroup u = r.groups().stream().filter(g -> g.sourceId().equals("u")).findFirst().orElseThrow();
            assertEquals(2, u.hits().size(), "at most two passages under a source");
            assertEquals("u1", u.hits().get(0).passageId(), "its best passage first");
            assertTrue(u.hits().get(0).score() >= u.hits().get(1).score());
            // the next page of sources continues without repeating
            SearchResult page2 = index.search(SearchRequest.of("opvang ongedocumenteerden", 3).bySource(2)
                    .withOffset(3), List.of(), Thesaurus.EMPTY);
            assertTrue(page2.groups().stream().noneMatch(g -> sources.contains(g.sourceId())));
            assertEquals(3, page2.groups().size());
            // pages of three are the first six in one go: the ranking does not depend on the page asked for
            List<String> six = index.search(SearchRequest.of("opvang ongedocumenteerden", 6).bySource(2), List.of(),
                    Thesaurus.EMPTY).groups().stream().map(SourceGroup::sourceId).toList();
            List<String> paged = new ArrayList<>(sources);
            page2.groups().forEach(g -> paged.add(g.sourceId()));
            assertEquals(six, paged);
        }
    }

    @Test
    public void sortedByDateNewestFirstUndatedLast() throws Exception {
        try (PassageIndex index = filled()) {
            SearchResult r = index.search(SearchRequest.of("opvang", 50).withOrder(SearchRequest.Order.DATE),
                    List.of(), Thesaurus.EMPTY);
            List<Integer> dates = r.hits().stream().map(SearchHit::date).toList();
            assertEquals(20250301, dates.get(0));
            List<Integer> dated = dates.stream().filter(d -> d > 0).toList();
            assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
            assertEquals(0, dates.get(dates.size() - 1), "undated sources come last");
        }
    }

    @Test
    public void pagingAfterAHitEqualsPagingByOffset() throws Exception {
        try (PassageIndex index = filled()) {
            for (SearchRequest.Order order : SearchRequest.Order.values()) {
                List<String> byOffset = ids(index.search(SearchRequest.of("opvang", 30).withOrder(order), List.of(),
                        Thesaurus.EMPTY));
                List<String> byCursor = new ArrayList<>();
                SearchRequest.Page next = null;
                for (int page = 0; page < 3; page++) {
                    SearchResult r = index.search(SearchRequest.of("opvang", 10).withOrder(order).after(next),
                            List.of(), Thesaurus.EMPTY);
                    byCursor.addAll(ids(r));
                    next = r.next();
                    assertNotNull(next);
                }
                assertEquals(byOffset, byCursor, order.toString());
                assertEquals(byOffset.subList(20, 30), ids(index.search(SearchRequest.of("opvang", 10)
                        .withOrder(order).withOffset(20), List.of(), Thesaurus.EMPTY)));
            }
            SearchResult last = index.search(SearchRequest.of("ongedocumenteerden", 10), List.of(), Thesaurus.EMPTY);
            assertNull(last.next(), "a page that is not full is the last");
        }
    }

    @Test
    public void moreLikeAPassageLeavesItOut() throws Exception {
        try (PassageIndex index = filled()) {
            SearchResult r = index.search(SearchRequest.of(null, 5).likePassage("u1"), List.of(), Thesaurus.EMPTY);
            List<String> ids = ids(r);
            assertFalse(ids.contains("u1"), ids.toString());
            assertTrue(ids.indexOf("a1") >= 0 && ids.indexOf("a1") < 2,
                    "the other passage on shelter for the undocumented is among the first: " + ids);
            assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of(null, 5).likePassage("nope"),
                    List.of(), Thesaurus.EMPTY));
        }
    }

    @Test
    public void highlightsAreSpansOfTheWholeText() throws Exception {
        try (PassageIndex index = filled()) {
            SearchHit h = index.search(SearchRequest.of("ongedocumenteerden nachtopvang", 10).withHighlights(true)
                    .withFilter(SearchFilter.NONE.withSources(java.util.Set.of("u"))), List.of(), Thesaurus.EMPTY)
                    .hits().get(0);
            assertEquals("u1", h.passageId());
            List<String> words = h.highlights().stream().map(sp -> h.text().substring(sp.start(), sp.end())).toList();
            assertEquals(List.of("nachtopvang", "ongedocumenteerden"), words);
            assertTrue(index.search("nachtopvang", 10).hits().get(0).highlights().isEmpty(), "only when asked for");
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::passageId).toList();
    }
}
