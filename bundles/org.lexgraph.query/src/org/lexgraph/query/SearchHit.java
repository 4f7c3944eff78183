package org.lexgraph.query;

import java.util.List;

/**
 * One passage found by a search.
 *
 * @param page 1-based page, 0 when unknown
 * @param snippet the best fragment of the passage, HTML-escaped, matches wrapped in {@code <b>…</b>}
 * @param text the whole passage
 * @param date the source's date as yyyymmdd, 0 when unknown
 * @param highlights where the query matches in {@code text} (when asked for; else empty)
 * @param note the user's notes on the passage, HTML-escaped with the matches in bold, when the query matched them;
 *            else null
 * @param origin whose knowledge base the passage comes from, when the search went to a collection several knowledge
 *            bases publish into (then the name that knowledge base publishes under); null for the knowledge base's own
 *            index
 */
public record SearchHit(String passageId, String sourceId, String title, String kind, String file, int page,
        String anchor, float score, String snippet, String text, int date, List<Span> highlights, String note,
        String origin) {

    /** A match in a passage's text: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Span(int start, int end) {
    }

    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** The source's date as yyyy-mm-dd, or null when unknown. */
    public String isoDate() {
        return isoDate(date);
    }

    /** A yyyymmdd number as yyyy-mm-dd; null for 0. */
    public static String isoDate(int yyyymmdd) {
        return yyyymmdd <= 0 ? null : String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", yyyymmdd / 10000,
                yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    public SearchHit(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, float score, String snippet, String text, int date, List<Span> highlights, String note) {
        this(passageId, sourceId, title, kind, file, page, anchor, score, snippet, text, date, highlights, note, null);
    }

    /** The same hit, from the knowledge base published as {@code name}. */
    public SearchHit from(String name) {
        return new SearchHit(passageId, sourceId, title, kind, file, page, anchor, score, snippet, text, date,
                highlights, note, name);
    }

    public SearchHit(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, float score, String snippet, String text, int date, List<Span> highlights) {
        this(passageId, sourceId, title, kind, file, page, anchor, score, snippet, text, date, highlights, null);
    }

    /** Whether the user's note on the passage matched the query (then {@link #note} is its highlighted snippet). */
    public boolean matchedNote() {
        return note != null && !note.isBlank();
    }

    public SearchHit(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, float score, String snippet, String text) {
        this(passageId, sourceId, title, kind, file, page, anchor, score, snippet, text, 0, List.of());
    }
}
