package org.lexgraph.cite;

/**
 * A grammar of citations that a bundle adds to the scanner (through the extension point
 * {@code org.lexgraph.core.citationGrammars}): EU law, a court's own numbering, a municipality's gazette. The scanner
 * asks it at every position where {@link #startsAt} says a citation of its kind may begin, after its own grammars
 * found nothing there. Implementations are stateless and thread-safe, with a public constructor without arguments.
 */
public interface CitationGrammar {

    /**
     * Whether a citation of this grammar may start at {@code i}: a cheap test of the characters there (it is asked
     * for every position of every text), true when in doubt.
     */
    boolean startsAt(CharSequence text, int i);

    /**
     * The citation that starts at {@code pos} and ends at or before {@code end}, or null. Its {@code key} names the
     * cited document the same whatever form it was written in; its fields may hold {@code formatted} (the Leidraad
     * form) and an identifier a permalink is made of (such as {@code celex}).
     */
    Citation parse(CharSequence text, int pos, int end);

    /**
     * The pattern matched at {@code pos}, looking no further than {@code end} (but seeing the text around it for
     * look-behind and word boundaries), or null: how the scanner's own grammars try a pattern at a start.
     */
    static java.util.regex.Matcher lookingAt(java.util.regex.Pattern p, CharSequence text, int pos, int end) {
        java.util.regex.Matcher m = p.matcher(text);
        m.region(pos, end);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** Whether {@code s} is written at {@code i}: the cheap test a {@link #startsAt} is made of. */
    static boolean startsWith(CharSequence t, int i, String s) {
        if (i + s.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t.charAt(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
