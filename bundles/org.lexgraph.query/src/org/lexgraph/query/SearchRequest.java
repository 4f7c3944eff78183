package org.lexgraph.query;

/**
 * What to search and how to return it.
 *
 * @param query the user's words in the query syntax; may be null or blank with {@link #likePassage} or citation keys
 * @param limit how many hits (by passage) or sources (by source) to return
 * @param offset how many to skip first (for pages the caller did not see; see {@link #after} for the next page)
 * @param filter restrictions that do not affect the ranking
 * @param order by relevance, or by the source's date (newest first, then relevance)
 * @param facets count all matches per facet field value (an extra pass over the matches)
 * @param perSource 0: one hit per passage; n &gt; 0: hits grouped by source, at most n passages under each
 * @param likePassage find passages like this one (its id) instead of, or besides, the words
 * @param highlights compute where the query matches in each hit's whole text
 * @param after continue after the last hit of an earlier page of the same search (fast at any depth)
 */
public record SearchRequest(String query, int limit, int offset, SearchFilter filter, Order order, boolean facets,
        int perSource, String likePassage, boolean highlights, Page after) {

    /** Result order. */
    public enum Order {
        RELEVANCE, DATE
    }

    /** Where a page of passages ended; valid while the index is not changed. */
    public record Page(int doc, float score, long date) {
    }

    public SearchRequest {
        filter = filter == null ? SearchFilter.NONE : filter;
        order = order == null ? Order.RELEVANCE : order;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (offset < 0 || perSource < 0) {
            throw new IllegalArgumentException("offset and perSource must not be negative");
        }
    }

    /** The words, by passage, ranked by relevance, without facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, 0, SearchFilter.NONE, Order.RELEVANCE, false, 0, null, false, null);
    }

    public SearchRequest withFilter(SearchFilter f) {
        return new SearchRequest(query, limit, offset, f, order, facets, perSource, likePassage, highlights, after);
    }

    public SearchRequest withOrder(Order o) {
        return new SearchRequest(query, limit, offset, filter, o, facets, perSource, likePassage, highlights, after);
    }

    public SearchRequest withFacets(boolean f) {
        return new SearchRequest(query, limit, offset, filter, order, f, perSource, likePassage, highlights, after);
    }

    public SearchRequest bySource(int passagesPerSource) {
        return new SearchRequest(query, limit, offset, filter, order, facets, passagesPerSource, likePassage,
                highlights, after);
    }

    public SearchRequest withOffset(int o) {
        return new SearchRequest(query, limit, o, filter, order, facets, perSource, likePassage, highlights, after);
    }

    public SearchRequest likePassage(String passageId) {
        return new SearchRequest(query, limit, offset, filter, order, facets, perSource, passageId, highlights, after);
    }

    public SearchRequest withHighlights(boolean h) {
        return new SearchRequest(query, limit, offset, filter, order, facets, perSource, likePassage, h, after);
    }

    public SearchRequest after(Page p) {
        return new SearchRequest(query, limit, offset, filter, order, facets, perSource, likePassage, highlights, p);
    }

    public SearchRequest withQuery(String q) {
        return new SearchRequest(q, limit, offset, filter, order, facets, perSource, likePassage, highlights, after);
    }
}
