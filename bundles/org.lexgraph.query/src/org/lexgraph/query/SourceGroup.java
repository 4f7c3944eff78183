package org.lexgraph.query;

import java.util.List;

/** A source among the results, with its best-matching passages (best first). */
public record SourceGroup(String sourceId, String title, String kind, String file, int date, float score,
        List<SearchHit> hits) {

    public SourceGroup {
        hits = List.copyOf(hits);
    }
}
