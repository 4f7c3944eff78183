package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.tables.TermTables.LawNameRow;
import org.lexgraph.tests.support.Fixtures;

/**
 * The knowledge base's own thesaurus and law names, edited as tables: checked before they are written (nothing is
 * written for a malformed row), and used at once by search and by the citation finder, and again after reopening.
 */
public class TermTablesTest {

    @TempDir
    Path tmp;

    @Test
    public void theThesaurusIsEditedAndSearchedWithAtOnce() throws Exception {
        try (KnowledgeBaseSession s = open(KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "a.txt", "De bank rekent rente op spaargeld.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            List<String> rows = new ArrayList<>(s.tables().thesaurus());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("opvang | onderdak")), rows.toString());
            assertEquals(0, s.search().run("spaarrente", 5).hits().size());
            String before = Files.readString(tmp.resolve("kb/thesaurus.tsv"));
            rows.add("spaarrente | rente op spaargeld");
            rows.add("broken =>");
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                    () -> s.tables().saveThesaurus(rows));
            assertTrue(e.getMessage().contains("terms are needed on both sides of =>"), e.getMessage());
            assertEquals(before, Files.readString(tmp.resolve("kb/thesaurus.tsv")), "nothing written");
            rows.remove(rows.size() - 1);
            s.tables().saveThesaurus(rows);
            assertEquals(1, s.search().run("spaarrente", 5).hits().size(), "searched with the new row at once");
            assertTrue(Files.readString(tmp.resolve("kb/thesaurus.tsv")).startsWith("#"), "the comments are kept");
        }
    }

    @Test
    public void ownLawNamesFindCitationsAtOnceAndAfterReopening() throws Exception {
        try (KnowledgeBaseSession s = open(KnowledgeBaseSession.Access.CREATE)) {
            assertEquals(List.of(), s.tables().lawNames());
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> s.tables().saveLawNames(
                    List.of(new LawNameRow("Spaarwet", "", "BWBR12"))));
            assertTrue(e.getMessage().contains("row 1 (Spaarwet) needs a name and a BWB id"), e.getMessage());
            s.tables().saveLawNames(List.of(new LawNameRow("Spaarwet", "", "BWBR0099999"),
                    new LawNameRow("Spw", "", "BWBR0099999")));
            assertEquals(2, s.tables().lawNames().size());
            Path a = Fixtures.text(tmp, "a.txt", "Volgens artikel 4 van de Spaarwet mag dat niet.");
            s.imports().importPaths(List.of(a), Importer.Options.DEFAULT, new NullProgressMonitor());
            String id = s.library().findSource(a.toString()).orElseThrow().id();
            assertTrue(keys(s, id).contains("BWBR0099999"), keys(s, id));
        }
        try (KnowledgeBaseSession s = open(KnowledgeBaseSession.Access.WRITE)) {
            Path b = Fixtures.text(tmp, "b.txt", "Zie art. 7 Spw voor de uitzondering.");
            s.imports().importPaths(List.of(b), Importer.Options.DEFAULT, new NullProgressMonitor());
            String id = s.library().findSource(b.toString()).orElseThrow().id();
            assertTrue(keys(s, id).contains("BWBR0099999"), "read again when the knowledge base opens: " + keys(s, id));
        }
    }

    private static String keys(KnowledgeBaseSession s, String id) {
        return s.citations().outgoing(id).stream().map(CitationLink::key).toList().toString().toUpperCase();
    }

    private KnowledgeBaseSession open(KnowledgeBaseSession.Access access) throws Exception {
        return KnowledgeBaseSession.open(tmp.resolve("kb"), access, Importer.builtIn(), new NullProgressMonitor());
    }
}
