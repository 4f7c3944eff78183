package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Ranks the sources of a search by relevance on two kinds of evidence together: how well the source's whole text and
 * title match the user's words (BM25 over one document per source, as a plain full-text engine ranks files) and how
 * well its best passage matches the whole query (nearness, phrases, thesaurus, citations). Each is divided by the best
 * of its kind among the candidates, then mixed as {@link RankingOptions#wholeText()} says. A source without a passage matching the query (and
 * its filters) is never shown. Stateless and thread-safe.
 */
public final class SourceRanking {

    /** How many sources the whole-text score adds to those found by their passages. */
    public static final int CANDIDATES = 30;
    /** How many of each source's best passages by their own score are ranked again by their sections. */
    public static final int POOL = 10;

    private final Analyzer analyzer;
    private final RankingOptions weights;

    public SourceRanking(Analyzer analyzer, RankingOptions weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** The whole-text query of the user's words (their alternatives weighing less), or null when there are none. */
    public Query wholeTextQuery(String query, Collection<String> alternatives, Thesaurus thesaurus) {
        return wordsQuery(analyzer, weights, SOURCE_FIELDS, query, alternatives, thesaurus);
    }

    private static final Map<String, Float> SOURCE_FIELDS = Map.of(IndexSchema.SOURCE_TEXT, 1f,
            IndexSchema.SOURCE_TITLE, 2f);

    /**
     * The user's words as plain words over {@code fields} (their alternatives, from the thesaurus, weighing as
     * {@code weights} says), or null when there are none: how a plain full-text engine would search a unit of text.
     */
    static Query wordsQuery(Analyzer analyzer, RankingOptions weights, Map<String, Float> fields, String query,
            Collection<String> alternatives, Thesaurus thesaurus) {
        String words = QueryText.scoringWords(query);
        if (words.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query own = parse(analyzer, fields, words);
        if (own == null) {
            return null;
        }
        b.add(own, BooleanClause.Occur.SHOULD);
        for (String alt : alternatives) {
            float weight = thesaurus.isTranslation(alt) ? weights.translations() : weights.synonyms();
            Query q = weight > 0 ? parse(analyzer, fields, QueryText.wordsOf(alt, "").query()) : null;
            if (q != null) {
                b.add(new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Query parse(Analyzer analyzer, Map<String, Float> fields, String words) {
        if (words.isBlank()) {
            return null;
        }
        MultiFieldQueryParser p = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        p.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return p.parse(QueryParser.escape(words));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    /**
     * The sources from {@code offset} on, at most {@code limit}, each with its best passages (at most {@code
     * perSource}, best first), best source first.
     *
     * @param evidence the index's answers, for the passage query with its filters
     * @param byPassage the sources in the order of their best passage, as far as they were read
     * @param wholeText from {@link #wholeTextQuery}
     * @param sectionQuery from {@link SectionRanking#sectionQuery}; null: passages by their own score alone
     */
    public <T> Map<String, List<RankedPassage<T>>> rank(RankingEvidence<T> evidence, Collection<String> byPassage,
            Query wholeText, SectionRanking sections, Query sectionQuery, int offset, int limit, int perSource)
            throws IOException {
        LinkedHashSet<String> candidates = new LinkedHashSet<>(byPassage);
        candidates.addAll(evidence.bestSources(wholeText, Math.max(CANDIDATES, offset + limit)));
        if (candidates.isEmpty()) {
            return Map.of();
        }
        // the best passages of every candidate, among the passages matching the query and its filters, ranked
        // again by their sections
        Map<String, List<RankedPassage<T>>> pool = new LinkedHashMap<>();
        List<RankedPassage<T>> pooled = evidence.passagesIn(candidates, Math.max(perSource, POOL));
        for (RankedPassage<T> p : pooled) {
            pool.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
        }
        // the whole-text score of every candidate (asked with the sections' scores when the index can)
        evidence.readAhead(sectionQuery == null ? Set.of() : SectionRanking.keys(pooled, RankedPassage::section),
                sectionQuery, candidates, wholeText);
        Map<String, Float> whole = evidence.sourceScores(candidates, wholeText);
        // the passages shown under a source: by their own score and their section's together
        Map<RankedPassage<T>, Double> mixed = sections.mixedScores(evidence, pooled, sectionQuery);
        List<RankedPassage<T>> reranked = new ArrayList<>(pooled);
        reranked.sort((a, b) -> Double.compare(mixed.get(b), mixed.get(a)));
        Map<String, List<RankedPassage<T>>> best = bestPerSource(reranked, pool.keySet(), perSource);
        // which source first: its whole text, and its best passage by the passage's own words (by default; its
        // sections are in its whole text already: counting them again put the law holding the governing article
        // first more often, but cost document nDCG@10 0.005 on the development set; RankingOptions#sectionInSource)
        float maxWhole = (float) best.keySet().stream().mapToDouble(id -> whole.getOrDefault(id, 0f)).max().orElse(0);
        float maxOwn = (float) best.keySet().stream().mapToDouble(id -> pool.get(id).get(0).score()).max().orElse(0);
        double maxMixed = best.values().stream().mapToDouble(g -> mixed.get(g.get(0))).max().orElse(0);
        double inSource = sectionQuery == null ? 0 : weights.sectionInSource();
        Map<String, Float> score = new HashMap<>();
        for (String id : best.keySet()) {
            float w = maxWhole > 0 ? whole.getOrDefault(id, 0f) / maxWhole : 0;
            double own = maxOwn > 0 ? pool.get(id).get(0).score() / maxOwn : 0;
            double withSection = maxMixed > 0 ? mixed.get(best.get(id).get(0)) / maxMixed : 0;
            double p = (1 - inSource) * own + inSource * withSection;
            score.put(id, (float) (weights.wholeText() * w + (1 - weights.wholeText()) * p));
        }
        List<String> ranked = new ArrayList<>(best.keySet());
        ranked.sort((a, b) -> Float.compare(score.get(b), score.get(a)));
        Map<String, List<RankedPassage<T>>> out = new LinkedHashMap<>();
        for (String id : ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()))) {
            out.put(id, best.get(id));
        }
        return out;
    }

    /**
     * Each source's passages in the given order, at most {@code perSource}, from different sections first (a second
     * lid of an article shown comes after the best passages of other articles).
     */
    private static <T> Map<String, List<RankedPassage<T>>> bestPerSource(List<RankedPassage<T>> ranked,
            Collection<String> sources, int perSource) {
        Map<String, List<RankedPassage<T>>> all = new LinkedHashMap<>();
        for (RankedPassage<T> p : ranked) {
            all.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<RankedPassage<T>>> best = new LinkedHashMap<>();
        for (String id : sources) {
            List<RankedPassage<T>> mine = all.getOrDefault(id, List.of());
            List<RankedPassage<T>> chosen = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RankedPassage<T> p : mine) {
                if (chosen.size() < perSource && (p.section() == null || seen.add(p.section()))) {
                    chosen.add(p);
                }
            }
            for (RankedPassage<T> p : mine) {
                if (chosen.size() < perSource && !chosen.contains(p)) {
                    chosen.add(p);
                }
            }
            if (!chosen.isEmpty()) {
                best.put(id, chosen);
            }
        }
        return best;
    }
}
