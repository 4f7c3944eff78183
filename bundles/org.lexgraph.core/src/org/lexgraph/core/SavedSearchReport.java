package org.lexgraph.core;

/**
 * A saved search run again: how many passages it finds now, and how many of them belong to sources that are new
 * since it last ran (or to the sources of the import just done).
 */
public record SavedSearchReport(String name, String query, String kind, long hits, long newHits) {
}
