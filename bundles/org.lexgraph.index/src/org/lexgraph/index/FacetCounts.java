package org.lexgraph.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the passages a query matches per source kind and per year, from doc values, in one pass over the matches.
 * One instance per search; the collectors it makes are used by one thread each.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    /** Counts one segment's matches at a time. */
    static final class Counter extends SimpleCollector {
        final Map<String, Long> kinds = new TreeMap<>();
        final Map<String, Long> years = new TreeMap<>();
        private SortedDocValues kind;
        private NumericDocValues year;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            kind = DocValues.getSorted(context.reader(), IndexSchema.KIND);
            year = DocValues.getNumeric(context.reader(), IndexSchema.YEAR);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (kind.advanceExact(doc)) {
                kinds.merge(kind.lookupOrd(kind.ordValue()).utf8ToString(), 1L, Long::sum);
            }
            if (year.advanceExact(doc)) {
                years.merge(Long.toString(year.longValue()), 1L, Long::sum);
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
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> years = new TreeMap<>();
        for (Counter c : counters) {
            c.kinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
            c.years.forEach((k, v) -> years.merge(k, v, Long::sum));
        }
        Map<String, Map<String, Long>> out = new TreeMap<>();
        out.put(IndexSchema.KIND, kinds);
        out.put(IndexSchema.YEAR, years);
        return out;
    }
}
