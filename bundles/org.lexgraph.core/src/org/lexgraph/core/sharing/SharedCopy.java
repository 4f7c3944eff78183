package org.lexgraph.core.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.AtomicFiles;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.query.SearchHit;

/**
 * Another researcher's source as a file of the own knowledge base ({@code shared-copies/FROM/TITLE.md} in its folder):
 * each article or heading as a heading with its passages under it (and the title as the first heading when the text
 * does not open with one), so that the import reads it into passages, and recognises its kind, as it did the
 * original; and a note of where it came from, with the fields of the original (kind, date, municipality, court,
 * actors, dossier, the original's file) that the text alone does not carry.
 */
final class SharedCopy {

    static final String FOLDER = "shared-copies";

    private SharedCopy() {
    }

    /** Where the copy of a source goes in the knowledge base's folder. */
    static Path fileOf(Path knowledgeBase, String from, String sourceId, PassageRecord first) {
        return knowledgeBase.resolve(FOLDER).resolve(safe(from)).resolve(safe(first.title()) + "-" + safe(sourceId)
                + ".md");
    }

    /** Writes the copy (atomically). */
    static void write(Path file, List<PassageRecord> passages) throws IOException {
        PassageRecord first = passages.get(0);
        StringBuilder md = new StringBuilder();
        if (first.anchor() == null || first.anchor().isBlank()) {
            // a text that opens with its own heading (a law's "Wet van ..., houdende ...") is recognised by it: a
            // title put above it made a law an unknown document
            md.append("# ").append(oneLine(first.title())).append("\n\n");
        }
        String anchor = null;
        for (PassageRecord p : passages) {
            if (p.anchor() != null && !p.anchor().isBlank() && !p.anchor().equals(anchor)) {
                anchor = p.anchor();
                md.append("## ").append(oneLine(anchor)).append("\n\n");
            }
            md.append(p.text().strip()).append("\n\n");
        }
        Files.createDirectories(file.getParent());
        new AtomicFiles().write(file, md.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the copy came from, and the original's fields. */
    static String provenance(String from, String location, PassageRecord first) {
        StringBuilder b = new StringBuilder("Copied from the knowledge base of " + from + " (" + location
                + "), its source " + first.sourceId() + ": " + first.title() + " [" + first.kind() + "]");
        String date = SearchHit.isoDate(first.date());
        if (date != null) {
            b.append(", ").append(date);
        }
        first.keywords().forEach((field, values) -> {
            if (!field.equals(org.lexgraph.index.IndexSchema.THEME) && !field.equals(org.lexgraph.index.IndexSchema.PART)
                    && !field.equals(org.lexgraph.index.IndexSchema.COLLECTION)) {
                b.append("; ").append(field).append(": ").append(String.join(", ", values));
            }
        });
        if (first.file() != null && !first.file().isBlank()) {
            b.append("; their file: ").append(first.file());
        }
        return b.append('.').toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A name for a file: letters, digits and dashes, not too long. */
    static String safe(String s) {
        String t = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (t.length() > 60) {
            t = t.substring(0, 60).replaceAll("-+$", "");
        }
        return t.isEmpty() ? "source" : t;
    }
}
