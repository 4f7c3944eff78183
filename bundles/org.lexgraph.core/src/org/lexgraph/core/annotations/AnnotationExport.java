package org.lexgraph.core.annotations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Notes and highlights written out for a report or a spreadsheet: Markdown (by source) and CSV (a row each). */
public final class AnnotationExport {

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "source", "title", "passage", "place", "page", "colour",
            "quote", "note", "created", "modified", "author", "changed");

    private AnnotationExport() {
    }

    /** Markdown: a heading per source; per note its place, the marked words as a quotation, and its text. */
    public static String markdown(List<NoteView> notes) {
        StringBuilder out = new StringBuilder("# Notes\n");
        String source = null;
        for (NoteView n : notes) {
            if (!n.sourceId().equals(source)) {
                source = n.sourceId();
                out.append("\n## ").append(escape(n.sourceTitle() == null ? n.sourceId() : n.sourceTitle()))
                        .append("\n\n");
            }
            out.append("- ");
            if (!n.place().isEmpty()) {
                out.append("**").append(escape(n.place())).append("** ");
            } else if (n.passageId() == null) {
                out.append("**(whole source)** ");
            }
            if (n.highlight()) {
                out.append("\u201C").append(escape(n.quote().strip().replaceAll("\\s+", " "))).append("\u201D");
                if (n.colour() != null) {
                    out.append(" _(").append(n.colour()).append(")_");
                }
                if (n.changed()) {
                    out.append(" _(no longer in the source as marked)_");
                }
            }
            if (!n.text().isEmpty()) {
                out.append(n.highlight() ? " — " : "").append(escape(n.text().strip()).replace("\n", "\n  "));
            }
            out.append(" <small>").append(n.modified().toString(), 0, 10).append("</small>\n");
        }
        return out.toString();
    }

    /** CSV with a header ({@link #COLUMNS}), quoted where needed (RFC 4180); dates as ISO instants. */
    public static String csv(List<NoteView> notes) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> rows = notes.stream().map(AnnotationExport::row).toList();
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> row(NoteView n) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", n.id());
        r.put("source", n.sourceId());
        r.put("title", n.sourceTitle());
        r.put("passage", n.passageId() == null ? "" : n.passageId());
        r.put("place", n.place());
        r.put("page", n.page() > 0 ? Integer.toString(n.page()) : "");
        r.put("colour", n.colour() == null ? "" : n.colour());
        r.put("quote", n.quote());
        r.put("note", n.text());
        r.put("created", n.created().toString());
        r.put("modified", n.modified().toString());
        r.put("author", n.author() == null ? "" : n.author());
        r.put("changed", Boolean.toString(n.changed()));
        return r;
    }

    /** Markdown's own characters in text taken as text. */
    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
