package org.lexgraph.index;

import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.QuerySyntaxException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real index on disk with the Dutch analysis chain. */
public class PassageIndexTest {

    @TempDir
    Path dir;

    private static PassageRecord passage(String id, String source, String text, int page) {
        return new PassageRecord(id, source, "Bron " + source, "generic-document", "/tmp/" + source + ".pdf", page,
                "Artikel 1", 0, text);
    }

    private PassageIndex filled() throws Exception {
        PassageIndex index = PassageIndex.openWritable(dir.resolve("index"));
        index.replaceSource("s1", List.of(
                passage("p1", "s1", "De vreemdelingen recreëren in de parken van de stad.", 1),
                passage("p2", "s1", "Nachtopvang voor mensen zonder verblijfsvergunning.", 2)));
        index.replaceSource("s2", List.of(
                passage("p3", "s2", "De auto's van de gemeente staan op het plein.", 0),
                passage("p4", "s2", "Rechtmatig verblijf heeft de vreemdeling die een vergunning heeft.", 3),
                passage("p5", "s2", "Het verblijf in de opvang is rechtmatig zolang de procedure loopt.", 4)));
        index.commit(7);
        return index;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::passageId).toList();
    }

    /**
     * The merges a session starts (its opening finds more small segments than the merge policy wants, as a short
     * command that was rolled back leaves them) are finished and kept when it closes, not thrown away with its
     * rollback to be started again by the next command; changes never committed are still dropped.
     */
    @Test
    public void mergesStartedBySessionAreKeptAtCloseUncommittedChangesAreNot() throws Exception {
        Path folder = dir.resolve("index");
        int segments = 14;
        try (PassageIndex index = PassageIndex.openWritable(folder)) {
            index.commit(1); // the schema's commit data
        }
        var cfg = new org.apache.lucene.index.IndexWriterConfig().setMergePolicy(
                org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(folder);
                org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d, cfg)) {
            for (int i = 0; i < segments; i++) { // one segment each, none merged
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new org.apache.lucene.document.StringField("filler", "x" + i,
                        org.apache.lucene.document.Field.Store.NO));
                w.addDocument(doc);
                w.commit();
            }
        }
        try (PassageIndex index = PassageIndex.openWritable(folder)) {
            assertEquals(0, index.passageCount()); // a command that only reads, opened for writing
        }
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(folder);
                org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            assertTrue(r.leaves().size() < segments, "merged: " + r.leaves().size() + " segments");
            assertEquals(segments, r.numDocs());
        }
        try (PassageIndex index = PassageIndex.openWritable(folder)) {
            index.replaceSource("later", List.of(passage("q", "later", "Niet bewaard.", 1)));
        }
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(folder);
                org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            assertEquals(segments, r.numDocs(), "the change never committed is gone, nothing else");
        }
    }

    /**
     * The passages of some sources that hold each phrase (the theme linker's question after an import) are those the
     * same question about every source gives, restricted to them: across segments, and not counting a replaced
     * source's old passages.
     */
    @Test
    public void passagesOfSomeSourcesAreThoseOfAllRestrictedToThem() throws Exception {
        try (PassageIndex index = filled()) {
            for (int i = 0; i < 30; i++) {
                index.replaceSource("n" + i, List.of(
                        passage("n" + i + "a", "n" + i, "Nachtopvang en opvang in gemeente " + i + ".", 1),
                        passage("n" + i + "b", "n" + i, i % 2 == 0 ? "Het verblijf is rechtmatig." : "Geen van beide.",
                                2)));
                if (i % 7 == 0) {
                    index.commit(8 + i); // several segments
                }
            }
            index.replaceSource("n3", List.of(passage("n3x", "n3", "Alleen opvang nu.", 1))); // replaced
            index.commit(99);
            List<String> phrases = List.of("opvang", "rechtmatig verblijf", "verblijf", "nachtopvang", "ontbreekt");
            java.util.Set<String> scope = java.util.Set.of("n3", "n4", "n9", "s2", "onbekend");
            Map<String, Map<String, String>> all = index.passagesWith(phrases, null);
            Map<String, Map<String, String>> some = index.passagesWith(phrases, scope);
            for (String phrase : phrases) {
                Map<String, String> expected = new java.util.HashMap<>();
                all.get(phrase).forEach((passage, source) -> {
                    if (scope.contains(source)) {
                        expected.put(passage, source);
                    }
                });
                assertEquals(expected, some.get(phrase), phrase);
            }
            assertEquals(Map.of("n3x", "n3", "n4a", "n4", "n9a", "n9", "p5", "s2"), some.get("opvang"));
            assertEquals(Map.of(), some.get("ontbreekt"));
        }
    }

    @Test
    public void dutchWordsMatchTheirInflectionsAndFoldedSpelling() throws Exception {
        try (PassageIndex index = filled()) {
            assertEquals(List.of("p1", "p4"), ids(index.search("vreemdeling", 10)).stream().sorted().toList());
            assertEquals(List.of("p1"), ids(index.search("recreeren", 10)));
            assertEquals(List.of("p3"), ids(index.search("auto", 10)));
            assertTrue(ids(index.search("verblijfsvergunningen", 10)).contains("p2"));
        }
    }

    @Test
    public void wordsCloseTogetherRankFirst() throws Exception {
        try (PassageIndex index = filled()) {
            List<String> ids = ids(index.search("rechtmatig verblijf", 10));
            assertEquals("p4", ids.get(0), ids.toString());
            assertTrue(ids.contains("p5"));
        }
    }

    @Test
    public void hitsCarryTheirSourceFieldsAndAHighlightedSnippet() throws Exception {
        try (PassageIndex index = filled()) {
            SearchHit h = index.search("nachtopvang", 10).hits().get(0);
            assertEquals("p2", h.passageId());
            assertEquals("s1", h.sourceId());
            assertEquals("Bron s1", h.title());
            assertEquals(2, h.page());
            assertEquals("/tmp/s1.pdf", h.file());
            assertTrue(h.snippet().contains("<b>Nachtopvang</b>"), h.snippet());
        }
    }

    @Test
    public void snippetsAreSentencesWithTheMatchedWordsNeverABareLidNumber() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            index.replaceSource("vw", List.of(
                    new PassageRecord("a", "vw", "Vreemdelingenwet 2000", "regulation", "/tmp/vw.md", 0,
                            "Artikel 10, lid 2", 0, "2. Van het eerste lid kan worden afgeweken indien de aanspraak "
                                    + "betrekking heeft op onderwijs of op het verlenen van medisch noodzakelijke zorg."),
                    new PassageRecord("b", "vw", "Vreemdelingenwet 2000", "regulation", "/tmp/vw.md", 0,
                            "Artikel 8", 1, "a. Een. b. Twee. c. op grond van een verblijfsvergunning voor "
                                    + "bepaalde tijd als bedoeld in artikel 14.")));
            index.commit(1);
            String byTitle = index.search("vreemdelingenwet", 5).hits().stream()
                    .filter(h -> h.passageId().equals("a")).findFirst().orElseThrow().snippet();
            assertTrue(byTitle.startsWith("2. Van het eerste lid kan worden afgeweken"), byTitle);
            String byText = index.search("verblijfsvergunning", 5).hits().get(0).snippet();
            assertTrue(byText.contains("<b>verblijfsvergunning</b>") && byText.length() > 40, byText);
        }
    }

    @Test
    public void replacingASourceRemovesItsOldPassages() throws Exception {
        try (PassageIndex index = filled()) {
            index.replaceSource("s1", List.of(passage("p9", "s1", "Alleen nog dagopvang.", 1)));
            index.commit(8);
            assertTrue(index.search("recreeren", 10).hits().isEmpty(), "the old passages are gone");
            assertEquals("p9", index.search("dagopvang", 10).hits().get(0).passageId(), "the compound itself first");
            assertEquals(4, index.passageCount());
        }
    }

    @Test
    public void commitsRecordTheModelGeneration() throws Exception {
        Path folder = dir.resolve("index");
        assertEquals(OptionalLong.empty(), PassageIndex.committedGeneration(folder));
        try (PassageIndex index = filled()) {
            assertEquals(OptionalLong.of(7), PassageIndex.committedGeneration(folder));
            index.replaceSource("s3", List.of(passage("p6", "s3", "niet vastgelegd", 0)));
        }
        // an uncommitted change is gone after close; the commit stays
        assertEquals(OptionalLong.of(7), PassageIndex.committedGeneration(folder));
        try (PassageIndex index = PassageIndex.openReadOnly(folder)) {
            assertTrue(index.search("vastgelegd", 10).hits().isEmpty());
        }
    }

    @Test
    public void anIndexOfAnotherSchemaOrAnalysisHasNoGeneration() throws Exception {
        Path folder = dir.resolve("index");
        filled().close();
        // the same commit, stamped by an older version of the schema: the model must be indexed again
        try (var d = org.apache.lucene.store.FSDirectory.open(folder);
                var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of(IndexSchema.COMMIT_GENERATION, "7", IndexSchema.COMMIT_STAMP,
                    "schema-6/nl-2").entrySet());
            w.commit();
        }
        assertEquals(OptionalLong.empty(), PassageIndex.committedGeneration(folder));
    }

    @Test
    public void damagedIndexHasNoGeneration() throws Exception {
        Path folder = dir.resolve("index");
        filled().close();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) {
                    Files.write(f, new byte[] {1, 2, 3});
                }
            }
        }
        assertEquals(OptionalLong.empty(), PassageIndex.committedGeneration(folder));
    }

    @Test
    public void brokenSyntaxIsSearchedAsWordsWithAOneLineNotice() throws Exception {
        try (PassageIndex index = filled()) {
            SearchResult quote = index.search("\"rechtmatig verblijf", 10);
            assertTrue(ids(quote).contains("p4"), ids(quote).toString());
            assertTrue(quote.notice().startsWith("unbalanced quotes"), quote.notice());
            assertEquals("\"rechtmatig verblijf", quote.query());
            SearchResult group = index.search("(opvang OR zorg", 10);
            assertTrue(ids(group).contains("p5"), ids(group).toString());
            assertTrue(group.notice().startsWith("unbalanced parentheses"), group.notice());
            // natural input is no syntax: searched without a word of complaint
            for (String typed : List.of("vreemdeling/verblijf", "Is verblijf in de opvang rechtmatig?",
                    "opvang (nachtopvang)?", "Vraag: rechtmatig verblijf", "auto's \\ plein!", "[opvang] {verblijf}")) {
                SearchResult r = index.search(typed, 10);
                assertFalse(r.hits().isEmpty(), typed);
                assertEquals("", r.notice(), typed);
            }
            assertTrue(assertThrows(QuerySyntaxException.class, () -> index.search("  ", 10)).getMessage()
                    .startsWith("empty query"));
            SearchResult nothing = index.search("?!", 10);
            assertEquals(0, nothing.totalHits());
            assertTrue(nothing.notice().startsWith("nothing to search for"), nothing.notice());
        }
    }

    @Test
    public void booleanOperatorsWork() throws Exception {
        try (PassageIndex index = filled()) {
            // nachtopvang and verblijfsvergunning contain opvang and verblijf as parts
            assertEquals(List.of("p2", "p5"), ids(index.search("verblijf AND opvang", 10)).stream().sorted().toList());
            assertFalse(ids(index.search("verblijf -opvang", 10)).contains("p5"));
        }
    }
}
