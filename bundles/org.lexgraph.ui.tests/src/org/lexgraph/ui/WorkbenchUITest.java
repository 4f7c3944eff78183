package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.FileOutcome;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.ImportJob;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.DocumentView;
import org.lexgraph.ui.views.LibraryView;

/**
 * The real workbench under Xvfb, driven with real mouse and key events: the first start seeds the default knowledge
 * base, a PDF is imported as a job, a search typed into the Search view finds it on its page, and opening the hit
 * shows the passage highlighted in the Document view.
 */
public class WorkbenchUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void importSearchAndOpenAPassage() throws Exception {
        // the default knowledge base of this test run is new: it is seeded with the sample corpus
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        Table library = ui.byId("library.table", Table.class, 30_000);
        ui.waitUntil("the seeded library", () -> library.getItemCount() >= 5, 30_000);
        Label libraryStatus = ui.byId("library.status", Label.class, 1_000);
        List<String> titles = ui.ui(() -> java.util.Arrays.stream(library.getItems()).map(i -> i.getText(0)).toList());
        assertTrue(titles.containsAll(List.of("Vreemdelingenwet 2000", "Zorgverzekeringswet",
                "Wet maatschappelijke ondersteuning 2015")), titles.toString());
        assertTrue(titles.get(0).startsWith("Brief van "), titles.toString());
        int before = titles.size();
        assertTrue(ui.ui(libraryStatus::getText).startsWith(before + " sources"), ui.ui(libraryStatus::getText));
        // the filter keeps the rows whose title or file holds its words, and says how many of all it shows
        org.eclipse.swt.widgets.Text filter = ui.byId("library.filter", org.eclipse.swt.widgets.Text.class, 1_000);
        ui.run(() -> filter.setText("zorgverzekering"));
        ui.waitUntil("the filtered library", () -> library.getItemCount() == 1, 5_000);
        assertEquals("Zorgverzekeringswet", ui.ui(() -> library.getItem(0).getText(0)));
        assertTrue(ui.ui(libraryStatus::getText).startsWith("1 of " + before + " sources shown"),
                ui.ui(libraryStatus::getText));
        ui.run(() -> filter.setText(""));
        ui.waitUntil("the whole library again", () -> library.getItemCount() == before, 5_000);
        assertNotNull(ui.ui(() -> page().findView(LibraryView.PROGRESS_ID)), "the Progress view is in the layout");

        Path docs = Files.createTempDirectory("lexgraph-ui");
        Path pdf = Fixtures.pdf(docs, "raadsbrief-noodopvang.pdf", List.of(
                "Raadsbrief over de opvang in de gemeente.",
                "De gemeente opent een zwerversnoodopvang voor mensen zonder verblijfsvergunning.\n"
                        + "Ook ouderen zonder verblijfsvergunning krijgen een bed, bad en brood."));
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(pdf));
        job.schedule();
        job.join();
        assertEquals(1, job.report().count(FileOutcome.Status.IMPORTED), job.report().toString());
        ui.waitUntil("the imported PDF in the library", () -> library.getItemCount() == before + 1, 10_000);

        // the Search view in front (another test may have left the Coverage view over it)
        ui.run(() -> {
            try {
                page().showView(org.lexgraph.ui.views.SearchView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Text query = ui.byId("search.query", Text.class, 5_000);
        ui.click(query);
        ui.run(query::selectAll);
        ui.type("zwerversnoodopvang");
        ui.waitUntil("the typed query", () -> query.getText().equals("zwerversnoodopvang"), 5_000);
        ui.key(SWT.CR, '\r');
        Tree results = ui.byId("search.results", Tree.class, 5_000);
        ui.waitUntil("a search result", () -> results.getItemCount() == 1, 10_000);
        assertEquals("Raadsbrief over de opvang in de gemeente.", ui.ui(() -> results.getItem(0).getText(0)));
        assertEquals("2", ui.ui(() -> results.getItem(0).getText(3)), "the hit is on page 2");
        assertTrue(ui.ui(() -> results.getItem(0).getText(4)).contains("zwerversnoodopvang"));

        // select the hit with the mouse and open it with Enter, as a keyboard user would
        ui.click(results);
        ui.key(SWT.CR, '\r');
        IViewPart part = ui.ui(() -> page().findView(DocumentView.ID));
        assertNotNull(part);
        DocumentView doc = (DocumentView) part;
        ui.waitUntil("the passage highlighted in the document view",
                () -> doc.highlightedText().contains("zwerversnoodopvang"), 10_000);
        assertTrue(ui.ui(doc::highlightedText).contains("bed, bad en brood"), ui.ui(doc::highlightedText));
        ui.screenshot("workbench-after-search");

        // the Problems view lists what check finds (a virtual table: rows are filled as they are shown)
        ui.run(() -> {
            try {
                page().showView(org.lexgraph.ui.views.ProblemsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Table problems = ui.byId("problems.table", Table.class, 5_000);
        ui.waitUntil("the problems of the library", () -> problems.getItemCount() > 0, 30_000);
        assertTrue(ui.ui(() -> problems.getItem(0).getText(1)).length() > 0, "its first row is filled");
        int shown = ui.ui(problems::getItemCount);

        // "Check everything" reads every source again, as a job the user sees, and finds the same
        java.util.concurrent.atomic.AtomicBoolean fullCheckRan = new java.util.concurrent.atomic.AtomicBoolean();
        org.eclipse.core.runtime.jobs.IJobChangeListener watch = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (Messages.Problems_checking.equals(event.getJob().getName()) && !event.getJob().isSystem()) {
                    fullCheckRan.set(true);
                }
            }
        };
        org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(watch);
        try {
            org.eclipse.swt.widgets.ToolBar toolbar = (org.eclipse.swt.widgets.ToolBar) ui.find(c ->
                    c instanceof org.eclipse.swt.widgets.ToolBar tb && tb.isVisible() && java.util.Arrays
                            .stream(tb.getItems()).anyMatch(i -> Messages.Problems_fullCheckTip.equals(i.getToolTipText())));
            assertNotNull(toolbar, "the Problems view's toolbar");
            org.eclipse.swt.graphics.Point at = ui.ui(() -> {
                org.eclipse.swt.widgets.ToolItem item = java.util.Arrays.stream(toolbar.getItems())
                        .filter(i -> Messages.Problems_fullCheckTip.equals(i.getToolTipText())).findFirst().orElseThrow();
                org.eclipse.swt.graphics.Rectangle r = item.getBounds();
                return toolbar.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
            });
            ui.clickAt(at);
            ui.waitUntil("the full check done", fullCheckRan::get, 30_000);
            ui.waitUntil("its problems shown", () -> problems.getItemCount() == shown, 10_000);
        } finally {
            org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(watch);
        }
    }
}
