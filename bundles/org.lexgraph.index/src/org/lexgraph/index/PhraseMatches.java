package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.lexgraph.query.QuerySyntaxException;

/**
 * Per phrase, the passages whose own text holds it, as passage id to source id, read from doc values (no stored
 * fields): the theme linker's question, asked for a few hundred words after every import. Of every source, or of some
 * (those an import just brought): then the documents of those sources are found once per segment from their id terms
 * and each phrase's matches are looked for only there, leaping through its postings, so that the work grows with the
 * sources asked about and not with the index. For one searcher, one call.
 */
final class PhraseMatches {

    /** Makes the query of a phrase as the text is analysed. */
    interface Phrases {
        Query of(String phrase) throws QuerySyntaxException;
    }

    private final IndexSearcher searcher;
    private final Phrases phrases;

    PhraseMatches(IndexSearcher searcher, Phrases phrases) {
        this.searcher = searcher;
        this.phrases = phrases;
    }

    /** In every source. */
    Map<String, Map<String, String>> everywhere(Collection<String> words) throws QuerySyntaxException, IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<FixedBitSet> all = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    docs.set(d);
                }
            }
            all.add(leaf.reader().maxDoc() == 0 ? null : docs);
        }
        return find(words, leaves, all);
    }

    /** In the given sources only. */
    Map<String, Map<String, String>> within(Collection<String> words, Set<String> sourceIds)
            throws QuerySyntaxException, IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<FixedBitSet> scope = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = null;
            Terms terms = leaf.reader().terms(IndexSchema.SOURCE_ID);
            Bits live = leaf.reader().getLiveDocs();
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (String id : sourceIds) {
                    if (!te.seekExact(new BytesRef(id))) {
                        continue;
                    }
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            if (docs == null) {
                                docs = new FixedBitSet(leaf.reader().maxDoc());
                            }
                            docs.set(d);
                        }
                    }
                }
            }
            scope.add(docs);
        }
        return find(words, leaves, scope);
    }

    private Map<String, Map<String, String>> find(Collection<String> words, List<LeafReaderContext> leaves,
            List<FixedBitSet> scope) throws QuerySyntaxException, IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String phrase : words) {
            Map<String, String> found = new HashMap<>();
            out.put(phrase, found);
            Weight w = searcher.createWeight(searcher.rewrite(phrases.of(phrase)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (int i = 0; i < leaves.size(); i++) {
                FixedBitSet docs = scope.get(i);
                if (docs != null) {
                    collect(w, leaves.get(i), docs, found);
                }
            }
        }
        return out;
    }

    /** The phrase's matches among the documents of one segment: both in order, each leaps to the other. */
    private static void collect(Weight w, LeafReaderContext leaf, FixedBitSet docs, Map<String, String> found)
            throws IOException {
        ScorerSupplier supplier = w.scorerSupplier(leaf);
        if (supplier == null) {
            return;
        }
        Scorer scorer = supplier.get(docs.cardinality());
        TwoPhaseIterator two = scorer.twoPhaseIterator();
        DocIdSetIterator it = two != null ? TwoPhaseIterator.asDocIdSetIterator(two) : scorer.iterator();
        SortedDocValues passage = DocValues.getSorted(leaf.reader(), IndexSchema.PASSAGE_ID);
        SortedDocValues source = DocValues.getSorted(leaf.reader(), IndexSchema.SOURCE_ID);
        int max = docs.length();
        int target = 0;
        while (target < max) {
            int d = docs.nextSetBit(target);
            if (d == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            int m = it.docID() >= d ? it.docID() : it.advance(d);
            if (m == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (m != d) {
                target = m;
                continue;
            }
            if (passage.advanceExact(d) && source.advanceExact(d)) {
                found.put(passage.lookupOrd(passage.ordValue()).utf8ToString(),
                        source.lookupOrd(source.ordValue()).utf8ToString());
            }
            target = d + 1;
        }
    }
}
