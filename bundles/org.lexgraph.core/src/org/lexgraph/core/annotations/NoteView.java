package org.lexgraph.core.annotations;

import java.time.Instant;

/**
 * A note or highlight as lists and exports show it.
 *
 * @param passageId the passage it is on; null for a note on the whole source
 * @param place where in the source: the pinpoint (article and lid, r.o., page) of the passage, or empty
 * @param quote the marked words (a highlight); empty for a note on a whole passage or source
 * @param start where the marked words begin in the passage text (0 when none are marked)
 * @param end where they end
 * @param colour the highlight colour's key, or null for a note without a highlight
 * @param changed whether a re-import of the source no longer holds the marked words (kept as they were)
 */
public record NoteView(String id, String sourceId, String sourceTitle, String passageId, String place, int page,
        String quote, int start, int end, String colour, String text, Instant created, Instant modified, String author,
        boolean changed) {

    public NoteView {
        quote = quote == null ? "" : quote;
        text = text == null ? "" : text;
        place = place == null ? "" : place;
    }

    /** Whether it marks words (a highlight), rather than being a note on a whole passage or source. */
    public boolean highlight() {
        return !quote.isEmpty();
    }

    /** What it is on: "source", "passage" or "words". */
    public String target() {
        return passageId == null ? "source" : quote.isEmpty() ? "passage" : "words";
    }
}
