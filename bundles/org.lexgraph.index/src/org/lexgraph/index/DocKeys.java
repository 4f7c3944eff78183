package org.lexgraph.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** The keys documents carry as sorted doc values (their source, section, whole-text document), read by doc id. */
final class DocKeys {

    private DocKeys() {
    }

    /** The key of one document in {@code field}, or null when it has none. */
    static String of(IndexSearcher s, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = DocValues.getSorted(leaf.reader(), field);
        return dv.advanceExact(doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    /**
     * The keys of many documents in {@code field}, in their order (null where a document has none): read leaf by
     * leaf in doc id order, one doc-values iterator per leaf.
     */
    static String[] of(IndexSearcher s, List<ScoreDoc> docs, String field) throws IOException {
        String[] out = new String[docs.size()];
        Integer[] order = new Integer[docs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs.get(i).doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues dv = null;
        for (int i : order) {
            int doc = docs.get(i).doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                dv = DocValues.getSorted(leaf.reader(), field);
            }
            out[i] = dv.advanceExact(doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
        }
        return out;
    }
}
