package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.TaxonomyView;

/** The Themes view shows the letter's taxonomy; adding an ask with the toolbar is undoable. */
public class TaxonomyUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    private int asks(KnowledgeBaseSession s) {
        return (int) s.themes().taxonomy().stream().filter(e -> e.parent() != null).count();
    }

    @Test
    public void addAnAskFromTheToolbarAndUndoIt() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        KnowledgeBaseSession session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        ui.run(() -> {
            try {
                page().showView(TaxonomyView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Tree tree = ui.byId("taxonomy.tree", Tree.class, 10_000);
        ui.waitUntil("the letter's taxonomy", () -> tree.getItemCount() >= 1 && tree.getItem(0).getItemCount() == 4,
                10_000);
        int before = asks(session);
        TreeItem theme = ui.ui(() -> tree.getItem(0).getItem(1));
        assertTrue(ui.ui(theme::getText).startsWith("T2  Medisch noodzakelijke zorg voor kwetsbare groepen"),
                ui.ui(theme::getText));
        Point p = ui.ui(() -> {
            Rectangle r = theme.getBounds();
            return tree.toDisplay(r.x + 10, r.y + r.height / 2);
        });
        ui.clickAt(p);
        ui.waitUntil("T2 selected", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == theme, 5_000);

        ToolBar toolbar = (ToolBar) ui.find(c -> c instanceof ToolBar tb && tb.isVisible() && Arrays
                .stream(tb.getItems()).anyMatch(i -> Messages.Taxonomy_addAsk.equals(i.getToolTipText())));
        assertNotNull(toolbar, "the Themes view's toolbar");
        ToolItem addAsk = ui.ui(() -> Arrays.stream(toolbar.getItems())
                .filter(i -> Messages.Taxonomy_addAsk.equals(i.getToolTipText())).findFirst().orElseThrow());
        Point q = ui.ui(() -> {
            Rectangle r = addAsk.getBounds();
            return toolbar.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
        });
        ui.clickAt(q);
        ui.waitUntil("a new ask", () -> asks(session) == before + 1, 10_000);
        assertEquals("T2.3", session.themes().taxonomy().stream().filter(e -> "T2".equals(e.parent())).reduce((a, b) -> b)
                .orElseThrow().key());

        ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo",
                        null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("the ask removed again", () -> asks(session) == before, 10_000);
    }
}
