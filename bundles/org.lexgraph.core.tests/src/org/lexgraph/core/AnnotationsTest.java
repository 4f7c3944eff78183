package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.annotations.AnnotationExport;
import org.lexgraph.core.annotations.AnnotationService.NoteRequest;
import org.lexgraph.core.annotations.NoteView;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.query.SearchHit;
import org.lexgraph.tests.support.Fixtures;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Notes and highlights: made, edited and deleted as undoable edits; found by search (plain words and note:); listed in
 * a lazy session loading only the sources that carry them; kept through a re-import (found again by their words, or
 * marked as changed); exported as Markdown and CSV that a CSV reader reads back.
 */
public class AnnotationsTest {

    @TempDir
    Path tmp;

    private static final String TEXT = "Utrecht regelt de nachtopvang voor ongedocumenteerden.\n\n"
            + "De gemeente biedt bed, bad en brood aan wie geen onderdak heeft.\n\n"
            + "Medisch noodzakelijke zorg is toegankelijk voor iedereen.";

    @Test
    public void notesAreUndoableEditsAndSearchable() throws Exception {
        Path kb = tmp.resolve("kb");
        Path file = Fixtures.text(tmp, "raadsbrief.txt", TEXT);
        String id;
        String highlight;
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(file, Fixtures.text(tmp, "other.txt", "Een andere bron over opvang.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            id = s.library().findSource(file.toString()).orElseThrow().id();
            NoteView whole = s.annotations().add(NoteRequest.note(id, null, "Bijlage bij de raadsbrief, kernbron"));
            assertEquals("source", whole.target());
            NoteView h = s.annotations().add(new NoteRequest(id, null, "bed, bad en brood", -1, -1, "green",
                    "citeren; vergelijk met Zwijndrecht"));
            highlight = h.id();
            assertEquals("words", h.target());
            assertEquals("green", h.colour());
            Source src = (Source) s.object(id, null).orElseThrow();
            Passage second = src.getPassages().stream().filter(p -> p.getText().contains("bed, bad")).findFirst()
                    .orElseThrow();
            assertEquals(second.getId(), h.passageId());
            assertEquals("bed, bad en brood", second.getText().substring(h.start(), h.end()));
            // a selection from the document view
            int at = second.getText().indexOf("De gemeente");
            NoteView sel = s.annotations().add(NoteRequest.selection(id, second.getId(), at, at + 11, "pink", null));
            assertEquals("De gemeente", sel.quote());
            assertEquals(3, s.annotations().list().size());
            assertEquals(3, s.library().stats().notes());

            // note text is searchable: plain words and note:, marked as a note in the result
            List<SearchHit> hits = s.search().run("zwijndrecht", 10).hits();
            assertEquals(second.getId(), hits.get(0).passageId(), "a word only in the note finds its passage");
            assertTrue(hits.get(0).matchedNote());
            assertTrue(hits.get(0).note().contains("<b>Zwijndrecht</b>"), hits.get(0).note());
            hits = s.search().run("note:kernbron", 10).hits();
            assertEquals(1, hits.size(), "a note on the whole source is found on its first passage");
            assertEquals(id, hits.get(0).sourceId());
            assertFalse(s.search().run("nachtopvang", 10).hits().get(0).matchedNote(),
                    "a match in the text alone is not marked as a note");

            s.annotations().edit(highlight, "citeren in de brief", "blue");
            assertEquals("blue", s.annotations().find(highlight).orElseThrow().colour());
            assertEquals(0, s.search().run("note:zwijndrecht", 10).hits().size(), "the index follows the edit");
            s.undo();
            assertEquals("green", s.annotations().find(highlight).orElseThrow().colour(), "undone");
            s.annotations().delete(sel.id());
            assertEquals(2, s.annotations().list().size());
            s.undo();
            assertEquals(3, s.annotations().list().size(), "deleting is undone too");

            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                    () -> s.annotations().add(new NoteRequest(id, null, "staat er niet", -1, -1, null, null)));
            assertTrue(e.getMessage().contains("the words \u201Cstaat er niet\u201D are not in source " + id),
                    e.getMessage());
            e = assertThrows(KnowledgeBaseException.class,
                    () -> s.annotations().add(new NoteRequest(id, null, "brood", -1, -1, "purple", null)));
            assertTrue(e.getMessage().contains("no highlight colour 'purple'"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.annotations().add(NoteRequest.note(id, null, " ")));
            assertTrue(e.getMessage().startsWith("an empty note"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.annotations().delete("nope"));
            assertTrue(e.getMessage().startsWith("no note nope"), e.getMessage());
        }
        // a lazy session lists them, loading only the source that carries notes
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.LAZY)) {
            assertEquals(0, loaded(s), "nothing read on opening");
            List<NoteView> notes = s.annotations().list();
            assertEquals(3, notes.size());
            assertEquals(1, loaded(s), "the other source is not read");
            assertEquals("Bijlage bij de raadsbrief, kernbron", notes.get(0).text(), "the source's own note first");
        }
    }

    @Test
    public void notesSurviveAReimport() throws Exception {
        Path kb = tmp.resolve("kb");
        Path file = Fixtures.text(tmp, "raadsbrief.txt", TEXT);
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            String id = s.library().findSource(file.toString()).orElseThrow().id();
            s.annotations().add(NoteRequest.note(id, null, "over de hele bron"));
            s.annotations().add(new NoteRequest(id, null, "bed, bad en brood", -1, -1, "yellow", "citeren"));
            s.annotations().add(new NoteRequest(id, null, "toegankelijk voor iedereen", -1, -1, "pink", null));
        }
        // the file changes: a paragraph before, the last sentence rewritten
        Files.writeString(file, "Inleiding van de wethouder.\n\n" + TEXT.replace("toegankelijk voor iedereen",
                "voor iedereen beschikbaar"));
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            List<NoteView> notes = s.annotations().list();
            assertEquals(3, notes.size(), "nothing the user wrote is lost");
            NoteView whole = notes.get(0);
            assertNull(whole.passageId());
            NoteView moved = notes.stream().filter(n -> n.quote().equals("bed, bad en brood")).findFirst()
                    .orElseThrow();
            assertFalse(moved.changed());
            Source src = (Source) s.object(moved.sourceId(), null).orElseThrow();
            String text = src.getPassages().stream().filter(p -> p.getId().equals(moved.passageId())).findFirst()
                    .orElseThrow().getText();
            assertEquals("bed, bad en brood", text.substring(moved.start(), moved.end()), "found again by its words");
            NoteView gone = notes.stream().filter(n -> n.quote().equals("toegankelijk voor iedereen")).findFirst()
                    .orElseThrow();
            assertTrue(gone.changed(), "its words are no longer there: kept, marked as changed");
            assertEquals(1, s.search().run("note:citeren", 10).hits().size(), "indexed with the new version");
        }
    }

    @Test
    public void exportsReadBack() throws Exception {
        Path kb = tmp.resolve("kb");
        Path file = Fixtures.text(tmp, "raadsbrief.txt", TEXT);
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.imports().importPaths(List.of(file), Importer.Options.DEFAULT, new NullProgressMonitor());
            String id = s.library().findSource(file.toString()).orElseThrow().id();
            s.annotations().add(new NoteRequest(id, null, "bed, bad en brood", -1, -1, "green",
                    "citeren, \"letterlijk\"\nen op twee regels"));
            List<NoteView> notes = s.annotations().list();
            String csv = AnnotationExport.csv(notes);
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
                List<Map<String, String>> all = rows.readAll();
                assertEquals(1, all.size());
                assertEquals("citeren, \"letterlijk\"\nen op twee regels", all.get(0).get("note"));
                assertEquals("bed, bad en brood", all.get(0).get("quote"));
                assertEquals("green", all.get(0).get("colour"));
                assertEquals(AnnotationExport.COLUMNS, List.copyOf(all.get(0).keySet()));
            }
            // the note travels with a basket quote of the highlighted words
            String passage = notes.get(0).passageId();
            s.baskets().addQuote("Brief", id, passage, notes.get(0).start(), notes.get(0).end(), "eigen notitie");
            String basket = new String(BasketExport.write("markdown", "Brief", s.baskets().basket("Brief"), Map.of()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(basket.contains("eigen notitie") && basket.contains("citeren, \"letterlijk\""), basket);
            String md = AnnotationExport.markdown(notes);
            assertTrue(md.contains("## raadsbrief") || md.contains("## Utrecht"), md);
            assertTrue(md.contains("\u201Cbed, bad en brood\u201D _(green)_ — citeren"), md);
        }
    }

    private static KnowledgeBaseSession open(Path kb, KnowledgeBaseSession.Access access) throws Exception {
        return KnowledgeBaseSession.open(kb, access, Importer.builtIn(), new NullProgressMonitor());
    }

    private static int loaded(KnowledgeBaseSession s) {
        return s.context().peek(kb -> (int) kb.eResource().getResourceSet().getResources().stream()
                .filter(r -> r != kb.eResource() && r.isLoaded() && !r.getContents().isEmpty()
                        && r.getContents().get(0) instanceof Source)
                .count());
    }
}
