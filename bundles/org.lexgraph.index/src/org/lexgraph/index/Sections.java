package org.lexgraph.index;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section a passage stands in: for a regulation, its article ("Artikel 66a, lid 5" and "Artikel 66a, lid 3" are
 * both in "Artikel 66a"); elsewhere, the heading it stands under. A question is answered by an article as a whole
 * (one lid says who, the next when), so search weighs a passage by its section's words as well as by its own.
 * Passages outside the articles of a regulation (long title, preamble, signatures) and passages without a heading
 * belong to no section.
 */
public final class Sections {

    /** An article's number as anchors write it: 10, 66a, 1.2.1, 1:19e, 7.32, IV, 2bis. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:artikel|art\\.?|article)\\s+([0-9]+[0-9a-z]*(?:[.:][0-9]+[0-9a-z]*)*|[ivxlc]+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A part of an article named after it: ", lid 2", ", onderdeel a", ", sub 3". */
    private static final Pattern PART = Pattern.compile(",\\s*(?:lid|leden|onderdeel|onderdelen|sub|aanhef)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private Sections() {
    }

    /** The key of the section {@code p} stands in, unique in the index, or null when it stands in none. */
    static String keyOf(PassageRecord p) {
        String name = nameOf(p);
        return name == null ? null : p.sourceId() + "\u0001" + name;
    }

    /** The name of the section {@code p} stands in, unique in its source, or null when it stands in none. */
    public static String nameOf(PassageRecord p) {
        if (p.keywords().getOrDefault(IndexSchema.PART, List.of()).contains(IndexSchema.OUTSIDE_ARTICLE)) {
            return null;
        }
        return nameOf(p.anchor());
    }

    /** "Artikel 66a" for "Artikel 66a, lid 5"; a heading as it is; null for none. */
    static String nameOf(String anchor) {
        if (anchor == null || anchor.isBlank()) {
            return null;
        }
        String a = anchor.strip().replaceAll("\\s+", " ");
        Matcher article = ARTICLE.matcher(a);
        if (article.find()) {
            return "artikel " + article.group(1).toLowerCase(Locale.ROOT);
        }
        return PART.matcher(a).replaceFirst("");
    }
}
