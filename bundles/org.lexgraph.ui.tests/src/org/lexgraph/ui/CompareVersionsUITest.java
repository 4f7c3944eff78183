package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.compare.ICompareNavigator;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.compare.VersionCompareInput;
import org.lexgraph.ui.jobs.ImportJob;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.VersionsView;

/**
 * The timeline of a municipal regulation with two versions, and the comparison of the two in Eclipse Compare:
 * opened from the Versions view with the keyboard, stepping to the next changed article.
 */
public class CompareVersionsUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void compareTwoVersionsAndStepToTheNextChange() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        Path official = Fixtures.official(Files.createTempDirectory("lexgraph-compare"));
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(official.resolve("cvdr")));
        job.schedule();
        job.join();
        String id = LexgraphUiPlugin.knowledgeBase().session().orElseThrow()
                .library().findSource(official.resolve("cvdr/CVDR700001_2.xml").toString()).orElseThrow().id();

        VersionsView view = (VersionsView) ui.ui(() -> {
            try {
                return page().showView(VersionsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> view.show(id));
        Table table = ui.byId("versions.table", Table.class, 5_000);
        ui.waitUntil("the two versions", () -> table.getItemCount() == 2, 5_000);
        assertEquals("CVDR700001_1", ui.ui(() -> table.getItem(0).getText(0)));
        assertEquals("2024-06-30", ui.ui(() -> table.getItem(0).getText(2)), "in force until the day before v2");
        assertEquals("gmb-2024-250002", ui.ui(() -> table.getItem(1).getText(3)));
        assertEquals("4 of 4", ui.ui(() -> table.getItem(1).getText(6)), "what changed from the version before");
        ui.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
        ui.waitUntil("the versions still shown", () -> table.getItemCount() == 2, 5_000);
        ui.screenshot("versions-timeline");
        ui.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED));

        // open the second version as a keyboard user: it is compared with the first
        ui.click(table);
        ui.run(() -> table.setSelection(1));
        ui.key(SWT.CR, '\r');
        ui.waitUntil("the compare editor", () -> page().getActiveEditor() != null
                && page().getActiveEditor().getEditorInput() instanceof VersionCompareInput, 20_000);
        IEditorPart editor = ui.ui(() -> page().getActiveEditor());
        VersionCompareInput input = (VersionCompareInput) ui.ui(editor::getEditorInput);
        assertEquals("CVDR700001_1", input.before());
        assertEquals("CVDR700001_2", input.after());
        ICompareNavigator navigator = ui.ui(input::getNavigator);
        assertNotNull(navigator);
        boolean atEnd = ui.ui(() -> navigator.selectChange(true));
        assertFalse(atEnd, "there are more changes than one");
        ui.waitUntil("a changed article selected", () -> selected(editor) != null, 5_000);
        String first = ui.ui(() -> selected(editor));
        ui.run(() -> navigator.selectChange(true));
        ui.waitUntil("the next change selected", () -> selected(editor) != null && !selected(editor).equals(first),
                5_000);
        assertTrue(ui.ui(() -> selected(editor)).startsWith("Artikel"), ui.ui(() -> selected(editor)));
        try {
            ui.run(() -> page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED));
            ui.screenshot("compare-versions");
        } finally {
            // leave the workbench as the other tests expect it: no editor, the research layout
            ui.run(() -> {
                page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
                page().closeAllEditors(false);
                page().setEditorAreaVisible(false);
                page().activate(page().findView(org.lexgraph.ui.views.SearchView.ID));
            });
        }
    }

    @Test
    public void suggestedVersionsAreLinkedByTheUser() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        Path docs = Files.createTempDirectory("lexgraph-copies");
        long run = System.nanoTime(); // the same words twice would be a duplicate when the test home is reused
        Fixtures.text(docs, "apv-2021.md", "# Verordening winteropvang gemeente Deventer 2021\n\n"
                + "Vastgesteld in de vergadering van 4 maart 2021.\n\n## Artikel 1\n\nDe opvang is open van november tot maart.\n\n"
                + "Kenmerk " + run + ".\n");
        Fixtures.text(docs, "apv-2024.md", "# Verordening winteropvang gemeente Deventer 2024\n\n"
                + "Vastgesteld in de vergadering van 7 maart 2024.\n\n## Artikel 1\n\nDe opvang is het hele jaar open.\n\n"
                + "Kenmerk " + run + ".\n");
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(docs));
        job.schedule();
        job.join();
        String id = LexgraphUiPlugin.knowledgeBase().session().orElseThrow()
                .library().findSource(docs.resolve("apv-2024.md").toString()).orElseThrow().id();
        VersionsView view = (VersionsView) ui.ui(() -> {
            try {
                return page().showView(VersionsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> view.show(id));
        org.eclipse.swt.widgets.Button link = ui.byId("versions.link", org.eclipse.swt.widgets.Button.class, 5_000);
        ui.click(link);
        Table table = ui.byId("versions.table", Table.class, 5_000);
        ui.waitUntil("the two linked versions", () -> table.getItemCount() == 2, 10_000);
        assertEquals("2024-03-06", ui.ui(() -> table.getItem(0).getText(2)), "the first is in force until the second");
        assertTrue(LexgraphUiPlugin.knowledgeBase().session().orElseThrow().canUndo(), "linking is an edit");
    }

    @Test
    public void aCitedArticleThatChangedIsComparedFromTheCitationsView() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        Path official = Fixtures.official(Files.createTempDirectory("lexgraph-pit"));
        Path note = Fixtures.text(Files.createTempDirectory("lexgraph-note"), "notitie.txt",
                "Notitie koppelingswet\n\nDen Haag, 1 juni 2024\n\nZie artikel 10 Vreemdelingenwet 2000 over zorg (kenmerk "
                        + System.nanoTime() + ").");
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(official.resolve("bwb"), note));
        job.schedule();
        job.join();
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        String id = session.library().findSource(note.toString()).orElseThrow().id();
        org.lexgraph.core.CitationLink link = session.citations().outgoing(id).stream()
                .filter(l -> Boolean.TRUE.equals(l.articleChangedSince())).findFirst().orElseThrow();
        org.lexgraph.ui.views.CitationsView citations = (org.lexgraph.ui.views.CitationsView) ui.ui(() -> {
            try {
                return page().showView(org.lexgraph.ui.views.CitationsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> citations.compareArticle(link));
        ui.waitUntil("the compare editor", () -> page().getActiveEditor() != null
                && page().getActiveEditor().getEditorInput() instanceof VersionCompareInput, 20_000);
        VersionCompareInput input = (VersionCompareInput) ui.ui(() -> page().getActiveEditor().getEditorInput());
        try {
            assertEquals("BWBR0011823@2024-01-01", input.before());
            assertEquals(1, input.rows().size(), "only the cited article");
            assertEquals("10", input.rows().get(0).number());
        } finally {
            ui.run(() -> {
                page().closeAllEditors(false);
                page().setEditorAreaVisible(false);
            });
        }
    }

    /** The article selected in the compare editor's structure pane (the one tree without an id of ours), or null. */
    private String selected(IEditorPart editor) {
        for (org.eclipse.swt.widgets.Control c : ui.findAll(c -> c instanceof org.eclipse.swt.widgets.Tree
                && SwtDriver.id(c) == null && c.isVisible())) {
            org.eclipse.swt.widgets.TreeItem[] items = ((org.eclipse.swt.widgets.Tree) c).getSelection();
            if (items.length == 1 && items[0].getText().startsWith("Artikel")) {
                return items[0].getText();
            }
        }
        return null;
    }
}
