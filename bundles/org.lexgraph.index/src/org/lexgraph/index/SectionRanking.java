package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * Ranks passages by two kinds of evidence together: how well the passage itself matches the query (nearness,
 * phrases, thesaurus, citations) and how well its section matches the user's words ({@link Sections}: BM25 over one
 * document per article or per heading, as a plain engine ranks one document per article). A lid that says "the
 * entry ban" in an article about entry bans outranks the same words in a passing reference elsewhere. Each score is
 * divided by the best of its kind among the passages ranked, then mixed as {@link RankingOptions#section()} says.
 * The evidence comes from the index that found the passages ({@link RankingEvidence}). Stateless and thread-safe.
 */
public final class SectionRanking {

    /** How many of the best passages by their own score a flat (ungrouped) search ranks again. */
    public static final int DEPTH = 200;

    private static final Map<String, Float> SECTION_FIELDS = Map.of(IndexSchema.SECTION_TEXT, 1f);

    private final Analyzer analyzer;
    private final RankingOptions weights;

    public SectionRanking(Analyzer analyzer, RankingOptions weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** The sections' query for the user's words, or null when sections do not count (no words, or no weight). */
    public Query sectionQuery(String query, Collection<String> alternatives, Thesaurus thesaurus) {
        return weights.section() <= 0 || query == null ? null
                : SourceRanking.wordsQuery(analyzer, weights, SECTION_FIELDS, query, alternatives, thesaurus);
    }

    /**
     * The passages, best first by the mix of their own score, their section's and (with a {@code sourceQuery}, from
     * {@link SourceRanking#wholeTextQuery}) their source's; the same passages (their scores stay their own). Passages
     * in no section have only their own score. Ties keep the given order.
     */
    public <T> List<RankedPassage<T>> rerank(RankingEvidence<T> evidence, List<RankedPassage<T>> passages,
            Query sectionQuery, Query sourceQuery) throws IOException {
        if (sectionQuery == null && sourceQuery == null || passages.size() < 2) {
            return passages;
        }
        boolean bySource = sourceQuery != null && weights.source() > 0;
        evidence.readAhead(keys(passages, RankedPassage::section), sectionQuery,
                bySource ? keys(passages, RankedPassage::source) : Set.of(), bySource ? sourceQuery : null);
        Map<RankedPassage<T>, Double> mixed = mixedScores(evidence, passages, sectionQuery);
        if (bySource) {
            Map<String, Float> sourceScore = scores(passages, RankedPassage::source, keys -> evidence.sourceScores(keys,
                    sourceQuery));
            float max = max(sourceScore);
            if (max > 0) {
                for (RankedPassage<T> p : passages) {
                    mixed.merge(p, (double) weights.source() * sourceScore.getOrDefault(p.source(), 0f) / max,
                            Double::sum);
                }
            }
        }
        List<RankedPassage<T>> out = new ArrayList<>(passages);
        out.sort((a, b) -> Double.compare(mixed.get(b), mixed.get(a))); // stable: ties keep their order
        return out;
    }

    /**
     * Each passage's mixed score, between 0 and 1: its own score and its section's, each divided by the best of its
     * kind among {@code passages}. Without a section query, the own score divided by the best.
     */
    <T> Map<RankedPassage<T>, Double> mixedScores(RankingEvidence<T> evidence, List<RankedPassage<T>> passages,
            Query sectionQuery) throws IOException {
        Map<String, Float> sectionScore = sectionQuery == null ? Map.of()
                : scores(passages, RankedPassage::section, keys -> evidence.sectionScores(keys, sectionQuery));
        float maxSection = max(sectionScore);
        float maxOwn = (float) passages.stream().mapToDouble(RankedPassage::score).max().orElse(0);
        float share = maxSection > 0 ? weights.section() : 0;
        Map<RankedPassage<T>, Double> mixed = new IdentityHashMap<>();
        for (RankedPassage<T> p : passages) {
            double own = maxOwn > 0 ? p.score() / maxOwn : 0;
            String key = sectionQuery == null ? null : p.section();
            double section = key != null && maxSection > 0 ? sectionScore.getOrDefault(key, 0f) / maxSection : 0;
            mixed.put(p, (1 - share) * own + share * section);
        }
        return mixed;
    }

    private interface Scores {
        Map<String, Float> of(Set<String> keys) throws IOException;
    }

    /** The scores of the documents keyed as the passages' {@code key} says, by key (none when no passage has one). */
    private static <T> Map<String, Float> scores(List<RankedPassage<T>> passages,
            Function<RankedPassage<T>, String> key, Scores scores) throws IOException {
        Set<String> distinct = keys(passages, key);
        return distinct.isEmpty() ? Map.of() : scores.of(distinct);
    }

    /** The distinct keys of the passages' sections or sources ({@code key}), in their order; none for null. */
    static <T> Set<String> keys(Collection<RankedPassage<T>> passages, Function<RankedPassage<T>, String> key) {
        Set<String> distinct = new LinkedHashSet<>();
        for (RankedPassage<T> p : passages) {
            String k = key.apply(p);
            if (k != null) {
                distinct.add(k);
            }
        }
        return distinct;
    }

    static float max(Map<String, Float> scores) {
        return (float) scores.values().stream().mapToDouble(Float::doubleValue).max().orElse(0);
    }
}
