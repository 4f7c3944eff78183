package org.lexgraph.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from text that was broken into lines by a layout (PDF pages, hard-wrapped text files). A blank
 * line ends a paragraph only where the text before it ends a sentence, looks like a heading or stops well short of the
 * text's width (a header's last line, a title), so that text exported with a blank line after every wrapped line still
 * yields whole paragraphs. Words hyphenated at a line end are joined.
 */
public final class Paragraphs {

    private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,3}[.)°]|[a-z][.)]|[-•*▪–]|\\(\\d{1,3}\\)|[ivx]{1,4}[.)])\\s.*");
    private static final Pattern HEADING_WORD = Pattern.compile(
            "^(Artikel|Hoofdstuk|Afdeling|Paragraaf|Titel|Bijlage|§)\\s+\\S+.*");

    private Paragraphs() {
    }

    /** A paragraph and whether it looks like a heading (a short numbered or labelled line on its own). */
    record Paragraph(String text, boolean heading) {
    }

    static List<Paragraph> fromLines(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int bufLines = 0;
        boolean blankSeen = false;
        // the text's width: a line well short of it ended where its author ended it (a header line, a title)
        int width = 0;
        for (String raw : lines) {
            width = Math.max(width, normalise(raw).length());
        }
        int lastLength = 0;
        for (String raw : lines) {
            String line = normalise(raw);
            if (line.isEmpty()) {
                blankSeen = bufLines > 0;
                continue;
            }
            if (bufLines > 0) {
                boolean split;
                if (blankSeen) {
                    split = endsSentence(buf) || LIST_ITEM.matcher(line).matches()
                            || (bufLines == 1 && looksLikeHeading(buf) && !startsLower(line))
                            || (width >= 40 && lastLength < width * 0.45 && !startsLower(line));
                } else {
                    split = LIST_ITEM.matcher(line).matches() && endsClause(buf);
                }
                if (split) {
                    flush(buf, bufLines, out);
                    buf.setLength(0);
                    bufLines = 0;
                }
            }
            if (bufLines > 0) {
                join(buf, line);
            } else {
                buf.append(line);
            }
            bufLines++;
            lastLength = line.length();
            blankSeen = false;
        }
        flush(buf, bufLines, out);
        return out;
    }

    private static void flush(StringBuilder buf, int lines, List<Paragraph> out) {
        if (lines == 0) {
            return;
        }
        String text = buf.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Paragraph(text, lines == 1 && looksLikeHeading(buf) && HEADING_WORD.matcher(text).matches()));
        }
    }

    private static void join(StringBuilder buf, String line) {
        int n = buf.length();
        if (n > 1 && buf.charAt(n - 1) == '-' && Character.isLetter(buf.charAt(n - 2)) && startsLower(line)) {
            buf.setLength(n - 1); // "verblijfs-" + "vergunning"
            buf.append(line);
        } else {
            buf.append(' ').append(line);
        }
    }

    /** Whitespace (including no-break spaces and control characters) collapsed to single spaces, trimmed. */
    public static String normalise(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean endsSentence(CharSequence s) {
        char c = lastChar(s);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '”' || c == '"';
    }

    private static boolean endsClause(CharSequence s) {
        char c = lastChar(s);
        return endsSentence(s) || c == ',';
    }

    private static boolean looksLikeHeading(CharSequence s) {
        char c = lastChar(s);
        return s.length() <= 100 && c != ',' && c != '.' && c != ';' && c != '-';
    }

    private static boolean startsLower(String line) {
        char c = line.charAt(0);
        return Character.isLowerCase(c) || c == '(' || c == '‘' || c == '\'' || c == '"';
    }

    private static char lastChar(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }
}
