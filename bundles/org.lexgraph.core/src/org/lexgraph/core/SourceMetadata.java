package org.lexgraph.core;

import org.lexgraph.core.internal.Actors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;

/**
 * What the library knows of one source as recognised (beside {@link SourceSummary}, a row of the Library view): its identity, kind, title, date, identifiers (in the form
 * people write them: {@code ECLI:NL:…}, {@code BWBR0011823}, {@code CVDR700001}, {@code kst-36600-XVI-161}),
 * municipality, court, language and status, and where each recognised value came from (its provenance).
 *
 * @param file the file as imported ({@code archive.zip › member} for a part of a container)
 * @param date the source's own date, or null
 * @param provenance {@code field = origin} lines, as recorded at import
 */
public record SourceMetadata(String id, String file, String title, String kind, LocalDate date,
        List<String> identifiers, String municipality, String court, String language, String status,
        String statusMessage, List<String> provenance) {

    public SourceMetadata {
        identifiers = List.copyOf(identifiers);
        provenance = List.copyOf(provenance);
    }

    /** The summary of a loaded source. */
    public static SourceMetadata of(Source s) {
        String file = s.getOriginalPath();
        if (s.getArchivePath() != null && !s.getArchivePath().isBlank()) {
            file = file + " \u203A " + s.getArchivePath();
        }
        LocalDate date = s.getDate() == null ? null : s.getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return new SourceMetadata(s.getId(), file, s.getTitle(), SourceKind.of(s).key(), date, identifiers(s),
                Actors.municipalityOf(s), Actors.courtOf(s), s.getLanguage(),
                s.getStatus() == null ? null : s.getStatus().getLiteral().toLowerCase(Locale.ROOT), s.getStatusMessage(),
                new ArrayList<>(s.getProvenance()));
    }

    /** Where each recognised value came from, with its confidence. */
    public List<FieldProvenance> fields() {
        return FieldProvenance.of(provenance);
    }

    /** Every source of the knowledge base, in the library's order (see {@link
     * org.lexgraph.core.library.LibraryService#metadata}). */
    public static List<SourceMetadata> list(KnowledgeBaseSession session) {
        return session.library().metadata();
    }

    /** The source's own identifiers as written: ECLI, BWB or CVDR id, publication id, Kamerstuk number. */
    static List<String> identifiers(Source s) {
        List<String> out = new ArrayList<>();
        if (s instanceof Ruling r) {
            add(out, r.getEcli());
        } else if (s instanceof Regulation r) {
            add(out, r.getWorkId());
            for (org.lexgraph.model.RegulationVersion v : r.getVersions()) {
                add(out, v.getVersionId());
                add(out, v.getPublication());
            }
        } else if (s instanceof ParliamentaryPaper p) {
            add(out, p.getPublicationId());
            if (p.getDossier() != null && p.getOndernummer() != null) {
                add(out, "kst-" + p.getDossier() + (p.getDossierChapter() == null ? "" : "-" + p.getDossierChapter())
                        + "-" + p.getOndernummer());
            }
        }
        return out;
    }

    private static void add(List<String> out, String id) {
        if (id != null && !id.isBlank() && !out.contains(id.strip())) {
            out.add(id.strip());
        }
    }
}
