package org.lexgraph.index;

/**
 * What the index knows of one passage: its own text and place, and its source's fields copied onto it.
 *
 * @param page 1-based page, 0 when unknown
 */
public record PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
        String anchor, int ordinal, String text) {
}
