package org.lexgraph.query;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Restrictions on a search that are not part of its words, none of which affects the ranking: values of the facet
 * and keyword fields ({@code kind}, {@code year}, municipality, dossier, court, actor, theme, collection; matched
 * whole, any case), a range of the source's date (inclusive, yyyymmdd, 0 for open) and a set of sources. Several
 * values of one field mean any of them; different fields must all hold (so facets combine as users expect).
 */
public record SearchFilter(Map<String, Set<String>> values, int dateFrom, int dateTo, Set<String> sourceIds) {

    public static final SearchFilter NONE = new SearchFilter(Map.of(), 0, 0, null);

    public SearchFilter {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, Set.copyOf(v));
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
        sourceIds = sourceIds == null ? null : Set.copyOf(sourceIds);
    }

    /** The fields a filter may restrict besides dates and sources. */
    public static boolean isField(String field) {
        return QueryFields.KIND.equals(field) || QueryFields.YEAR.equals(field)
                || QueryFields.KEYWORD_FIELDS.contains(field);
    }

    /** Only passages of these sources (null: any source), e.g. the regulations in force on a day. */
    public SearchFilter withSources(Set<String> ids) {
        return new SearchFilter(values, dateFrom, dateTo, ids);
    }

    public static SearchFilter ofKind(String kind) {
        return NONE.withKind(kind);
    }

    /** Replaces the kind restriction (null or blank: any kind). */
    public SearchFilter withKind(String k) {
        SearchFilter f = without(QueryFields.KIND);
        return k == null || k.isBlank() ? f : f.with(QueryFields.KIND, k.strip());
    }

    /** The kind, when exactly one is asked for. */
    public String kind() {
        Set<String> k = values.getOrDefault(QueryFields.KIND, Set.of());
        return k.size() == 1 ? k.iterator().next() : null;
    }

    /**
     * Adds a value a field may have (one of several of the same field suffices).
     *
     * @throws IllegalArgumentException for a field that cannot filter, or a year that is not a number
     */
    public SearchFilter with(String field, String value) {
        if (!isField(field)) {
            throw new IllegalArgumentException("not a filter field: " + field);
        }
        if (QueryFields.YEAR.equals(field)) {
            try {
                Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("year: a year such as 2013 is needed, not '" + value + "'");
            }
        }
        Map<String, Set<String>> m = new LinkedHashMap<>(values);
        Set<String> s = new LinkedHashSet<>(m.getOrDefault(field, Set.of()));
        s.add(value.strip());
        m.put(field, s);
        return new SearchFilter(m, dateFrom, dateTo, sourceIds);
    }

    /** Removes one value of a field. */
    public SearchFilter without(String field, String value) {
        Map<String, Set<String>> m = new LinkedHashMap<>(values);
        Set<String> s = new LinkedHashSet<>(m.getOrDefault(field, Set.of()));
        s.remove(value);
        m.put(field, s);
        return new SearchFilter(m, dateFrom, dateTo, sourceIds);
    }

    /** Removes every restriction of a field. */
    public SearchFilter without(String field) {
        Map<String, Set<String>> m = new LinkedHashMap<>(values);
        m.remove(field);
        return new SearchFilter(m, dateFrom, dateTo, sourceIds);
    }

    public Set<String> values(String field) {
        return values.getOrDefault(field, Set.of());
    }

    public SearchFilter withDates(int from, int to) {
        return new SearchFilter(values, from, to, sourceIds);
    }

    public boolean isEmpty() {
        return values.isEmpty() && dateFrom == 0 && dateTo == 0 && sourceIds == null;
    }
}
