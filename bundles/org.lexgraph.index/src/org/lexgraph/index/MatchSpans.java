package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.lexgraph.query.SearchHit;

/**
 * Where a query matches in passages' text, as character spans: the whole passage highlighted as one, every match
 * reported (for the Document view's marks and the theme linker's evidence).
 */
final class MatchSpans {

    private MatchSpans() {
    }

    /** The spans of each document (in index order, as the highlighter wants them): a list each, or null. */
    static Object[] of(IndexSearcher s, Analyzer analyzer, Query query, int[] sortedDocs) throws IOException {
        return new SpanHighlighter(s, analyzer).spans(query, sortedDocs);
    }

    /**
     * Where {@code query} matches in each of the given passages (passages without a match left out): only the spans,
     * with no snippet and no stored field but the id read (the theme linker asks this after every import).
     */
    static Map<String, List<SearchHit.Span>> inPassages(IndexSearcher s, Analyzer analyzer, Query query,
            Collection<String> passageIds) throws IOException {
        List<BytesRef> ids = passageIds.stream().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.PASSAGE_ID, ids), BooleanClause.Occur.FILTER).build();
        TopDocs top = s.search(q, Math.max(1, passageIds.size()));
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
        Object[] spans = docs.length == 0 ? new Object[0] : of(s, analyzer, q, docs);
        StoredFields stored = s.storedFields();
        Set<String> idOnly = Set.of(IndexSchema.PASSAGE_ID);
        Map<String, List<SearchHit.Span>> out = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (spans[i] instanceof List<?> l && !l.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<SearchHit.Span> sp = (List<SearchHit.Span>) l;
                out.put(stored.document(docs[i], idOnly).get(IndexSchema.PASSAGE_ID), sp);
            }
        }
        return out;
    }

    /** Gives the formatter's objects (the spans) rather than strings. */
    private static final class SpanHighlighter extends UnifiedHighlighter {
        SpanHighlighter(IndexSearcher s, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(s, analyzer).withBreakIterator(WholeBreakIterator::new)
                    .withFormatter(new SpanFormatter()).withMaxLength(1_000_000));
        }

        Object[] spans(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexSchema.TEXT}, query, docs, new int[] {1})
                    .get(IndexSchema.TEXT);
        }
    }

    /** Every match of the whole passage as a span; a phrase (or a words-close-together boost) gives its words. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchHit.Span> out = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    out.add(new SearchHit.Span(p.getMatchStarts()[i], p.getMatchEnds()[i]));
                }
            }
            out.sort(java.util.Comparator.comparingInt(SearchHit.Span::start).thenComparingInt(SearchHit.Span::end));
            List<SearchHit.Span> kept = new ArrayList<>();
            for (SearchHit.Span sp : out) {
                if (kept.isEmpty() || sp.start() >= kept.get(kept.size() - 1).end()) {
                    kept.add(sp);
                }
            }
            return kept;
        }
    }
}
