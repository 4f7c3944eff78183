package org.lexgraph.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Restrictions on a search that are not part of its words: the source kind, keyword fields (municipality, dossier,
 * court; matched whole, any case) and a range of the source's date (inclusive, yyyymmdd, 0 for open).
 */
public record SearchFilter(String kind, Map<String, String> keywords, int dateFrom, int dateTo) {

    public static final SearchFilter NONE = new SearchFilter(null, Map.of(), 0, 0);

    public SearchFilter {
        keywords = Map.copyOf(keywords);
    }

    public static SearchFilter ofKind(String kind) {
        return new SearchFilter(kind, Map.of(), 0, 0);
    }

    public SearchFilter withKind(String k) {
        return new SearchFilter(k, keywords, dateFrom, dateTo);
    }

    /** @throws IllegalArgumentException for a field that is not one of {@link IndexSchema#KEYWORD_FIELDS} */
    public SearchFilter with(String field, String value) {
        if (!IndexSchema.KEYWORD_FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a filter field: " + field);
        }
        Map<String, String> m = new LinkedHashMap<>(keywords);
        m.put(field, value);
        return new SearchFilter(kind, m, dateFrom, dateTo);
    }

    public SearchFilter withDates(int from, int to) {
        return new SearchFilter(kind, keywords, from, to);
    }

    public boolean isEmpty() {
        return (kind == null || kind.isBlank()) && keywords.isEmpty() && dateFrom == 0 && dateTo == 0;
    }
}
