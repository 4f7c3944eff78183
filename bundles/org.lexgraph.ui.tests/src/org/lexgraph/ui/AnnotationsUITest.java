package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.annotations.HighlightColour;
import org.lexgraph.core.annotations.NoteView;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.AnnotationsView;
import org.lexgraph.ui.views.DocumentView;
import org.lexgraph.ui.views.SearchView;

/**
 * Highlights and notes in the workbench: words selected in the Document view are highlighted from its menu and with a
 * note, shown in their colour with the note under the passage; the Notes view lists them, filters by colour, sorts by
 * a column, opens one in place, exports them, and deletes one; Edit › Undo brings it back in both views.
 */
public class AnnotationsUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void highlightNoteListOpenUndo() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        for (NoteView n : session.annotations().list()) {
            session.annotations().delete(n.id()); // left by an earlier run in the same workbench folder
        }
        SourceSummary law = session.library().sources().stream().filter(s -> "Vreemdelingenwet 2000".equals(s.title()))
                .findFirst().orElseThrow();
        ui.run(() -> DocumentView.show(page(), law.id(), null));
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));

        // a highlight with a note, as the Add Note dialog makes it
        ui.run(() -> doc.select("de verlening van medisch noodzakelijke zorg"));
        ui.run(() -> doc.highlightSelection(HighlightColour.GREEN, "Citeren in de brief aan de raad"));
        ui.waitUntil("the green highlight", () -> ui.ui(doc::highlights)
                .contains("green: de verlening van medisch noodzakelijke zorg"), 10_000);
        assertTrue(ui.ui(doc::noteLines).stream().anyMatch(l -> l.contains("Citeren in de brief aan de raad")),
                ui.ui(doc::noteLines).toString());
        assertNotNull(ui.ui(() -> doc.backgroundOf("de verlening van medisch noodzakelijke zorg")),
                "the words have the highlight's background");

        // the Search view finds the note's words and shows the note after a pen
        SearchView search = (SearchView) ui.ui(() -> {
            try {
                return page().showView(SearchView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> search.show("note:citeren", null));
        Tree results = ui.byId("search.results", Tree.class, 5_000);
        ui.waitUntil("the note's passage found, marked as a note", () -> ui.ui(() -> results.getItemCount() > 0
                && results.getItem(0).getText(4).contains("\u270E")), 10_000);
        ui.run(() -> DocumentView.show(page(), law.id(), null));

        // a second one from the text's own menu: Highlight › Pink
        StyledText text = ui.byId("document.text", StyledText.class, 5_000);
        ui.run(() -> doc.select("verstrekkingen"));
        ui.run(() -> {
            Menu menu = text.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem highlight = find(menu, Messages.Document_highlight);
            assertNotNull(highlight, "Highlight in the document's menu");
            Menu colours = highlight.getMenu();
            colours.notifyListeners(SWT.Show, new Event());
            MenuItem pink = find(colours, Messages.Colour_pink);
            assertNotNull(pink, "the colours");
            pink.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitUntil("the pink highlight", () -> ui.ui(doc::highlights).contains("pink: verstrekkingen"), 10_000);
        ui.screenshot("notes-document");

        // the Notes view lists both, filters by colour, sorts by a column
        AnnotationsView notes = (AnnotationsView) ui.ui(() -> {
            try {
                return page().showView(AnnotationsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("both notes listed", () -> ui.ui(notes::rows).size() == 2, 10_000);
        ui.run(() -> notes.filter(HighlightColour.PINK));
        assertEquals(List.of("verstrekkingen"), ui.ui(notes::rows).stream().map(NoteView::quote).toList());
        ui.run(() -> notes.filter(null));
        ui.run(() -> notes.sortBy(Messages.Annotations_colColour));
        assertEquals(List.of("green", "pink"), ui.ui(notes::rows).stream().map(NoteView::colour).toList());
        ui.run(() -> notes.sortBy(Messages.Annotations_colColour));
        assertEquals(List.of("pink", "green"), ui.ui(notes::rows).stream().map(NoteView::colour).toList(),
                "the same column again: the other way round");
        ui.screenshot("notes-view");
        assertEquals(2, ui.ui(doc::highlights).size(), "the document shows both");
        Path csv = Files.createTempFile("notes", ".csv");
        ui.run(() -> notes.exportTo(csv));
        assertTrue(Files.readString(csv).contains("Citeren in de brief aan de raad"), Files.readString(csv));

        // opened in place: the document shows the note's words selected
        NoteView green = ui.ui(notes::rows).get(1);
        ui.run(() -> notes.select(green.id()));
        ui.run(notes::openSelected);
        assertEquals("de verlening van medisch noodzakelijke zorg", ui.ui(text::getSelectionText));

        // deleted from the view, and back with Edit › Undo
        ui.run(notes::deleteSelected);
        ui.waitUntil("one note left", () -> ui.ui(notes::rows).size() == 1, 10_000);
        ui.waitUntil("the document follows", () -> !ui.ui(doc::highlights).toString().contains("green"), 10_000);
        session.undo();
        ui.waitUntil("both again", () -> ui.ui(notes::rows).size() == 2, 10_000);
        ui.waitUntil("the highlight again", () -> ui.ui(doc::highlights).toString().contains("green"), 10_000);

        for (NoteView n : session.annotations().list()) {
            session.annotations().delete(n.id());
        }
        ui.waitUntil("none left", () -> ui.ui(notes::rows).isEmpty(), 10_000);
    }

    private static MenuItem find(Menu menu, String text) {
        for (MenuItem i : menu.getItems()) {
            if (text.equals(i.getText().replace("&", ""))) {
                return i;
            }
        }
        return null;
    }
}
