package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks the sources of a search by relevance on two kinds of evidence together: how well the source's whole text and
 * title match the user's words (BM25 over one document per source, as a plain full-text engine ranks files) and how
 * well its best passage matches the whole query (nearness, phrases, thesaurus, citations). Each is divided by the best
 * of its kind among the candidates, then mixed as {@link RankingOptions#wholeText()} says. A source without a passage matching the query (and
 * its filters) is never shown. Stateless and thread-safe.
 */
final class SourceRanking {

    /** How many sources the whole-text score adds to those found by their passages. */
    static final int CANDIDATES = 30;
    /** How many of each source's best passages by their own score are ranked again by their sections. */
    static final int POOL = 10;

    private final Analyzer analyzer;
    private final RankingOptions weights;

    SourceRanking(Analyzer analyzer, RankingOptions weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** The whole-text query of the user's words (their alternatives weighing less), or null when there are none. */
    Query wholeTextQuery(String query, Collection<String> alternatives, Thesaurus thesaurus) {
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
     * @param passages the passage query, with its filters
     * @param byPassage the sources in the order of their best passage, as far as they were read
     * @param wholeText from {@link #wholeTextQuery}
     * @param sectionQuery from {@link SectionRanking#sectionQuery}; null: passages by their own score alone
     */
    Map<String, List<ScoreDoc>> rank(IndexSearcher s, Query passages, Collection<String> byPassage, Query wholeText,
            SectionRanking sections, Query sectionQuery, int offset, int limit, int perSource, int scanLimit)
            throws IOException {
        LinkedHashSet<String> candidates = new LinkedHashSet<>(byPassage);
        int extra = Math.max(CANDIDATES, offset + limit);
        for (ScoreDoc sd : s.search(wholeText, extra).scoreDocs) {
            candidates.add(sourceDoc(s, sd.doc));
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> ids = candidates.stream().map(BytesRef::new).toList();
        // the whole-text score of every candidate
        Map<String, Float> whole = new HashMap<>();
        Query wholeOfCandidates = new BooleanQuery.Builder().add(wholeText, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.SOURCE_DOC, ids), BooleanClause.Occur.FILTER).build();
        for (ScoreDoc sd : s.search(wholeOfCandidates, candidates.size()).scoreDocs) {
            whole.put(sourceDoc(s, sd.doc), sd.score);
        }
        // the best passages of every candidate, among the passages matching the query and its filters, ranked
        // again by their sections
        Query inCandidates = new BooleanQuery.Builder().add(passages, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.SOURCE_ID, ids), BooleanClause.Occur.FILTER).build();
        int n = Math.max(1, Math.min(s.count(inCandidates), scanLimit));
        Map<String, List<ScoreDoc>> pool = new LinkedHashMap<>();
        List<ScoreDoc> pooled = new ArrayList<>();
        for (ScoreDoc sd : s.search(inCandidates, n).scoreDocs) {
            List<ScoreDoc> g = pool.computeIfAbsent(passageSource(s, sd.doc), k -> new ArrayList<>());
            if (g.size() < Math.max(perSource, POOL)) {
                g.add(sd);
                pooled.add(sd);
            }
        }
        // the passages shown under a source: by their own score and their section's together
        Map<ScoreDoc, Double> mixed = sections.mixedScores(s, pooled, sectionQuery);
        List<ScoreDoc> reranked = new ArrayList<>(pooled);
        reranked.sort((a, b) -> Double.compare(mixed.get(b), mixed.get(a)));
        Map<String, List<ScoreDoc>> best = bestPerSource(s, reranked, pool.keySet(), perSource);
        // which source first: its whole text, and its best passage by the passage's own words (by default; its
        // sections are in its whole text already: counting them again put the law holding the governing article
        // first more often, but cost document nDCG@10 0.005 on the development set; RankingOptions#sectionInSource)
        float maxWhole = (float) best.keySet().stream().mapToDouble(id -> whole.getOrDefault(id, 0f)).max().orElse(0);
        float maxOwn = (float) best.keySet().stream().mapToDouble(id -> pool.get(id).get(0).score).max().orElse(0);
        double maxMixed = best.values().stream().mapToDouble(g -> mixed.get(g.get(0))).max().orElse(0);
        double inSource = sectionQuery == null ? 0 : weights.sectionInSource();
        Map<String, Float> score = new HashMap<>();
        for (String id : best.keySet()) {
            float w = maxWhole > 0 ? whole.getOrDefault(id, 0f) / maxWhole : 0;
            double own = maxOwn > 0 ? pool.get(id).get(0).score / maxOwn : 0;
            double withSection = maxMixed > 0 ? mixed.get(best.get(id).get(0)) / maxMixed : 0;
            double p = (1 - inSource) * own + inSource * withSection;
            score.put(id, (float) (weights.wholeText() * w + (1 - weights.wholeText()) * p));
        }
        List<String> ranked = new ArrayList<>(best.keySet());
        ranked.sort((a, b) -> Float.compare(score.get(b), score.get(a)));
        Map<String, List<ScoreDoc>> out = new LinkedHashMap<>();
        for (String id : ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()))) {
            out.put(id, best.get(id));
        }
        return out;
    }

    /**
     * Each source's passages in the given order, at most {@code perSource}, from different sections first (a second
     * lid of an article shown comes after the best passages of other articles).
     */
    private static Map<String, List<ScoreDoc>> bestPerSource(IndexSearcher s, List<ScoreDoc> ranked,
            Collection<String> sources, int perSource) throws IOException {
        Map<String, List<ScoreDoc>> all = new LinkedHashMap<>();
        for (ScoreDoc sd : ranked) {
            all.computeIfAbsent(passageSource(s, sd.doc), k -> new ArrayList<>()).add(sd);
        }
        Map<String, List<ScoreDoc>> best = new LinkedHashMap<>();
        for (String id : sources) {
            List<ScoreDoc> mine = all.getOrDefault(id, List.of());
            List<ScoreDoc> chosen = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ScoreDoc sd : mine) {
                String section = SectionRanking.sectionOf(s, sd.doc);
                if (chosen.size() < perSource && (section == null || seen.add(section))) {
                    chosen.add(sd);
                }
            }
            for (ScoreDoc sd : mine) {
                if (chosen.size() < perSource && !chosen.contains(sd)) {
                    chosen.add(sd);
                }
            }
            if (!chosen.isEmpty()) {
                best.put(id, chosen);
            }
        }
        return best;
    }

    private static String sourceDoc(IndexSearcher s, int doc) throws IOException {
        return DocKeys.of(s, doc, IndexSchema.SOURCE_DOC);
    }

    private static String passageSource(IndexSearcher s, int doc) throws IOException {
        return DocKeys.of(s, doc, IndexSchema.SOURCE_ID);
    }
}
