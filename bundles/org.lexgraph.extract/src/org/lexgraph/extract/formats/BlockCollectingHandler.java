package org.lexgraph.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lexgraph.extract.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML output into text blocks: every paragraph, list item, table cell and heading becomes a block;
 * text in the document head is ignored. Not thread-safe: one handler per parse.
 */
final class BlockCollectingHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dt", "dd", "pre", "blockquote", "div",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "caption", "section", "article", "table", "ul", "ol", "body");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private long total;
    private int headDepth;
    private int headingLevel;

    BlockCollectingHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    List<TextBlock> blocks() {
        flush();
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
        } else if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingLevel = name.charAt(1) - '0';
            }
        } else if (name.equals("br")) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (BLOCKS.contains(name)) {
            flush();
            headingLevel = 0;
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0 || total > maxChars) {
            return;
        }
        text.append(ch, start, length);
        total += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    boolean truncated() {
        return total > maxChars;
    }

    private void flush() {
        String t = Paragraphs.normalise(text.toString());
        text.setLength(0);
        if (!t.isEmpty()) {
            blocks.add(headingLevel > 0 ? TextBlock.heading(t, 0, headingLevel) : TextBlock.body(t, 0));
        }
    }
}
