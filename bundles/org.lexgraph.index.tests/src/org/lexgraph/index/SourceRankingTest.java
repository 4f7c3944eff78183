package org.lexgraph.index;

import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SourceGroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking sources on their whole text as well as their best passage; thesaurus synonyms that widen without outranking
 * the user's words, translations that carry an English query; English function and question words left out.
 */
public class SourceRankingTest {

    @TempDir
    Path dir;

    private static PassageRecord passage(String id, String source, String text) {
        return new PassageRecord(id, source, "Bron " + source, "generic-document", "/tmp/" + source + ".txt", 0,
                "", 0, text);
    }

    private static List<String> sources(SearchResult r) {
        return r.groups().stream().map(SourceGroup::sourceId).toList();
    }

    @Test
    public void aSourceAboutAllTheWordsOutranksOneWithASinglePassageOnOneWord() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            // "spread": a motion on client support, the two words in different passages
            index.replaceSource("spread", List.of(
                    passage("s1", "spread", "De motie van het lid Van Dijk is aangenomen door de Kamer."),
                    passage("s2", "spread", "Onafhankelijke cliëntondersteuning moet in elke gemeente bestaan."),
                    passage("s3", "spread", "De motie verzoekt de regering de cliëntondersteuning te regelen.")));
            // "one": a single passage on one of the words, said three times in a short text
            index.replaceSource("one", List.of(passage("o1", "one", "Cliëntondersteuning, cliëntondersteuning, "
                    + "cliëntondersteuning.")));
            for (int i = 0; i < 20; i++) {
                index.replaceSource("n" + i, List.of(passage("n" + i + "p", "n" + i, "Een tekst over iets anders "
                        + i + " met andere woorden.")));
            }
            index.commit(1);
            SearchResult byPassage = index.search(SearchRequest.of("onafhankelijke cliëntondersteuning motie", 5),
                    List.of(), Thesaurus.EMPTY);
            SearchResult bySource = index.search(SearchRequest.of("onafhankelijke cliëntondersteuning motie", 5)
                    .bySource(2), List.of(), Thesaurus.EMPTY);
            assertEquals("spread", sources(bySource).get(0), sources(bySource).toString());
            assertTrue(sources(bySource).contains("one"));
            assertTrue(byPassage.hits().stream().anyMatch(h -> h.sourceId().equals("one")));
            // sorted by date, the whole texts play no part, and the grouping still works
            SearchResult byDate = index.search(SearchRequest.of("cliëntondersteuning", 5).bySource(1)
                    .withOrder(SearchRequest.Order.DATE), List.of(), Thesaurus.EMPTY);
            assertEquals(2, byDate.groups().size());
            // the whole-text document of a source is not a passage: not counted, not found by passage queries
            assertEquals(24, index.passageCount());
            assertEquals(4, index.search("cliëntondersteuning OR motie", 50).totalHits());
        }
    }

    @Test
    public void synonymsWidenButNeverOutrankTheUsersOwnWord() throws Exception {
        Thesaurus thesaurus = Thesaurus.read(new BufferedReader(new StringReader("""
                woning | huis | onderkomen
                house => woning
                """)));
        assertFalse(thesaurus.isTranslation("huis"));
        assertTrue(thesaurus.isTranslation("woning"));
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            index.replaceSource("a", List.of(passage("a1", "a", "Een huis, een huis en nog een onderkomen: huis.")));
            index.replaceSource("b", List.of(passage("b1", "b", "De gemeente zoekt een woning voor het gezin dat "
                    + "op straat staat en nergens terecht kan.")));
            index.commit(1);
            List<String> ids = index.search(SearchRequest.of("woning", 5), List.of(), thesaurus).hits().stream()
                    .map(SearchHit::passageId).toList();
            assertEquals(List.of("b1", "a1"), ids, "the user's word first, the synonyms after it");
            List<String> english = index.search(SearchRequest.of("house", 5), List.of(), thesaurus).hits().stream()
                    .map(SearchHit::passageId).toList();
            assertEquals("b1", english.get(0), "a translation counts as the word itself: " + english);
        }
    }

    @Test
    public void aLawsLongTitleDoesNotOutrankItsArticles() throws Exception {
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            var outside = java.util.Map.of(IndexSchema.PART, List.of(IndexSchema.OUTSIDE_ARTICLE));
            index.replaceSource("vw", List.of(
                    new PassageRecord("title", "vw", "Vreemdelingenwet 2000", "regulation", "/tmp/vw.md", 0, "", 0,
                            "Wet van 23 november 2000 tot algehele herziening van de Vreemdelingenwet: toegang, "
                                    + "verblijf, uitzetting en bewaring van vreemdelingen", List.of(), List.of(), 2000,
                            20001123, outside),
                    new PassageRecord("art59", "vw", "Vreemdelingenwet 2000", "regulation", "/tmp/vw.md", 0,
                            "Artikel 59", 1, "Met het oog op de uitzetting kan de vreemdeling die geen rechtmatig "
                                    + "verblijf heeft in bewaring worden gesteld door Onze Minister, indien het belang "
                                    + "van de openbare orde dat vordert.", List.of(), List.of(), 2000, 20001123,
                            java.util.Map.of())));
            index.commit(1);
            SearchResult r = index.search(SearchRequest.of("bewaring uitzetting vreemdelingen", 5), List.of(),
                    Thesaurus.EMPTY);
            assertEquals("art59", r.hits().get(0).passageId());
            // the title weighing as an article, and passages by their own words alone (a section would also say it)
            index.rankWith(RankingOptions.DEFAULT.withOutsideArticle(1).withSection(0).withSource(0));
            SearchResult plain = index.search(SearchRequest.of("bewaring uitzetting vreemdelingen", 5), List.of(),
                    Thesaurus.EMPTY);
            assertEquals("title", plain.hits().get(0).passageId(), "without the weighting the title wins");
        }
    }

    @Test
    public void englishFunctionAndQuestionWordsAreNotSearched() throws Exception {
        assertEquals(List.of("act", "applies", "shelter"), tokens("Which act applies to the shelter?"));
        assertEquals(List.of("opvang", "biedt", "gemeent"), tokens("Welke opvang biedt de gemeente?"));
    }

    private static List<String> tokens(String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = DutchAnalysis.textQuery().tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
