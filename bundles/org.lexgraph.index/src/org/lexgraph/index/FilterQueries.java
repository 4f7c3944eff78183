package org.lexgraph.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.lexgraph.query.SearchFilter;

/** A search filter as Lucene filter clauses: keyword fields as term sets, years as points, sources, a date range. */
final class FilterQueries {

    private FilterQueries() {
    }

    /**
     * {@code query} restricted to what the filter lets through (field values, sources, dates); the query itself when
     * the filter is empty.
     */
    static Query apply(Query query, SearchFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filter.values().forEach((field, values) -> {
            if (IndexSchema.YEAR.equals(field)) {
                b.add(org.apache.lucene.document.IntPoint.newSetQuery(field,
                        values.stream().mapToInt(v -> Integer.parseInt(v.strip())).toArray()), BooleanClause.Occur.FILTER);
            } else {
                List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>();
                values.forEach(v -> terms.add(new org.apache.lucene.util.BytesRef(
                        IndexSchema.KIND.equals(field) ? v.strip() : IndexSchema.keyword(v))));
                b.add(new org.apache.lucene.search.TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
            }
        });
        if (filter.sourceIds() != null) {
            List<org.apache.lucene.util.BytesRef> ids = new ArrayList<>();
            filter.sourceIds().forEach(id -> ids.add(new org.apache.lucene.util.BytesRef(id)));
            b.add(new org.apache.lucene.search.TermInSetQuery(IndexSchema.SOURCE_ID, ids), BooleanClause.Occur.FILTER);
        }
        if (filter.dateFrom() > 0 || filter.dateTo() > 0) {
            b.add(org.apache.lucene.document.IntPoint.newRangeQuery(IndexSchema.DATE, filter.dateFrom(),
                    filter.dateTo() > 0 ? filter.dateTo() : Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
