package org.lexgraph.query;

import java.util.List;
import java.util.Map;

/**
 * The hits of one search, best first, and how many passages matched in all.
 *
 * @param hits the passages found (grouped searches: the passages of {@code groups}, in their order)
 * @param alsoSearched the thesaurus terms the query was widened with, to show the user
 * @param facets passages matched per value of each facet field, over all matches (when asked for)
 * @param groups the sources found, each with its best passages (grouped searches; else empty)
 * @param totalSources how many sources have a matching passage; -1 when not counted (no facets asked for)
 * @param next where to continue for the next page of passages, or null when there is none
 * @param notice one line on how the query was read when it was not taken as typed (broken syntax read as words), or
 *        empty
 */
public record SearchResult(String query, long totalHits, List<SearchHit> hits, List<String> alsoSearched,
        Map<String, Map<String, Long>> facets, List<SourceGroup> groups, long totalSources,
        SearchRequest.Page next, String notice) {

    public SearchResult {
        notice = notice == null ? "" : notice;
        hits = List.copyOf(hits);
        alsoSearched = List.copyOf(alsoSearched);
        groups = List.copyOf(groups);
        // sorted, so that JSON output is the same from run to run
        facets = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(facets));
    }

    public SearchResult(String query, long totalHits, List<SearchHit> hits, List<String> alsoSearched,
            Map<String, Map<String, Long>> facets, List<SourceGroup> groups, long totalSources,
            SearchRequest.Page next) {
        this(query, totalHits, hits, alsoSearched, facets, groups, totalSources, next, "");
    }

    public SearchResult(String query, long totalHits, List<SearchHit> hits, List<String> alsoSearched,
            Map<String, Map<String, Long>> facets) {
        this(query, totalHits, hits, alsoSearched, facets, List.of(), -1, null);
    }

    /** The same hits for {@code typed}, with how it was read. */
    public SearchResult asTyped(String typed, String how) {
        return new SearchResult(typed, totalHits, hits, alsoSearched, facets, groups, totalSources, next, how);
    }

    public SearchResult(String query, long totalHits, List<SearchHit> hits) {
        this(query, totalHits, hits, List.of(), Map.of());
    }
}
