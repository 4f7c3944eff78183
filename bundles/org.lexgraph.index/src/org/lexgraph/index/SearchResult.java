package org.lexgraph.index;

import java.util.List;
import java.util.Map;

/**
 * The hits of one search, best first, and how many passages matched in all.
 *
 * @param alsoSearched the thesaurus terms the query was widened with, to show the user
 * @param facets passages matched per value of a facet field ({@code kind}, {@code year}), over all matches
 */
public record SearchResult(String query, long totalHits, List<SearchHit> hits, List<String> alsoSearched,
        Map<String, Map<String, Long>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        alsoSearched = List.copyOf(alsoSearched);
        // sorted, so that JSON output is the same from run to run
        facets = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(facets));
    }

    public SearchResult(String query, long totalHits, List<SearchHit> hits) {
        this(query, totalHits, hits, List.of(), Map.of());
    }
}
