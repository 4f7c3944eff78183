package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.tests.support.Fixtures;

/**
 * An import links each batch's sources before it saves them, so each source file is written once with its links;
 * with linking off or nothing to link with (no taxonomy) it saves them as they are: either way a new session finds
 * what was imported, with its links in the model and in the index.
 */
public class ImportSavesTest {

    @TempDir
    Path tmp;

    @Test
    public void theRootIsSavedWithOrWithoutThemeLinking() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "a.txt", "Utrecht regelt de nachtopvang.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            s.imports().importPaths(List.of(Fixtures.text(tmp, "b.txt", "Zwolle regelt de winteropvang.")),
                    Importer.Options.DEFAULT.withoutLinking(), new NullProgressMonitor());
            // no taxonomy left: the linker has nothing to look for and saves nothing
            var all = s.read(k -> new ArrayList<>(k.getTaxonomies()));
            s.execute(RemoveCommand.create(s.editingDomain(), s.read(k -> k),
                    LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES, all));
            s.imports().importPaths(List.of(Fixtures.text(tmp, "c.txt", "Deventer regelt de dagopvang.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            List<String> files = s.library().sources().stream().map(SourceSummary::file).toList();
            for (String f : List.of("a.txt", "b.txt", "c.txt")) {
                assertTrue(files.contains(tmp.resolve(f).toString()), f + " in " + files);
            }
            String c = s.library().findSource(tmp.resolve("c.txt").toString()).orElseThrow().id();
            assertTrue(s.search().run("Deventer", 5).hits().stream().anyMatch(h -> h.sourceId().equals(c)),
                    "and its index with it");
        }
    }

    @Test
    public void anImportedSourceIsSavedWithItsLinksAndIndexedWithThem() throws Exception {
        Path kb = tmp.resolve("kb");
        String text = "De gemeente Utrecht biedt nachtopvang en dagopvang aan ongedocumenteerden zonder "
                + "verblijfsvergunning: bed, bad en brood voor wie op straat staat.";
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "opvang.txt", text)), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            String id = s.library().findSource(tmp.resolve("opvang.txt").toString()).orElseThrow().id();
            var links = s.themes().themeLinksOf(id);
            assertTrue(links.stream().anyMatch(l -> l.askKey().equals("T1.2")), "saved with its links: " + links);
            assertTrue(s.search().run("theme:T1.2", 20).hits().stream().anyMatch(h -> h.sourceId().equals(id)),
                    "and the index shows them");
        }
    }

    private static KnowledgeBaseSession open(Path kb, KnowledgeBaseSession.Access access) throws Exception {
        return KnowledgeBaseSession.open(kb, access, Importer.builtIn(), new NullProgressMonitor());
    }

    @Test
    public void anOpeningLooksForOrphansOnlyAfterAnImportStopped() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "a.txt", "Utrecht regelt de nachtopvang.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        assertTrue(!java.nio.file.Files.exists(kb.resolve(".importing")), "the mark is gone after the import");
        // a source file the root does not list, as an import that stopped would leave it, with the import's mark
        Path orphan = kb.resolve("sources/zzzzzzzzzzzzzzzzzzzzzzzzzz.xmi");
        java.nio.file.Files.writeString(orphan, "<xmi/>");
        java.nio.file.Files.writeString(kb.resolve(".importing"), "");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            assertTrue(!java.nio.file.Files.exists(orphan), "deleted at the opening after the stopped import");
            assertTrue(!java.nio.file.Files.exists(kb.resolve(".importing")));
        }
    }
}
