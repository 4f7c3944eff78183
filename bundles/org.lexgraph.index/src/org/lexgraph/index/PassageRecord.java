package org.lexgraph.index;

import java.util.List;

/**
 * What the index knows of one passage: its own text and place, and its source's fields copied onto it.
 *
 * @param page 1-based page, 0 when unknown
 * @param cites the normalised keys of the citations in the passage
 * @param identifiers the keys under which the passage's source is cited (its ECLI, BWB id, ...)
 */
public record PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
        String anchor, int ordinal, String text, List<String> cites, List<String> identifiers) {

    public PassageRecord {
        cites = List.copyOf(cites);
        identifiers = List.copyOf(identifiers);
    }

    public PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, int ordinal, String text) {
        this(passageId, sourceId, title, kind, file, page, anchor, ordinal, text, List.of(), List.of());
    }
}
