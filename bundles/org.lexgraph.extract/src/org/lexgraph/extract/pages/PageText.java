package org.lexgraph.extract.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one PDF page with where each character stands, to find a passage or a match on the printed page. Text
 * is compared as searches compare it: without regard to case and runs of white space, a word broken with a hyphen at
 * a line's end read whole.
 */
public final class PageText {

    /**
     * A rectangle on the page, as fractions of its width and height from the top left (so it fits any zoom).
     */
    public record Box(float x, float y, float width, float height) {
    }

    private final float pageWidth;
    private final float pageHeight;
    /** The page's characters, lower case, one space for any run of white space. */
    private final StringBuilder normal = new StringBuilder();
    /** The same characters as printed (case kept), for the words a reader selects on the page. */
    private final StringBuilder printed = new StringBuilder();
    /** For each character of {@link #normal}: its box in page units, or null (a space put between words). */
    private final List<float[]> boxes = new ArrayList<>();

    PageText(float pageWidth, float pageHeight) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
    }

    /** Adds a character with its box (x, y of the top, width, height; page units). */
    void add(String ch, float x, float y, float w, float h) {
        for (int i = 0; i < ch.length(); i++) {
            char c = ch.charAt(i);
            if (Character.isWhitespace(c)) {
                space();
            } else {
                normal.append(Character.toLowerCase(c));
                printed.append(c);
                boxes.add(new float[] {x, y, w, h});
            }
        }
    }

    /** A break between words or lines: one space, however many come. */
    void space() {
        if (normal.length() > 0 && normal.charAt(normal.length() - 1) != ' ') {
            normal.append(' ');
            printed.append(' ');
            boxes.add(null);
        }
    }

    /** A line's end: a hyphen that broke a word there is dropped so that the word reads whole. */
    void lineEnd() {
        int n = normal.length();
        if (n >= 2 && normal.charAt(n - 1) == '-' && Character.isLetter(normal.charAt(n - 2))) {
            normal.setLength(n - 1);
            printed.setLength(n - 1);
            boxes.remove(boxes.size() - 1);
            return;
        }
        space();
    }

    /** The page's text as compared (for tests). */
    public String text() {
        return normal.toString();
    }

    /** Whether the page has text at all (a scan without a text layer has none). */
    public boolean hasText() {
        return !boxes.isEmpty();
    }

    /**
     * Where a passage stands on this page, one box per line: found by its opening words, ending at its closing words
     * (or the page's end, when it runs on); a passage that began on the page before is found by its closing words.
     */
    public List<Box> passage(String passageText) {
        String p = normalise(passageText);
        if (p.isEmpty() || !hasText()) {
            return List.of();
        }
        String head = p.substring(0, Math.min(60, p.length()));
        String tail = p.substring(Math.max(0, p.length() - 60));
        String page = normal.toString();
        int start = page.indexOf(head);
        if (start >= 0) {
            int tailAt = page.indexOf(tail, start);
            int end = tailAt >= 0 ? tailAt + tail.length() : page.length();
            return blocks(lines(start, end));
        }
        int tailAt = page.indexOf(tail);
        return tailAt >= 0 ? blocks(lines(0, tailAt + tail.length())) : List.of();
    }

    /**
     * Lines that follow each other closely as one block (a paragraph outlined once, not line by line); a wide gap (a
     * heading set apart, the next column) starts another.
     */
    static List<Box> blocks(List<Box> lines) {
        List<Box> out = new ArrayList<>();
        Box block = null;
        for (Box l : lines) {
            if (block != null && l.y() >= block.y() && l.y() - (block.y() + block.height()) < l.height() * 1.2f) {
                float x0 = Math.min(block.x(), l.x());
                float x1 = Math.max(block.x() + block.width(), l.x() + l.width());
                block = new Box(x0, block.y(), x1 - x0, l.y() + l.height() - block.y());
            } else {
                if (block != null) {
                    out.add(block);
                }
                block = l;
            }
        }
        if (block != null) {
            out.add(block);
        }
        return out;
    }

    /**
     * The words whose letters stand in a rectangle of the page (fractions of its width and height, from its top left),
     * in reading order, as printed: what a reader selects by dragging over the page.
     */
    public String textIn(float x0, float y0, float x1, float y1) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < boxes.size(); i++) {
            float[] b = boxes.get(i);
            if (b == null) {
                gap = true;
                continue;
            }
            float cx = (b[0] + b[2] / 2) / pageWidth;
            float cy = (b[1] + b[3] / 2) / pageHeight;
            if (cx >= Math.min(x0, x1) && cx <= Math.max(x0, x1) && cy >= Math.min(y0, y1) && cy <= Math.max(y0, y1)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(printed.charAt(i));
                gap = false;
            } else if (out.length() > 0) {
                gap = true;
            }
        }
        return out.toString().strip();
    }

    /**
     * Where one occurrence of words stands: the one with the given text before and after it (as much of that as is
     * on the page), one box per line; every occurrence when none has that context.
     */
    public List<Box> occurrence(String before, String words, String after) {
        String w = normalise(words);
        if (w.isEmpty() || !hasText()) {
            return List.of();
        }
        String page = normal.toString();
        for (int keep : new int[] {40, 15}) {
            String b = normalise(before.substring(Math.max(0, before.length() - keep)));
            String a = normalise(after.substring(0, Math.min(after.length(), keep)));
            String ctx = ((b.isEmpty() ? "" : b + " ") + w + (a.isEmpty() ? "" : " " + a)).replace("  ", " ");
            int at = page.indexOf(ctx);
            if (at < 0 && !b.isEmpty()) {
                at = page.indexOf(b + w);
                ctx = b + w;
            }
            if (at >= 0) {
                int in = page.indexOf(w, at + Math.max(0, ctx.indexOf(w)));
                if (in >= 0) {
                    return lines(in, in + w.length());
                }
            }
        }
        return matches(words);
    }

    /** Every place the words stand on the page, one box per line they take. */
    public List<Box> matches(String words) {
        String w = normalise(words);
        if (w.isEmpty() || !hasText()) {
            return List.of();
        }
        List<Box> out = new ArrayList<>();
        String page = normal.toString();
        for (int at = page.indexOf(w); at >= 0; at = page.indexOf(w, at + w.length())) {
            out.addAll(lines(at, at + w.length()));
        }
        return out;
    }

    /** The characters from {@code start} to {@code end} as one box per line (a new line where y jumps). */
    private List<Box> lines(int start, int end) {
        List<Box> out = new ArrayList<>();
        float[] line = null;
        for (int i = start; i < end && i < boxes.size(); i++) {
            float[] b = boxes.get(i);
            if (b == null) {
                continue;
            }
            if (line != null && Math.abs(b[1] - line[1]) > Math.max(b[3], line[3]) * 0.6f) {
                out.add(box(line));
                line = null;
            }
            if (line == null) {
                line = b.clone();
            } else {
                float x0 = Math.min(line[0], b[0]);
                float y0 = Math.min(line[1], b[1]);
                float x1 = Math.max(line[0] + line[2], b[0] + b[2]);
                float y1 = Math.max(line[1] + line[3], b[1] + b[3]);
                line = new float[] {x0, y0, x1 - x0, y1 - y0};
            }
        }
        if (line != null) {
            out.add(box(line));
        }
        return out;
    }

    private Box box(float[] b) {
        return new Box(b[0] / pageWidth, b[1] / pageHeight, b[2] / pageWidth, b[3] / pageHeight);
    }

    /** Lower case, one space for any run of white space, a hyphen that broke a word across lines dropped. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
