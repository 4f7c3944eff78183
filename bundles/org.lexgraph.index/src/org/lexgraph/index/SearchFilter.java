package org.lexgraph.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Restrictions on a search that are not part of its words: the source kind, keyword fields (municipality, dossier,
 * court; matched whole, any case) and a range of the source's date (inclusive, yyyymmdd, 0 for open).
 */
public record SearchFilter(String kind, Map<String, String> keywords, int dateFrom, int dateTo,
        java.util.Set<String> sourceIds) {

    public static final SearchFilter NONE = new SearchFilter(null, Map.of(), 0, 0, null);

    public SearchFilter {
        keywords = Map.copyOf(keywords);
        sourceIds = sourceIds == null ? null : java.util.Set.copyOf(sourceIds);
    }

    public SearchFilter(String kind, Map<String, String> keywords, int dateFrom, int dateTo) {
        this(kind, keywords, dateFrom, dateTo, null);
    }

    /** Only passages of these sources (null: any source), e.g. the regulations in force on a day. */
    public SearchFilter withSources(java.util.Set<String> ids) {
        return new SearchFilter(kind, keywords, dateFrom, dateTo, ids);
    }

    public static SearchFilter ofKind(String kind) {
        return new SearchFilter(kind, Map.of(), 0, 0);
    }

    public SearchFilter withKind(String k) {
        return new SearchFilter(k, keywords, dateFrom, dateTo, sourceIds);
    }

    /** @throws IllegalArgumentException for a field that is not one of {@link IndexSchema#KEYWORD_FIELDS} */
    public SearchFilter with(String field, String value) {
        if (!IndexSchema.KEYWORD_FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a filter field: " + field);
        }
        Map<String, String> m = new LinkedHashMap<>(keywords);
        m.put(field, value);
        return new SearchFilter(kind, m, dateFrom, dateTo, sourceIds);
    }

    public SearchFilter withDates(int from, int to) {
        return new SearchFilter(kind, keywords, from, to, sourceIds);
    }

    public boolean isEmpty() {
        return (kind == null || kind.isBlank()) && keywords.isEmpty() && dateFrom == 0 && dateTo == 0
                && sourceIds == null;
    }
}
