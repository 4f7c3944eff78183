package org.lexgraph.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks CSL-JSON against the rules of the CSL data schema (csl-data.json, CSL 1.0.2) that matter for an import into
 * Zotero: an array of items, each with a string {@code id}, a {@code type} from the schema's list, only variables the
 * schema defines, strings where it wants strings and {@code date-parts} in dates. Read with Jackson.
 */
final class CslCheck {

    static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine", "article-newspaper",
            "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
            "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
            "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference",
            "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
            "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage");
    /** The string variables of csl-data.json that Lexgraph may write, and the dates. */
    static final Set<String> STRINGS = Set.of("id", "type", "title", "jurisdiction", "number", "authority", "URL",
            "note", "abstract", "language", "container-title", "publisher", "genre", "page", "section", "source");
    static final Set<String> DATES = Set.of("issued", "accessed", "submitted", "event-date");

    private CslCheck() {
    }

    static void validate(String json, int items) {
        Object parsed;
        try {
            parsed = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(parsed instanceof List<?> list)) {
            throw new AssertionError("CSL-JSON is an array of items");
        }
        if (list.size() != items) {
            throw new AssertionError(items + " items expected, not " + list.size());
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> item)) {
                throw new AssertionError("an item is an object: " + o);
            }
            if (!(item.get("id") instanceof String) || !TYPES.contains(item.get("type"))) {
                throw new AssertionError("id and a CSL type are required: " + item);
            }
            for (var e : item.entrySet()) {
                String k = (String) e.getKey();
                if (DATES.contains(k)) {
                    if (!(e.getValue() instanceof Map<?, ?> d) || !(d.get("date-parts") instanceof List<?> parts)
                            || parts.isEmpty() || !(parts.get(0) instanceof List<?>)) {
                        throw new AssertionError(k + " needs date-parts: " + e.getValue());
                    }
                } else if (!STRINGS.contains(k) || !(e.getValue() instanceof String)) {
                    throw new AssertionError("not a string variable of csl-data.json: " + k + " = " + e.getValue());
                }
            }
        }
    }
}

/** Checks RIS against its tag set: records from TY to ER, every line a known two-letter tag. */
final class RisCheck {

    static final Set<String> TAGS = Set.of("TY", "TI", "T1", "T2", "AU", "A1", "A2", "A3", "PY", "Y1", "DA", "UR",
            "SP", "EP", "M1", "M2", "M3", "N1", "N2", "AB", "KW", "LA", "CY", "PB", "SN", "DO", "ID", "ER", "VL",
            "IS", "JO", "JF", "ST", "L1", "L2", "DB", "DP", "SE");
    static final Set<String> TYPES = Set.of("STAT", "CASE", "BILL", "RPRT", "GEN", "HEAR", "GOVDOC", "LEGAL");

    private RisCheck() {
    }

    static void validate(String ris, int records) {
        int n = 0;
        boolean open = false;
        for (String line : ris.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("[A-Z][A-Z0-9]  - .*")) {
                throw new AssertionError("not a RIS line: " + line);
            }
            String tag = line.substring(0, 2);
            if (!TAGS.contains(tag)) {
                throw new AssertionError("unknown RIS tag " + tag);
            }
            if (tag.equals("TY")) {
                if (open || !TYPES.contains(line.substring(6).strip())) {
                    throw new AssertionError("TY opens a record with a reference type: " + line);
                }
                open = true;
            } else if (tag.equals("ER")) {
                open = false;
                n++;
            } else if (!open) {
                throw new AssertionError("a tag outside a record: " + line);
            }
        }
        if (open || n != records) {
            throw new AssertionError(records + " closed records expected, found " + n);
        }
    }
}

/** Reads BibTeX back: entries of {@code @type{key, field = {value}, ...}} with balanced braces. */
final class BibCheck {

    private BibCheck() {
    }

    static List<Map<String, String>> parse(String bib) {
        List<Map<String, String>> out = new ArrayList<>();
        int i = 0;
        while ((i = bib.indexOf('@', i)) >= 0) {
            int open = bib.indexOf('{', i);
            int comma = bib.indexOf(',', open);
            Map<String, String> e = new LinkedHashMap<>();
            e.put("@type", bib.substring(i + 1, open));
            e.put("@key", bib.substring(open + 1, comma).strip());
            int j = comma + 1;
            while (true) {
                while (Character.isWhitespace(bib.charAt(j))) {
                    j++;
                }
                if (bib.charAt(j) == '}') {
                    i = j + 1;
                    break;
                }
                int eq = bib.indexOf('=', j);
                String name = bib.substring(j, eq).strip();
                int v = bib.indexOf('{', eq);
                int depth = 0;
                int k = v;
                do {
                    char c = bib.charAt(k);
                    if (c == '\\') {
                        k += 2;
                        continue;
                    }
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    k++;
                } while (depth > 0);
                e.put(name, bib.substring(v + 1, k - 1).replaceAll("\\\\([{}%&#_$])", "$1"));
                j = k;
                while (Character.isWhitespace(bib.charAt(j)) || bib.charAt(j) == ',') {
                    j++;
                }
            }
            out.add(e);
        }
        return out;
    }
}
