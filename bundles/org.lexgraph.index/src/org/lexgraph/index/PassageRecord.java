package org.lexgraph.index;

import java.util.List;

/**
 * What the index knows of one passage: its own text and place, and its source's fields copied onto it.
 *
 * @param page 1-based page, 0 when unknown
 * @param cites the normalised keys of the citations in the passage
 * @param identifiers the keys under which the passage's source is cited (its ECLI, BWB id, ...)
 * @param year the year of the source's own date, 0 when unknown
 * @param date the source's own date as yyyymmdd, 0 when unknown
 * @param keywords the source's filter fields ({@link IndexSchema#MUNICIPALITY}, {@link IndexSchema#DOSSIER},
 *            {@link IndexSchema#COURT}) with their values as written; matched without regard to case
 * @param notes the user's notes on the passage (and, on a source's first passage, those on the whole source), one per
 *            line; searchable as {@link IndexSchema#NOTE} and with plain words; null when there are none
 */
public record PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
        String anchor, int ordinal, String text, List<String> cites, List<String> identifiers, int year, int date,
        java.util.Map<String, List<String>> keywords, String notes) {

    public PassageRecord {
        cites = List.copyOf(cites);
        identifiers = List.copyOf(identifiers);
        keywords = java.util.Map.copyOf(keywords);
        notes = notes == null || notes.isBlank() ? null : notes;
    }

    public PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, int ordinal, String text, List<String> cites, List<String> identifiers, int year, int date,
            java.util.Map<String, List<String>> keywords) {
        this(passageId, sourceId, title, kind, file, page, anchor, ordinal, text, cites, identifiers, year, date,
                keywords, null);
    }

    public PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, int ordinal, String text, List<String> cites, List<String> identifiers, int year) {
        this(passageId, sourceId, title, kind, file, page, anchor, ordinal, text, cites, identifiers, year, 0,
                java.util.Map.of());
    }

    public PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, int ordinal, String text, List<String> cites, List<String> identifiers) {
        this(passageId, sourceId, title, kind, file, page, anchor, ordinal, text, cites, identifiers, 0);
    }

    public PassageRecord(String passageId, String sourceId, String title, String kind, String file, int page,
            String anchor, int ordinal, String text) {
        this(passageId, sourceId, title, kind, file, page, anchor, ordinal, text, List.of(), List.of(), 0);
    }
}
