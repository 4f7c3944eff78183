package org.lexgraph.core;

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
