package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.model.Collection;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Note;
import org.lexgraph.model.Source;
import org.lexgraph.tests.support.Fixtures;

/** User edits are commands on the session's editing domain: saved at once, indexed, undoable. */
public class EditingTest {

    @TempDir
    Path tmp;

    private KnowledgeBaseSession open(Path kb, KnowledgeBaseSession.Access access) throws KnowledgeBaseException {
        return KnowledgeBaseSession.open(kb, access, Importer.builtIn(), new NullProgressMonitor());
    }

    @Test
    public void renameIsSavedIndexedAndUndoable() throws Exception {
        Path kb = tmp.resolve("kb");
        String id;
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "a.txt", "Nachtopvang in de gemeente Zwolle.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            id = s.library().sources().get(1).id();
            Source source = (Source) s.object(id, null).orElseThrow();
            Command rename = SetCommand.create(s.editingDomain(), source, LexgraphPackage.Literals.SOURCE__TITLE,
                    "Raadsbrief Zwolle");
            s.execute(rename);
            assertEquals("Raadsbrief Zwolle", s.library().sources().get(1).title());
            assertEquals("Raadsbrief Zwolle", s.search().run("nachtopvang", 1).hits().get(0).title(),
                    "the index carries the new title");
            assertTrue(s.canUndo());
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            assertEquals("Raadsbrief Zwolle", s.library().sources().get(1).title(), "the edit was saved");
            assertFalse(s.canUndo(), "the undo history belongs to a session");
            Source source = (Source) s.object(id, null).orElseThrow();
            s.execute(SetCommand.create(s.editingDomain(), source, LexgraphPackage.Literals.SOURCE__TITLE,
                    "Tweede titel"));
            s.undo();
            assertEquals("Raadsbrief Zwolle", s.library().sources().get(1).title());
            assertTrue(s.canRedo());
            s.redo();
            assertEquals("Tweede titel", s.library().sources().get(1).title());
            s.undo();
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            assertEquals("Raadsbrief Zwolle", s.library().sources().get(1).title(), "undo was saved too");
        }
    }

    @Test
    public void notesAndCollectionsAreCommandsToo() throws Exception {
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE)) {
            Source letter = (Source) s.object(s.library().sources().get(0).id(), null).orElseThrow();
            Note note = LexgraphFactory.eINSTANCE.createNote();
            note.setText("Citeren in de brief aan de raad");
            s.execute(AddCommand.create(s.editingDomain(), letter.getPassages().get(0),
                    LexgraphPackage.Literals.ANNOTATED__NOTES, note));
            Collection c = LexgraphFactory.eINSTANCE.createCollection();
            c.setName("Zorg");
            s.execute(AddCommand.create(s.editingDomain(), s.read(kb -> kb),
                    LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS, c));
            s.execute(AddCommand.create(s.editingDomain(), c, LexgraphPackage.Literals.COLLECTION__SOURCES, letter));
            KnowledgeBaseStats stats = s.library().stats();
            assertEquals(1, stats.notes());
            assertEquals(1, stats.collections());
            s.undo();
            s.undo();
            s.undo();
            assertEquals(0, s.library().stats().notes());
            assertEquals(0, s.library().stats().collections());
        }
    }
}
