package org.lexgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.annotations.AnnotationExport;
import org.lexgraph.core.annotations.AnnotationService.NoteRequest;
import org.lexgraph.core.annotations.HighlightColour;
import org.lexgraph.core.annotations.NoteView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph note add|edit|delete}: the user's notes and highlights on sources, passages and words. */
@Command(name = "note", mixinStandardHelpOptions = true,
        header = "add, edit or delete a note or highlight (see also: lexgraph notes)",
        description = {"a note on a whole source, on one of its passages (--passage), or on words of it (--words: a",
            "highlight, with --colour); note text is searchable (search note:WORD, or plain words)"},
        subcommands = {NoteCommand.Add.class, NoteCommand.Edit.class, NoteCommand.Delete.class})
final class NoteCommand extends CliCommand {

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("note: say what to do: note add SOURCE TEXT, note edit NOTE, note delete NOTE"
                + " (the notes: lexgraph notes)");
    }

    static String source(KnowledgeBaseSession session, String reference) throws KnowledgeBaseException {
        return session.library().findSource(reference).map(SourceSummary::id).orElseThrow(
                () -> new KnowledgeBaseException("no source '" + reference + "' (an id, file, identifier or title; see:"
                        + " lexgraph sources)"));
    }

    static String line(NoteView n) {
        StringBuilder sb = new StringBuilder(n.id()).append("  ").append(n.sourceTitle());
        if (!n.place().isEmpty()) {
            sb.append(", ").append(n.place());
        }
        if (n.highlight()) {
            sb.append("  \u201C").append(n.quote().strip().replaceAll("\\s+", " ")).append("\u201D");
            if (n.colour() != null) {
                sb.append(" [").append(n.colour()).append(']');
            }
        } else if (n.passageId() == null) {
            sb.append("  (whole source)");
        }
        if (!n.text().isEmpty()) {
            sb.append("  ").append(n.text().replace('\n', ' '));
        }
        if (n.changed()) {
            sb.append("  (changed: the source no longer reads as marked)");
        }
        return sb.toString();
    }

    static Json json(NoteView n) {
        return new Json().put("id", n.id()).put("source", n.sourceId()).put("title", n.sourceTitle())
                .put("passage", n.passageId()).put("place", n.place()).put("page", n.page())
                .put("target", n.target()).put("quote", n.quote()).put("start", n.start()).put("end", n.end())
                .put("colour", n.colour()).put("text", n.text()).put("created", n.created().toString())
                .put("modified", n.modified().toString()).put("author", n.author()).put("changed", n.changed());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, header = "add a note or highlight",
        description = {"a note on SOURCE (an id, file, identifier or title); --passage puts it on a passage, --words",
            "marks those words (in the passage, or the source's first passage holding them) as a highlight"})
    static final class Add extends CliCommand {
        @Parameters(index = "0", paramLabel = "SOURCE")
        String source;
        @Parameters(index = "1", paramLabel = "TEXT", arity = "0..1", description = "the note (optional for a highlight)")
        String text;
        @Option(names = "--passage", paramLabel = "ID", description = "the passage (ids: search --json, or notes)")
        String passage;
        @Option(names = "--words", paramLabel = "WORDS", description = "the words to highlight, as they stand")
        String words;
        @Option(names = "--colour", paramLabel = "COLOUR", description = "yellow (default), green, blue or pink")
        String colour;
        @Option(names = "--json", description = "the note made, as JSON")
        boolean asJson;

        @Override
        public Integer call() throws KnowledgeBaseException, UsageException, java.io.IOException {
            if (colour != null && words == null) {
                throw new UsageException("note add: --colour is for a highlight: give the words with --words");
            }
            if (colour != null) {
                try {
                    HighlightColour.of(colour);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("note add: " + e.getMessage());
                }
            }
            if ((text == null || text.isBlank()) && words == null) {
                throw new UsageException("note add: give the note's TEXT, or --words to highlight");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                NoteView n = session.annotations().add(new NoteRequest(source(session, source), passage, words, -1,
                        -1, colour, text));
                out.println(asJson ? json(n).toString() : line(n));
                return OK;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, header = "change a note's text or colour",
        description = "change the text (--text) or the highlight colour (--colour) of a note")
    static final class Edit extends CliCommand {
        @Parameters(paramLabel = "NOTE")
        String id;
        @Option(names = "--text", paramLabel = "TEXT")
        String text;
        @Option(names = "--colour", paramLabel = "COLOUR", description = "yellow, green, blue or pink")
        String colour;

        @Override
        public Integer call() throws KnowledgeBaseException, UsageException, java.io.IOException {
            if (text == null && colour == null) {
                throw new UsageException("note edit: give --text or --colour");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                out.println(line(session.annotations().edit(id, text, colour)));
                return OK;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, header = "delete notes",
        description = "delete notes or highlights by id (see: lexgraph notes)")
    static final class Delete extends CliCommand {
        @Parameters(paramLabel = "NOTE", arity = "1..*")
        List<String> ids;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                for (String id : ids) {
                    session.annotations().delete(id);
                    out.println("deleted note " + id);
                }
                return OK;
            }
        }
    }

    /** {@code lexgraph notes}: every note and highlight, or a source's; as text, JSON, Markdown or CSV. */
    @Command(name = "notes", mixinStandardHelpOptions = true, header = "the notes and highlights",
        description = {"every note and highlight (or those of SOURCE), by source; --format markdown or csv writes",
            "them for a report or a spreadsheet (to a file with -o)"})
    static final class ListNotes extends CliCommand {
        @Parameters(paramLabel = "SOURCE", arity = "0..1")
        String source;
        @Option(names = "--json", description = "one JSON object per note")
        boolean asJson;
        @Option(names = "--colour", paramLabel = "COLOUR", description = "only highlights of this colour")
        String colour;
        @Option(names = "--format", paramLabel = "FORMAT", description = "markdown or csv")
        String format;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file")
        Path file;

        @Override
        public Integer call() throws KnowledgeBaseException, UsageException, java.io.IOException {
            if (format != null && !format.equals("markdown") && !format.equals("csv")) {
                throw new UsageException("notes: --format takes markdown or csv; not '" + format + "'");
            }
            if (file != null && format == null) {
                throw new UsageException("notes: -o writes an export: give --format markdown or csv");
            }
            HighlightColour only;
            try {
                only = HighlightColour.of(colour);
            } catch (IllegalArgumentException e) {
                throw new UsageException("notes: " + e.getMessage());
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
                List<NoteView> notes = source == null ? session.annotations().list()
                        : session.annotations().list(NoteCommand.source(session, source));
                if (only != null) {
                    notes = notes.stream().filter(n -> only.key().equals(n.colour())).toList();
                }
                if (format != null) {
                    String text = format.equals("csv") ? AnnotationExport.csv(notes) : AnnotationExport.markdown(notes);
                    if (file != null) {
                        new AtomicFiles().write(file, text.getBytes(StandardCharsets.UTF_8));
                        err.println("wrote " + plural(notes.size(), "note") + " to " + file.toAbsolutePath());
                    } else {
                        out.print(text);
                    }
                    return OK;
                }
                for (NoteView n : notes) {
                    out.println(asJson ? json(n).toString() : line(n));
                }
                if (!asJson) {
                    err.println(notes.isEmpty() ? "no notes; add one with: lexgraph note add SOURCE TEXT"
                            : plural(notes.size(), "note"));
                }
                return OK;
            }
        }
    }
}
