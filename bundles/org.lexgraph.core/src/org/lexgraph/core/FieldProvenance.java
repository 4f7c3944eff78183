package org.lexgraph.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one recognised value of a source came from, and how far to trust it: {@code high} when the file states it
 * in a field made for it (an official XML element or metadata record, a Kamerstuk's header, an act's opening words,
 * an identifier such as an ECLI, a regulation's citation title); {@code medium} when it is read from the text by a
 * rule that is usually right (a letter's subject line, a header line, the file name); {@code low} when it is a guess
 * (a first paragraph taken as title, a word processor's document information, the language from word counts, a kind
 * nothing stated).
 *
 * @param field the field ({@code title}, {@code kind}, {@code date}, {@code municipality}, ...)
 * @param origin where it came from, as recorded at import
 * @param confidence {@code high}, {@code medium} or {@code low}
 */
public record FieldProvenance(String field, String value, String origin, String confidence) {

    private static final Pattern LINE = Pattern.compile("^([\\w.-]+) = (.*) \\((.*)\\)$", Pattern.DOTALL);
    private static final List<String> HIGH = List.of("xml", "metadata", "element", "record", "kamerstuk header",
            "(ecli)", "(kst id)", "(bwb id)", "citation title", "identificatie", "organisatie", "gazette's date",
            "datum inwerkingtreding", "\u201c", "court and uitspraak", "gemeenteblad with articles", "owms",
            "court, date and ecli", "its ecli", "its bwb id", "given with the file", "closing words", "instantie",
            "datum uitspraak", "court code",
            // the official formats' own fields: rechtspraak.nl, CVDR and BWB XML, officielebekendmakingen metadata
            "dcterms:", "psi:", "overheidrg:", "overheidop", "bwb toestand", "bwb citeertitel", "bwb intitule",
            "bwb wetgeving", "bwb artikel");
    private static final List<String> LOW = List.of("pdf document information", "document information",
            "word counts", "nothing", "file's name");

    /** The recorded {@code field = value (origin)} lines, each with its confidence. */
    public static List<FieldProvenance> of(List<String> lines) {
        List<FieldProvenance> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.add(new FieldProvenance(m.group(1), m.group(2), m.group(3), confidence(m.group(1), m.group(3))));
            }
        }
        return out;
    }

    /** How far a value from this origin is to be trusted. */
    static String confidence(String field, String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        // (a title taken from the first paragraph; "text of the first paragraphs" is where many values are read)
        if (o.equals("first paragraph") || LOW.stream().anyMatch(o::contains)) {
            return "low";
        }
        if (HIGH.stream().anyMatch(o::contains)) {
            return "high";
        }
        return "medium";
    }

    /** The line as the CLI prints it: {@code title = … (origin; confidence high)}. */
    @Override
    public String toString() {
        return field + " = " + value + " (" + origin + "; confidence " + confidence + ")";
    }
}
