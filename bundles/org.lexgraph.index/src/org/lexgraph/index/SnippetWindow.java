package org.lexgraph.index;

/**
 * A long snippet cut to a window around its first match: a lid that is one long sentence ("a. …; b. …; c. …") would
 * otherwise be shown whole. The window starts a little before the first marked word and ends at a word boundary
 * after {@link #MAX} characters, never inside a marked word; what is cut off is shown as "…".
 */
final class SnippetWindow {

    /** The longest snippet shown as it is (characters, markup included). */
    static final int MAX = 320;
    private static final int BEFORE = 80;

    private SnippetWindow() {
    }

    static String of(String snippet) {
        if (snippet == null || snippet.length() <= MAX) {
            return snippet;
        }
        int mark = snippet.indexOf("<b>");
        int start = mark <= BEFORE ? 0 : snippet.lastIndexOf(' ', mark - BEFORE);
        start = start < 0 ? 0 : start;
        int end = Math.min(snippet.length(), start + MAX);
        if (end < snippet.length()) {
            int space = snippet.lastIndexOf(' ', end);
            end = space > start + MAX / 2 ? space : end;
            // never between <b> and </b>
            int open = snippet.lastIndexOf("<b>", end);
            int close = snippet.lastIndexOf("</b>", end);
            if (open > close) {
                int after = snippet.indexOf("</b>", end);
                end = after < 0 ? snippet.length() : after + 4;
            }
        }
        String cut = snippet.substring(start, end).strip();
        return (start > 0 ? "… " : "") + cut + (end < snippet.length() ? " …" : "");
    }
}
