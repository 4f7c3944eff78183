package org.lexgraph.core;

import java.util.List;

/**
 * A saved search run again: how many passages it finds now, and how many of them belong to sources that are new
 * since it last ran (or to the sources of the import just done).
 *
 * @param kind the source kind it is restricted to, or null
 * @param filters all its restrictions as {@code field:value} ({@code kind:regulation}, {@code municipality:Utrecht})
 */
public record SavedSearchReport(String name, String query, String kind, List<String> filters, long hits,
        long newHits) {

    public SavedSearchReport {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
