package org.lexgraph.index;

import java.util.List;

/** The hits of one search, best first, and how many passages matched in all. */
public record SearchResult(String query, long totalHits, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
