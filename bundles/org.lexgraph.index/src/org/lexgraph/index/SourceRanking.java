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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
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

    private final Analyzer analyzer;
    private final RankingOptions weights;

    SourceRanking(Analyzer analyzer, RankingOptions weights) {
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** The whole-text query of the user's words (their alternatives weighing less), or null when there are none. */
    Query wholeTextQuery(String query, Collection<String> alternatives, Thesaurus thesaurus) {
        String words = QueryText.scoringWords(query);
        if (words.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query own = parse(words);
        if (own == null) {
            return null;
        }
        b.add(own, BooleanClause.Occur.SHOULD);
        for (String alt : alternatives) {
            float weight = thesaurus.isTranslation(alt) ? weights.translations() : weights.synonyms();
            Query q = weight > 0 ? parse(QueryText.wordsOf(alt, "").query()) : null;
            if (q != null) {
                b.add(new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    private Query parse(String words) {
        if (words.isBlank()) {
            return null;
        }
        MultiFieldQueryParser p = new MultiFieldQueryParser(
                new String[] {IndexSchema.SOURCE_TEXT, IndexSchema.SOURCE_TITLE}, analyzer,
                Map.of(IndexSchema.SOURCE_TEXT, 1f, IndexSchema.SOURCE_TITLE, 2f));
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
     */
    Map<String, List<ScoreDoc>> rank(IndexSearcher s, Query passages, Collection<String> byPassage, Query wholeText,
            int offset, int limit, int perSource, int scanLimit) throws IOException {
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
        // the best passages of every candidate, among the passages matching the query and its filters
        Map<String, List<ScoreDoc>> best = new LinkedHashMap<>();
        Query inCandidates = new BooleanQuery.Builder().add(passages, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.SOURCE_ID, ids), BooleanClause.Occur.FILTER).build();
        int n = Math.max(1, Math.min(s.count(inCandidates), scanLimit));
        for (ScoreDoc sd : s.search(inCandidates, n).scoreDocs) {
            List<ScoreDoc> g = best.computeIfAbsent(passageSource(s, sd.doc), k -> new ArrayList<>());
            if (g.size() < perSource) {
                g.add(sd);
            }
        }
        float maxWhole = (float) best.keySet().stream().mapToDouble(id -> whole.getOrDefault(id, 0f)).max().orElse(0);
        float maxPassage = (float) best.values().stream().mapToDouble(g -> g.get(0).score).max().orElse(0);
        Map<String, Float> score = new HashMap<>();
        for (var e : best.entrySet()) {
            float w = maxWhole > 0 ? whole.getOrDefault(e.getKey(), 0f) / maxWhole : 0;
            float p = maxPassage > 0 ? e.getValue().get(0).score / maxPassage : 0;
            score.put(e.getKey(), weights.wholeText() * w + (1 - weights.wholeText()) * p);
        }
        List<String> ranked = new ArrayList<>(best.keySet());
        ranked.sort((a, b) -> Float.compare(score.get(b), score.get(a)));
        Map<String, List<ScoreDoc>> out = new LinkedHashMap<>();
        for (String id : ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()))) {
            out.put(id, best.get(id));
        }
        return out;
    }

    private static String sourceDoc(IndexSearcher s, int doc) throws IOException {
        return docValue(s, doc, IndexSchema.SOURCE_DOC);
    }

    private static String passageSource(IndexSearcher s, int doc) throws IOException {
        return docValue(s, doc, IndexSchema.SOURCE_ID);
    }

    private static String docValue(IndexSearcher s, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = DocValues.getSorted(leaf.reader(), field);
        return dv.advanceExact(doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
    }
}
