package org.lexgraph.core.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexgraph.cite.LawNames;
import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.LawNameTables;
import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.ThesaurusFile;
import org.lexgraph.index.Thesaurus;

/**
 * The knowledge base's own word tables, as a user edits them: the thesaurus (terms searched together) and the law
 * names (names and abbreviations of laws, for citations in prose). Each is a file in the knowledge base's folder,
 * checked before it is written (a malformed row is named and nothing is written), written atomically, and used by
 * the open session at once: searches by the new thesaurus, imports and citation finding by the new law names.
 */
public final class TermTables {

    /** A law name of the knowledge base's own table: a name or abbreviation, the book of a code, the BWB id. */
    public record LawNameRow(String name, String book, String id) {
        public LawNameRow {
            name = name == null ? "" : name.strip();
            book = book == null ? "" : book.strip();
            id = id == null ? "" : id.strip();
        }
    }

    private static final String LAW_NAMES_HEADER = "# This knowledge base's own law names, read before Lexgraph's:\n"
            + "# name\tbook (for a code split into books, else empty)\tBWB id (BWBR0011823) or =slug\n";

    private final SessionContext ctx;

    public TermTables(SessionContext ctx) {
        this.ctx = ctx;
    }

    /** The thesaurus's rows: "term | term | …" (searched together) or "english => dutch | dutch" (one way). */
    public List<String> thesaurus() throws KnowledgeBaseException {
        List<String> out = new ArrayList<>();
        for (String line : lines(ctx.folder().resolve(ThesaurusFile.FILE))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** Writes the thesaurus (its comment lines kept) and searches with it from now on. */
    public void saveThesaurus(List<String> rows) throws KnowledgeBaseException {
        ctx.requireWritable();
        Path file = ctx.folder().resolve(ThesaurusFile.FILE);
        StringBuilder text = new StringBuilder();
        for (String line : lines(file)) {
            if (line.strip().startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        for (String row : rows) {
            if (!row.isBlank()) {
                text.append(row.strip()).append('\n');
            }
        }
        Thesaurus t;
        try {
            t = Thesaurus.read(new BufferedReader(new StringReader(text.toString())));
        } catch (IOException e) {
            throw new KnowledgeBaseException("the thesaurus was not saved: " + e.getMessage());
        }
        write(file, text.toString());
        ctx.useThesaurus(t);
    }

    /** The knowledge base's own law names (none until the user adds some). */
    public List<LawNameRow> lawNames() throws KnowledgeBaseException {
        List<LawNameRow> out = new ArrayList<>();
        for (String line : lines(ctx.folder().resolve(LawNameTables.USER_FILE))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            out.add(new LawNameRow(cols[0], cols.length > 1 ? cols[1] : "", cols.length > 2 ? cols[2] : ""));
        }
        return out;
    }

    /**
     * Writes the knowledge base's own law names and finds citations with them from now on (documents imported before
     * keep the citations found then until they are imported again).
     */
    public void saveLawNames(List<LawNameRow> rows) throws KnowledgeBaseException {
        ctx.requireWritable();
        StringBuilder text = new StringBuilder(LAW_NAMES_HEADER);
        int n = 0;
        for (LawNameRow r : rows) {
            n++;
            if (r.name().isEmpty() && r.id().isEmpty()) {
                continue;
            }
            if (r.name().isEmpty() || !r.id().matches("BWB[RV]\\d{7}|=[a-z0-9-]+")) {
                throw new KnowledgeBaseException("the law names were not saved: row " + n + " (" + r.name() + ") needs"
                        + " a name and a BWB id such as BWBR0011823 (or =name for a law without one), not '"
                        + r.id() + "'");
            }
            if (!r.book().isEmpty() && !r.book().matches("\\d{1,2}")) {
                throw new KnowledgeBaseException("the law names were not saved: row " + n + " (" + r.name() + "): the"
                        + " book of a code is a number, not '" + r.book() + "'");
            }
            text.append(r.name()).append('\t').append(r.book()).append('\t').append(r.id()).append('\n');
        }
        try {
            new LawNames(new BufferedReader(new StringReader(text.toString())));
        } catch (IOException e) {
            throw new KnowledgeBaseException("the law names were not saved: " + e.getMessage());
        }
        Path file = ctx.folder().resolve(LawNameTables.USER_FILE);
        write(file, text.toString());
        List<String> problems = new ArrayList<>();
        ctx.useScanner(LawNameTables.scanner(ctx.folder(), problems));
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(String.join("; ", problems));
        }
    }

    private static List<String> lines(Path file) throws KnowledgeBaseException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read " + file + ": " + ModelStore.rootMessage(e), e);
        }
    }

    private static void write(Path file, String text) throws KnowledgeBaseException {
        try {
            new AtomicFiles().write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot write " + file + ": " + ModelStore.rootMessage(e), e);
        }
    }
}
