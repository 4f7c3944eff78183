package org.lexgraph.core;

import java.util.List;

/**
 * A quote of a basket as exports and views use it: the words, where they are (pinpoint), the source's citation in the
 * form of the Leidraad voor juridische auteurs with that pinpoint, and what is needed for a reference manager.
 *
 * @param kind the source kind key ({@code regulation}, {@code ruling}, ...)
 * @param citation the Leidraad citation with pinpoint: {@code Kamerstukken II 2024/25, 36600 XVI, nr. 161, p. 2},
 *            {@code ECLI:NL:CRVB:2012:BW8957, r.o. 4.2}, {@code art. 10 lid 1 Vreemdelingenwet 2000}
 * @param pinpoint the place in the source: {@code p. 2}, {@code r.o. 4.2}, {@code art. 10 lid 1}
 * @param identifier the source's own identifier (ECLI, BWB or CVDR id, Kamerstuk number), or null
 * @param permalink a stable address of the source (ECLI at rechtspraak.nl, wetten.overheid.nl, ...), or null
 * @param date the source's date as yyyy-mm-dd, or null
 * @param authority who made it: the court, the municipality or ministry, the publisher; or null
 * @param changed the source was imported again and the words are no longer in it as they were
 * @param inForce of a regulation: the day the version quoted came into force (yyyy-mm-dd), or null
 * @param annotations the user's notes on the quoted words (on their passage, or highlights overlapping them): they
 *            travel with the quote into exports, after its own note
 */
public record QuoteView(String id, String basket, String sourceId, String passageId, String title, String kind,
        String text, int start, int end, String pinpoint, String citation, String identifier, String permalink,
        String date, String authority, String note, List<String> asks, boolean changed, String file,
        List<String> annotations, String inForce) {

    public QuoteView {
        asks = asks == null ? List.of() : List.copyOf(asks);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** The date to cite the source by: its own, else (a regulation known by its versions) the version's in force. */
    public String citedDate() {
        return date != null ? date : inForce;
    }

    /** The Leidraad citation as exports write it in a note: with the version's date in force for a regulation. */
    public String citationInNote() {
        String c = citation == null ? "" : citation;
        return inForce == null ? c : c + " (geldend vanaf " + inForce + ")";
    }

    /** The note as exports write it: the quote's own note, then the user's notes on its words, one per line. */
    public String exportNote() {
        StringBuilder out = new StringBuilder(note == null ? "" : note.strip());
        for (String a : annotations) {
            out.append(out.length() == 0 ? "" : "\n").append(a);
        }
        return out.length() == 0 ? note : out.toString();
    }

    /** The personal data found in the quote and its note (see {@link PersonalData}). */
    public List<PersonalData.Finding> personalData() {
        List<PersonalData.Finding> out = new java.util.ArrayList<>(PersonalData.scan(text));
        out.addAll(PersonalData.scan(exportNote()));
        return out;
    }

    /** The same quote with the personal data in its words and note blanked. */
    public QuoteView redacted() {
        return new QuoteView(id, basket, sourceId, passageId, title, kind,
                PersonalData.redact(text, PersonalData.scan(text)), start, end, pinpoint, citation, identifier,
                permalink, date, authority, note == null ? null : PersonalData.redact(note, PersonalData.scan(note)),
                asks, changed, file, annotations.stream().map(a -> PersonalData.redact(a, PersonalData.scan(a)))
                        .toList(), inForce);
    }
}
