package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Ranking's evidence from the embedded index: its whole-text documents of sources and sections ({@link
 * IndexSchema#SOURCE_DOC}, {@link IndexSchema#SECTION_DOC}) and its passages, read with one searcher. A passage is
 * referred to by its {@link ScoreDoc}. Not thread-safe; one per search.
 */
final class IndexEvidence implements RankingEvidence<ScoreDoc> {

    private final IndexSearcher searcher;
    private final Query passages;
    private final int scanLimit;

    /**
     * @param passages the search's passage query, with its filters
     * @param scanLimit how many passages at most are read for {@link #passagesIn}
     */
    IndexEvidence(IndexSearcher searcher, Query passages, int scanLimit) {
        this.searcher = searcher;
        this.passages = passages;
        this.scanLimit = scanLimit;
    }

    /** The passages found, with their sources' and sections' keys, in their order. */
    List<RankedPassage<ScoreDoc>> ranked(List<ScoreDoc> docs) throws IOException {
        String[] sources = DocKeys.of(searcher, docs, IndexSchema.SOURCE_ID);
        String[] sections = DocKeys.of(searcher, docs, IndexSchema.SECTION);
        List<RankedPassage<ScoreDoc>> out = new ArrayList<>(docs.size());
        for (int i = 0; i < sources.length; i++) {
            out.add(new RankedPassage<>(docs.get(i), docs.get(i).score, sources[i], sections[i]));
        }
        return out;
    }

    /** The passages' own references, in their order. */
    static List<ScoreDoc> docs(Collection<RankedPassage<ScoreDoc>> ranked) {
        return ranked.stream().map(RankedPassage::ref).toList();
    }

    @Override
    public Map<String, Float> sectionScores(Set<String> keys, Query query) throws IOException {
        return scores(keys, IndexSchema.SECTION_DOC, query);
    }

    @Override
    public Map<String, Float> sourceScores(Set<String> keys, Query query) throws IOException {
        return scores(keys, IndexSchema.SOURCE_DOC, query);
    }

    @Override
    public List<String> bestSources(Query wholeText, int n) throws IOException {
        return java.util.Arrays.stream(DocKeys.of(searcher, List.of(searcher.search(wholeText, n).scoreDocs),
                IndexSchema.SOURCE_DOC)).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<RankedPassage<ScoreDoc>> passagesIn(Collection<String> sources, int perSource) throws IOException {
        Query inSources = new BooleanQuery.Builder().add(passages, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.SOURCE_ID, bytes(sources)), BooleanClause.Occur.FILTER).build();
        int n = Math.max(1, Math.min(searcher.count(inSources), scanLimit));
        Map<String, Integer> taken = new HashMap<>();
        List<RankedPassage<ScoreDoc>> out = new ArrayList<>();
        for (RankedPassage<ScoreDoc> p : ranked(List.of(searcher.search(inSources, n).scoreDocs))) {
            if (taken.merge(p.source(), 1, Integer::sum) <= perSource) {
                out.add(p);
            }
        }
        return out;
    }

    /** The scores for {@code query} of the whole-text documents ({@code docField}) with the given keys, by key. */
    private Map<String, Float> scores(Set<String> keys, String docField, Query query) throws IOException {
        Query ofThese = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(docField, bytes(keys)), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] found = searcher.search(ofThese, keys.size()).scoreDocs;
        String[] foundKeys = DocKeys.of(searcher, List.of(found), docField);
        Map<String, Float> out = new HashMap<>();
        for (int i = 0; i < found.length; i++) {
            out.put(foundKeys[i], found[i].score);
        }
        return out;
    }

    private static List<BytesRef> bytes(Collection<String> keys) {
        return keys.stream().map(BytesRef::new).toList();
    }
}
