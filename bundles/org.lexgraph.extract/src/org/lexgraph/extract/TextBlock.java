package org.lexgraph.extract;

/**
 * A block of text as the format delivered it: a paragraph, list item, table cell or heading, with the page it starts
 * on (1-based; 0 when the format has no pages) and, for structured documents, the structure element it belongs to.
 *
 * @param text the text, whitespace-normalised within lines
 * @param page the page the block starts on, or 0
 * @param headingLevel 0 for body text, 1..6 for headings (1 is the top level)
 * @param element the {@link StructureNode#key() key} of the innermost structure element (article, lid, section)
 *            holding the block, or {@code null} when the document has no structure
 */
public record TextBlock(String text, int page, int headingLevel, String element) {

    public TextBlock(String text, int page, int headingLevel) {
        this(text, page, headingLevel, null);
    }

    public static TextBlock body(String text, int page) {
        return new TextBlock(text, page, 0, null);
    }

    public static TextBlock heading(String text, int page, int level) {
        return new TextBlock(text, page, Math.max(1, Math.min(6, level)), null);
    }

    public boolean isHeading() {
        return headingLevel > 0;
    }

    /** This block placed in a structure element. */
    public TextBlock in(String elementKey) {
        return new TextBlock(text, page, headingLevel, elementKey);
    }
}
