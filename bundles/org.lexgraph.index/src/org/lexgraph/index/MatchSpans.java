package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
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
     * as the highlighter gives them (a phrase's words each), read from the offsets the index keeps through Lucene's
     * matches, with no stored field but the id read (the theme linker asks this for every ask after every import;
     * the highlighter read and scanned every passage's text).
     */
    static Map<String, List<SearchHit.Span>> inPassages(IndexSearcher s, Query query, Collection<String> passageIds)
            throws IOException {
        List<BytesRef> ids = passageIds.stream().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.PASSAGE_ID, ids), BooleanClause.Occur.FILTER).build();
        TopDocs top = s.search(q, Math.max(1, passageIds.size()));
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
        Map<String, List<SearchHit.Span>> out = new HashMap<>();
        if (docs.length == 0) {
            return out;
        }
        Weight weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoredFields stored = s.storedFields();
        Set<String> idOnly = Set.of(IndexSchema.PASSAGE_ID);
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            MatchesIterator it = matches == null ? null : matches.getMatches(IndexSchema.TEXT);
            if (it == null) {
                continue;
            }
            List<SearchHit.Span> spans = new ArrayList<>();
            while (it.next()) {
                MatchesIterator words = it.getSubMatches();
                if (words == null) {
                    add(spans, it);
                } else {
                    while (words.next()) {
                        add(spans, words);
                    }
                }
            }
            List<SearchHit.Span> kept = withoutOverlaps(spans);
            if (!kept.isEmpty()) {
                out.put(stored.document(doc, idOnly).get(IndexSchema.PASSAGE_ID), kept);
            }
        }
        return out;
    }

    private static void add(List<SearchHit.Span> spans, MatchesIterator m) throws IOException {
        if (m.startOffset() >= 0 && m.endOffset() > m.startOffset()) {
            spans.add(new SearchHit.Span(m.startOffset(), m.endOffset()));
        }
    }

    /** In text order; of spans that overlap, the first (the shorter when they start together) kept. */
    static List<SearchHit.Span> withoutOverlaps(List<SearchHit.Span> spans) {
        List<SearchHit.Span> out = new ArrayList<>(spans);
        out.sort(java.util.Comparator.comparingInt(SearchHit.Span::start).thenComparingInt(SearchHit.Span::end));
        List<SearchHit.Span> kept = new ArrayList<>();
        for (SearchHit.Span sp : out) {
            if (kept.isEmpty() || sp.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(sp);
            }
        }
        return kept;
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
            return withoutOverlaps(out);
        }
    }
}
