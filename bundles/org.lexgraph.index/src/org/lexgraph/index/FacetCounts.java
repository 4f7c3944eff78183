package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the passages a query matches per value of the facet fields ({@link IndexSchema#FACET_FIELDS}) and the
 * distinct sources they belong to, from doc values, in one pass over the matches. Values are counted by ordinal per
 * segment and named once per segment. One instance per search; each collector is used by one thread.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counts> {

    /** The key under which the number of distinct matching sources is reported. */
    static final String SOURCES = "sources";

    /** Counts per field and value, and the matching sources. */
    record Counts(Map<String, Map<String, Long>> fields, long sources) {
    }

    private final List<String> fields;

    /** Counts the given facet fields (a subset of {@link IndexSchema#FACET_FIELDS}). */
    FacetCounts(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    final class Counter extends SimpleCollector {
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        final Set<String> sources = new HashSet<>();
        private final List<String> ordFields = new ArrayList<>();
        private SortedDocValues kind;
        private SortedDocValues source;
        private NumericDocValues year;
        private SortedSetDocValues[] sets;
        private int[] kindCounts;
        private int[][] setCounts;
        private org.apache.lucene.util.FixedBitSet sourceOrds;
        private final long[] yearCounts = new long[10_000];

        Counter() {
            for (String f : fields) {
                counts.put(f, new TreeMap<>());
                if (!f.equals(IndexSchema.KIND) && !f.equals(IndexSchema.YEAR)) {
                    ordFields.add(f);
                }
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            var r = context.reader();
            kind = fields.contains(IndexSchema.KIND) ? DocValues.getSorted(r, IndexSchema.KIND) : null;
            kindCounts = kind == null ? null : new int[kind.getValueCount()];
            year = fields.contains(IndexSchema.YEAR) ? DocValues.getNumeric(r, IndexSchema.YEAR) : null;
            source = DocValues.getSorted(r, IndexSchema.SOURCE_ID);
            sourceOrds = new org.apache.lucene.util.FixedBitSet(Math.max(1, source.getValueCount()));
            sets = new SortedSetDocValues[ordFields.size()];
            setCounts = new int[ordFields.size()][];
            for (int i = 0; i < sets.length; i++) {
                sets[i] = DocValues.getSortedSet(r, IndexSchema.facetField(ordFields.get(i)));
                setCounts[i] = new int[(int) sets[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            if (kind != null && kind.advanceExact(doc)) {
                kindCounts[kind.ordValue()]++;
            }
            if (year != null && year.advanceExact(doc)) {
                long y = year.longValue();
                if (y > 0 && y < yearCounts.length) {
                    yearCounts[(int) y]++;
                }
            }
            if (source.advanceExact(doc)) {
                sourceOrds.set(source.ordValue());
            }
            for (int i = 0; i < sets.length; i++) {
                SortedSetDocValues dv = sets[i];
                if (dv.advanceExact(doc)) {
                    for (int n = 0; n < dv.docValueCount(); n++) {
                        setCounts[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        /** Names the counts of the segment just collected. */
        void flush() throws IOException {
            if (kindCounts != null) {
                for (int o = 0; o < kindCounts.length; o++) {
                    if (kindCounts[o] > 0) {
                        counts.get(IndexSchema.KIND).merge(kind.lookupOrd(o).utf8ToString(), (long) kindCounts[o],
                                Long::sum);
                    }
                }
                kindCounts = null;
            }
            if (setCounts != null) {
                for (int i = 0; i < setCounts.length; i++) {
                    for (int o = 0; o < setCounts[i].length; o++) {
                        if (setCounts[i][o] > 0) {
                            counts.get(ordFields.get(i)).merge(sets[i].lookupOrd(o).utf8ToString(),
                                    (long) setCounts[i][o], Long::sum);
                        }
                    }
                }
                setCounts = null;
            }
            if (sourceOrds != null) {
                for (int o = 0; o < source.getValueCount(); o++) {
                    if (sourceOrds.get(o)) {
                        sources.add(source.lookupOrd(o).utf8ToString());
                    }
                }
                sourceOrds = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        Set<String> sources = new HashSet<>();
        for (String f : fields) {
            out.put(f, new TreeMap<>());
        }
        for (Counter c : counters) {
            c.flush();
            if (out.containsKey(IndexSchema.YEAR)) {
                for (int y = 0; y < c.yearCounts.length; y++) {
                    if (c.yearCounts[y] > 0) {
                        out.get(IndexSchema.YEAR).merge(Integer.toString(y), c.yearCounts[y], Long::sum);
                    }
                }
            }
            c.counts.forEach((f, m) -> m.forEach((k, v) -> out.get(f).merge(k, v, Long::sum)));
            sources.addAll(c.sources);
        }
        return new Counts(out, sources.size());
    }
}
