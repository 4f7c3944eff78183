package org.lexgraph.extract.segment;

/**
 * A passage-sized piece of a document: what one search hit shows.
 *
 * @param text the passage text
 * @param page the page it starts on (1-based), or 0 when the format has no pages
 * @param anchor the heading (article, section) it falls under, or an empty string
 * @param element the key of the structure element (article, lid, section) it lies in, or null
 */
public record Segment(String text, int page, String anchor, String element) {

    public Segment(String text, int page, String anchor) {
        this(text, page, anchor, null);
    }
}
