package org.lexgraph.index;

import java.util.List;

/**
 * The hits of one search, best first, and how many passages matched in all.
 *
 * @param alsoSearched the thesaurus terms the query was widened with, to show the user
 */
public record SearchResult(String query, long totalHits, List<SearchHit> hits, List<String> alsoSearched) {

    public SearchResult {
        hits = List.copyOf(hits);
        alsoSearched = List.copyOf(alsoSearched);
    }

    public SearchResult(String query, long totalHits, List<SearchHit> hits) {
        this(query, totalHits, hits, List.of());
    }
}
