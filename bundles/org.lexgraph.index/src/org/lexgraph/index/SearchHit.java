package org.lexgraph.index;

/**
 * One passage found by a search.
 *
 * @param page 1-based page, 0 when unknown
 * @param snippet the best fragment of the passage, HTML-escaped, matches wrapped in {@code <b>…</b>}
 * @param text the whole passage
 */
public record SearchHit(String passageId, String sourceId, String title, String kind, String file, int page,
        String anchor, float score, String snippet, String text) {
}
