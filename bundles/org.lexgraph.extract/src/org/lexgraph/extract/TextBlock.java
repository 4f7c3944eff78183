package org.lexgraph.extract;

/**
 * A block of text as the format delivered it: a paragraph, list item, table cell or heading, with the page it starts
 * on (1-based; 0 when the format has no pages).
 *
 * @param text the text, whitespace-normalised within lines
 * @param page the page the block starts on, or 0
 * @param headingLevel 0 for body text, 1..6 for headings (1 is the top level)
 */
public record TextBlock(String text, int page, int headingLevel) {

    public static TextBlock body(String text, int page) {
        return new TextBlock(text, page, 0);
    }

    public static TextBlock heading(String text, int page, int level) {
        return new TextBlock(text, page, Math.max(1, Math.min(6, level)));
    }

    public boolean isHeading() {
        return headingLevel > 0;
    }
}
