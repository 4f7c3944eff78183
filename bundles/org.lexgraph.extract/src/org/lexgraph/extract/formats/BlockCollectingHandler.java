package org.lexgraph.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lexgraph.extract.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML output into text blocks: every paragraph, list item, table cell and heading becomes a block;
 * text in the document head is ignored. For a web page, the site around the document ({@link PageChrome}: menus,
 * breadcrumbs, cookie banners, footers) is left out, and when the page marks its main content only that is kept.
 * Not thread-safe: one handler per parse.
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
    /** Per open element: whether it started chrome, main content, both or neither (bit 1 chrome, bit 2 main). */
    private final java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    private int chromeDepth;
    private int mainDepth;
    /** Whether each block stood in the page's main content. */
    private final List<Boolean> inMain = new ArrayList<>();
    private boolean sawMain;
    private String firstHeading;
    private String firstMainHeading;

    BlockCollectingHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    List<TextBlock> blocks() {
        flush();
        if (!sawMain || inMain.stream().noneMatch(b -> b)) {
            return blocks;
        }
        List<TextBlock> main = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (inMain.get(i)) {
                main.add(blocks.get(i));
            }
        }
        return main;
    }

    /** The page's first level-one heading, in its main content when it marks one; null when there is none. */
    String firstHeading() {
        return firstMainHeading != null ? firstMainHeading : firstHeading;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
        int state = 0;
        if (PageChrome.isChrome(name, atts, mainDepth > 0)) {
            state |= 1;
        } else if (PageChrome.isMain(name, atts)) {
            state |= 2;
        }
        if (state != 0) {
            flush();
        }
        chromeDepth += state & 1;
        mainDepth += (state & 2) >> 1;
        sawMain |= (state & 2) != 0;
        open.push(state);
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
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
        if (name.equals("head")) {
            headDepth--;
        } else if (BLOCKS.contains(name)) {
            flush();
            headingLevel = 0;
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        }
        int state = open.isEmpty() ? 0 : open.pop();
        if (state != 0) {
            flush();
        }
        chromeDepth -= state & 1;
        mainDepth -= (state & 2) >> 1;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0 || chromeDepth > 0 || total > maxChars) {
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
            inMain.add(mainDepth > 0);
            if (headingLevel == 1 && firstHeading == null) {
                firstHeading = t;
            }
            if (headingLevel == 1 && mainDepth > 0 && firstMainHeading == null) {
                firstMainHeading = t;
            }
        }
    }
}
