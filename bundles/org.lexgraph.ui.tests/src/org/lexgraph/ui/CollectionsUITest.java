package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.LibraryView;

/**
 * The Library's collections: sources filed from the Library's menu, the collection listed with its count, choosing it
 * shows its sources only, the rows sort by a column, and the filing is undone with Edit > Undo.
 */
public class CollectionsUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void fileSourcesFromTheLibraryMenuAndShowOnlyThem() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        KnowledgeBaseSession session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        ui.run(() -> {
            try {
                page().showView(LibraryView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Table library = ui.byId("library.table", Table.class, 10_000);
        Table collections = ui.byId("library.collections", Table.class, 10_000);
        ui.waitUntil("the library listed", () -> library.getItemCount() >= 2, 30_000);
        session.collections().create("Onderzoek UI");
        ui.waitUntil("the new collection listed", () -> rows(collections).contains("Onderzoek UI (0)"), 10_000);
        int all = ui.ui(library::getItemCount);

        // select the first row with the mouse, then File in Collection > Onderzoek UI from its menu
        ui.click(library);
        Point first = ui.ui(() -> {
            Rectangle r = library.getItem(0).getBounds(0);
            return library.toDisplay(r.x + 20, r.y + r.height / 2);
        });
        ui.clickAt(first);
        ui.waitUntil("a row selected", () -> library.getSelectionCount() == 1, 5_000);
        String title = ui.ui(() -> library.getSelection()[0].getText(0));
        ui.run(() -> {
            Menu menu = library.getMenu();
            menu.notifyListeners(SWT.Show, new Event()); // the menu fills itself as it opens
            MenuItem fileIn = find(menu, Messages.Library_fileIn);
            assertNotNull(fileIn, "File in Collection");
            Menu sub = fileIn.getMenu();
            sub.notifyListeners(SWT.Show, new Event());
            MenuItem target = find(sub, "Onderzoek UI");
            assertNotNull(target, "the collection in the submenu");
            target.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitUntil("the collection counts its source", () -> rows(collections).contains("Onderzoek UI (1)"), 10_000);

        // choosing the collection shows its source only
        int at = rows(collections).indexOf("Onderzoek UI (1)");
        Point row = ui.ui(() -> {
            Rectangle r = collections.getItem(at).getBounds(0);
            return collections.toDisplay(r.x + 20, r.y + r.height / 2);
        });
        ui.clickAt(row);
        ui.waitUntil("only the filed source", () -> library.getItemCount() == 1, 10_000);
        assertEquals(title, ui.ui(() -> library.getItem(0).getText(0)));
        ui.screenshot("library-collection-chosen");

        // back to all sources, sorted by title
        Point allRow = ui.ui(() -> {
            Rectangle r = collections.getItem(0).getBounds(0);
            return collections.toDisplay(r.x + 20, r.y + r.height / 2);
        });
        ui.clickAt(allRow);
        ui.waitUntil("all sources again", () -> library.getItemCount() == all, 10_000);
        ui.run(() -> library.getColumn(0).notifyListeners(SWT.Selection, new Event()));
        List<String> titles = ui.ui(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < library.getItemCount(); i++) {
                out.add(library.getItem(i).getText(0));
            }
            return out;
        });
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, titles, "sorted by title");
        assertEquals(SWT.UP, (int) ui.ui(library::getSortDirection));
        ui.screenshot("library-sorted-by-title");

        session.undo();
        ui.waitUntil("the filing undone", () -> rows(collections).contains("Onderzoek UI (0)"), 10_000);
        session.collections().delete("Onderzoek UI");
        ui.waitUntil("the collection deleted", () -> !String.join(",", rows(collections)).contains("Onderzoek UI"),
                10_000);
        assertTrue(ui.ui(library::getItemCount) == all);
    }

    private List<String> rows(Table t) {
        return ui.ui(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < t.getItemCount(); i++) {
                out.add(t.getItem(i).getText().strip());
            }
            return out;
        });
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
