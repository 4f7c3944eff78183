package org.lexgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.SourceMetadata;

/**
 * The library as a list (for {@code lexgraph sources}), one source a line (or a JSON object), filtered by kind and
 * municipality, with where each recognised value came from when asked. Prints only; the session is the caller's.
 */
final class SourcesTable {

    /** What to list and how. */
    record Options(boolean json, String kind, String municipality, boolean provenance) {
    }

    private final PrintStream out;

    SourcesTable(PrintStream out) {
        this.out = out;
    }

    /** Prints the sources that pass the filters; returns how many. */
    int print(List<SourceMetadata> sources, Options o) {
        int n = 0;
        for (SourceMetadata s : sources) {
            if (o.kind() != null && !o.kind().equalsIgnoreCase(s.kind())) {
                continue;
            }
            if (o.municipality() != null && (s.municipality() == null
                    || !s.municipality().toLowerCase(Locale.ROOT).contains(o.municipality().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            n++;
            if (o.json()) {
                Json j = new Json().put("id", s.id()).put("file", s.file()).put("title", s.title())
                        .put("kind", s.kind()).put("date", s.date() == null ? null : s.date().toString())
                        .put("identifiers", s.identifiers()).put("municipality", s.municipality())
                        .put("court", s.court()).put("language", s.language()).put("status", s.status());
                if (s.statusMessage() != null && !s.statusMessage().isBlank()) {
                    j.put("statusMessage", s.statusMessage());
                }
                if (o.provenance()) {
                    List<Json> fields = new java.util.ArrayList<>();
                    for (org.lexgraph.core.FieldProvenance f : s.fields()) {
                        fields.add(new Json().put("field", f.field()).put("value", f.value())
                                .put("origin", f.origin()).put("confidence", f.confidence()));
                    }
                    j.put("provenance", fields);
                }
                out.println(j);
            } else {
                StringBuilder line = new StringBuilder();
                line.append(s.id()).append("  [").append(s.kind()).append("]  ")
                        .append(s.title() == null ? "(no title)" : s.title());
                if (s.date() != null) {
                    line.append("  ").append(s.date());
                }
                if (!s.identifiers().isEmpty()) {
                    line.append("  ").append(String.join(", ", s.identifiers()));
                }
                if (s.municipality() != null) {
                    line.append("  gemeente ").append(s.municipality());
                }
                if (s.court() != null) {
                    line.append("  ").append(s.court());
                }
                if (s.status() != null && !s.status().equals("ok")) {
                    line.append("  (").append(s.status())
                            .append(s.statusMessage() == null ? "" : ": " + s.statusMessage()).append(')');
                }
                out.println(line);
                out.println("    " + s.file());
                if (o.provenance()) {
                    for (org.lexgraph.core.FieldProvenance f : s.fields()) {
                        out.println("    " + f);
                    }
                }
            }
        }
        return n;
    }
}
