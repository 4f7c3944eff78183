package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks passages by two kinds of evidence together: how well the passage itself matches the query (nearness,
 * phrases, thesaurus, citations) and how well its section matches the user's words ({@link Sections}: BM25 over one
 * document per article or per heading, as a plain engine ranks one document per article). A lid that says "the
 * entry ban" in an article about entry bans outranks the same words in a passing reference elsewhere. Each score is
 * divided by the best of its kind among the passages ranked, then mixed as {@link RankingOptions#section()} says.
 * Stateless and thread-safe.
 */
final class SectionRanking {

    /** How many of the best passages by their own score a flat (ungrouped) search ranks again. */
    static final int DEPTH = 200;

    private static final Map<String, Float> SECTION_FIELDS = Map.of(IndexSchema.SECTION_TEXT, 1f);

    private final Analyzer analyzer;
    private final RankingOptions weights;

    SectionRanking(Analyzer analyzer, RankingOptions weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** The sections' query for the user's words, or null when sections do not count (no words, or no weight). */
    Query sectionQuery(String query, Collection<String> alternatives, Thesaurus thesaurus) {
        return weights.section() <= 0 || query == null ? null
                : SourceRanking.wordsQuery(analyzer, weights, SECTION_FIELDS, query, alternatives, thesaurus);
    }

    /**
     * The passages, best first by the mix of their own score, their section's and (with a {@code sourceQuery}, from
     * {@link SourceRanking#wholeTextQuery}) their source's; the same {@link ScoreDoc}s (their
     * scores stay the passages' own). Passages in no section have only their own score. Ties keep the given order.
     */
    List<ScoreDoc> rerank(IndexSearcher s, List<ScoreDoc> passages, Query sectionQuery, Query sourceQuery)
            throws IOException {
        if (sectionQuery == null && sourceQuery == null || passages.size() < 2) {
            return passages;
        }
        Map<ScoreDoc, Double> mixed = mixedScores(s, passages, sectionQuery);
        if (sourceQuery != null && weights.source() > 0) {
            Map<String, Float> sourceScore = scores(s, DocKeys.of(s, passages, IndexSchema.SOURCE_ID),
                    IndexSchema.SOURCE_DOC, sourceQuery);
            float max = (float) sourceScore.values().stream().mapToDouble(Float::doubleValue).max().orElse(0);
            if (max > 0) {
                String[] sources = DocKeys.of(s, passages, IndexSchema.SOURCE_ID);
                for (int i = 0; i < sources.length; i++) {
                    mixed.merge(passages.get(i), (double) weights.source() * sourceScore.getOrDefault(sources[i], 0f)
                            / max, Double::sum);
                }
            }
        }
        List<ScoreDoc> out = new ArrayList<>(passages);
        out.sort((a, b) -> Double.compare(mixed.get(b), mixed.get(a))); // stable: ties keep their order
        return out;
    }

    /**
     * Each passage's mixed score, between 0 and 1: its own score and its section's, each divided by the best of its
     * kind among {@code passages}. Without a section query, the own score divided by the best.
     */
    Map<ScoreDoc, Double> mixedScores(IndexSearcher s, List<ScoreDoc> passages, Query sectionQuery)
            throws IOException {
        String[] keys = sectionQuery == null ? new String[passages.size()]
                : DocKeys.of(s, passages, IndexSchema.SECTION);
        Map<String, Float> sectionScore = sectionQuery == null ? Map.of()
                : scores(s, keys, IndexSchema.SECTION_DOC, sectionQuery);
        float maxSection = (float) sectionScore.values().stream().mapToDouble(Float::doubleValue).max().orElse(0);
        float maxOwn = (float) passages.stream().mapToDouble(sd -> sd.score).max().orElse(0);
        float share = maxSection > 0 ? weights.section() : 0;
        Map<ScoreDoc, Double> mixed = new java.util.IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            double own = maxOwn > 0 ? passages.get(i).score / maxOwn : 0;
            double section = keys[i] != null && maxSection > 0 ? sectionScore.getOrDefault(keys[i], 0f) / maxSection : 0;
            mixed.put(passages.get(i), (1 - share) * own + share * section);
        }
        return mixed;
    }

    /** The scores for {@code query} of the whole-text documents ({@code docField}) with the given keys, by key. */
    private static Map<String, Float> scores(IndexSearcher s, String[] keys, String docField, Query query)
            throws IOException {
        Set<String> distinct = new LinkedHashSet<>();
        for (String key : keys) {
            if (key != null) {
                distinct.add(key);
            }
        }
        Map<String, Float> out = new HashMap<>();
        if (distinct.isEmpty()) {
            return out;
        }
        List<BytesRef> ids = distinct.stream().map(BytesRef::new).toList();
        Query ofThese = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(docField, ids), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] found = s.search(ofThese, distinct.size()).scoreDocs;
        String[] foundKeys = DocKeys.of(s, List.of(found), docField);
        for (int i = 0; i < found.length; i++) {
            out.put(foundKeys[i], found[i].score);
        }
        return out;
    }

    /** The key of the section a passage stands in, or null. */
    static String sectionOf(IndexSearcher s, int doc) throws IOException {
        return DocKeys.of(s, doc, IndexSchema.SECTION);
    }
}
