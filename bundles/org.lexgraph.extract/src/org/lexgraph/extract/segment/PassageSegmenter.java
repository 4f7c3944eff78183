package org.lexgraph.extract.segment;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.extract.TextBlock;

/**
 * Cuts a document's blocks into passages sized for search: short paragraphs under the same heading on the same page
 * are merged, long ones split at sentence ends; no passage crosses a heading (which becomes the passages' anchor) or a
 * page break, nor the border of a structure element (an article or one of its leden), so that a passage is a
 * paragraph or an article member. Immutable and thread-safe.
 */
public final class PassageSegmenter {

    private final int minChars;
    private final int targetChars;
    private final int maxChars;

    /** Passages of about a paragraph: merged up to 300 characters, split beyond 2,000. */
    public PassageSegmenter() {
        this(300, 1200, 2000);
    }

    public PassageSegmenter(int minChars, int targetChars, int maxChars) {
        if (minChars <= 0 || targetChars < minChars || maxChars < targetChars) {
            throw new IllegalArgumentException("need 0 < min <= target <= max");
        }
        this.minChars = minChars;
        this.targetChars = targetChars;
        this.maxChars = maxChars;
    }

    public List<Segment> segment(List<TextBlock> blocks) {
        List<Segment> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int bufPage = 0;
        String bufElement = null;
        String anchor = "";
        boolean lastWasHeading = false;
        int headingLevel = 0;
        for (TextBlock b : blocks) {
            if (b.isHeading()) {
                emit(buf, bufPage, anchor, bufElement, out);
                buf.setLength(0);
                // consecutive headings ("Hoofdstuk 1" then its title) form one anchor; a deeper one refines it
                anchor = lastWasHeading && b.headingLevel() >= headingLevel ? anchor + " – " + b.text() : b.text();
                headingLevel = b.headingLevel();
                lastWasHeading = true;
                continue;
            }
            lastWasHeading = false;
            String text = b.text();
            // a page break ends a passage too, so that every hit's page is the page its words are on
            boolean newPage = buf.length() > 0 && b.page() != bufPage;
            boolean newElement = buf.length() > 0 && !java.util.Objects.equals(b.element(), bufElement);
            if (newPage || newElement
                    || (buf.length() >= minChars && buf.length() + text.length() + 1 > targetChars)) {
                emit(buf, bufPage, anchor, bufElement, out);
                buf.setLength(0);
            }
            if (buf.length() == 0) {
                bufPage = b.page();
                bufElement = b.element();
            } else {
                buf.append('\n');
            }
            buf.append(text);
        }
        emit(buf, bufPage, anchor, bufElement, out);
        if (out.isEmpty() && !anchor.isEmpty()) {
            out.add(new Segment(anchor, blocks.isEmpty() ? 0 : blocks.get(0).page(), "", null));
        }
        return out;
    }

    private void emit(StringBuilder buf, int page, String anchor, String element, List<Segment> out) {
        if (buf.length() == 0) {
            return;
        }
        String text = buf.toString();
        if (text.length() <= maxChars) {
            out.add(new Segment(text, page, anchor, element));
            return;
        }
        for (String piece : splitSentences(text)) {
            out.add(new Segment(piece, page, anchor, element));
        }
    }

    /** Splits over-long text at sentence ends (or at a space when a sentence alone is too long). */
    List<String> splitSentences(String text) {
        List<String> pieces = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl"));
        it.setText(text);
        StringBuilder cur = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end);
            if (cur.length() > 0 && cur.length() + sentence.length() > targetChars) {
                pieces.add(cur.toString().strip());
                cur.setLength(0);
            }
            while (sentence.length() > maxChars) {
                int cut = sentence.lastIndexOf(' ', targetChars);
                cut = cut <= 0 ? targetChars : cut;
                if (cur.length() > 0) {
                    pieces.add(cur.toString().strip());
                    cur.setLength(0);
                }
                pieces.add(sentence.substring(0, cut).strip());
                sentence = sentence.substring(cut);
            }
            cur.append(sentence);
        }
        if (!cur.toString().isBlank()) {
            pieces.add(cur.toString().strip());
        }
        return pieces;
    }
}
