package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.Importer;
import org.lexgraph.core.annotations.HighlightColour;
import org.lexgraph.query.SearchHit;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.DocumentView;

/**
 * The page as printed: a Kamerstuk (PDF) opened from a search hit, switched to the page view, drawn with the passage
 * outlined and the search's words marked; no page past the last; back to the text.
 */
public class PageViewUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void aSearchHitOpensOnItsPrintedPage() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        Path dir = Files.createTempDirectory("pages");
        Path pdf = Files.copy(Path.of("data/kst-32545-143.pdf"), dir.resolve("kst-32545-143.pdf"));
        session.imports().importPaths(List.of(pdf), Importer.Options.DEFAULT, new NullProgressMonitor());
        SearchHit hit = session.search().run("negatieve spaarrente grensspaarsaldo", 5).hits().get(0);
        assertTrue(hit.file().endsWith("kst-32545-143.pdf"), hit.file());

        ui.run(() -> DocumentView.show(page(), hit.sourceId(), hit.passageId(), "negatieve spaarrente"));
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));
        ui.run(() -> doc.showPages(true));
        Label pageLabel = ui.byId("document.page", Label.class, 5_000);
        ui.waitUntil("the page drawn", () -> ui.ui(pageLabel::getText).matches(".*\\d+ .* \\d+.*")
                && !ui.ui(pageLabel::getText).contains("…"), 20_000);
        Canvas canvas = ui.byId("document.pageCanvas", Canvas.class, 5_000);
        assertTrue(ui.ui(() -> canvas.getSize().x) > 300, "drawn to the view's width");
        assertEquals(NLS.bind(Messages.Document_pageOf, 1, 1), ui.ui(pageLabel::getText), "a one-page motie");
        ui.waitUntil("the passage outlined and the words marked",
                () -> !ui.ui(() -> doc.pageViewer().marks().passage()).isEmpty(), 10_000);
        assertFalse(ui.ui(() -> doc.pageViewer().marks().matches()).isEmpty(), "negatieve spaarrente marked");

        // words selected on the page by dragging over them, highlighted in green from the page's menu
        var first = ui.ui(() -> doc.pageViewer().marks().matches().get(0));
        ui.run(() -> doc.pageViewer().selectArea(first.x(), first.y(), first.x() + first.width(),
                first.y() + first.height()));
        assertEquals("negatieve", ui.ui(() -> doc.pageViewer().selectedWords()));
        ui.run(() -> doc.pageViewer().annotateSelection(HighlightColour.GREEN, "de ondergrens"));
        ui.waitUntil("the highlight drawn on the page", () -> !ui.ui(() -> doc.pageViewer().marks().highlights())
                .isEmpty(), 10_000);
        ui.screenshot("document-page-highlight");
        var notes = session.annotations().list(hit.sourceId());
        assertEquals(1, notes.size());
        assertEquals("green", notes.get(0).colour());
        assertTrue(notes.get(0).quote().equalsIgnoreCase("negatieve"), notes.get(0).quote());
        ui.run(() -> page().toggleZoom(page().getReference(doc))); // the view maximised, for the screenshot
        ui.waitUntil("drawn again at the new width", () -> ui.ui(() -> canvas.getSize().x) > 700
                && ui.ui(pageLabel::getText).equals(NLS.bind(Messages.Document_pageOf, 1, 1)), 20_000);
        ui.screenshot("document-page-view");
        ui.run(() -> page().toggleZoom(page().getReference(doc)));
        ui.waitUntil("drawn again at the view's width", () -> ui.ui(() -> canvas.getSize().x) < 700
                && ui.ui(pageLabel::getText).equals(NLS.bind(Messages.Document_pageOf, 1, 1)), 20_000);
        ui.run(() -> doc.goToPage(2));
        assertEquals(NLS.bind(Messages.Document_pageOf, 1, 1), ui.ui(pageLabel::getText), "no page after the last");

        ui.run(() -> doc.showPages(false));
        StyledText text = ui.byId("document.text", StyledText.class, 5_000);
        assertTrue(ui.ui(text::isVisible), "back to the text");
        ui.run(() -> doc.showPages(true));
        ui.waitUntil("the page view again", () -> ui.ui(pageLabel::getText).matches("\\D*\\d+\\D+\\d+.*"), 20_000);
        assertEquals(1, session.pages().pageCount(hit.sourceId()));
        session.annotations().delete(notes.get(0).id());

        // from the Search view's menu a hit opens on its page as printed (the text view on before)
        ui.run(() -> doc.showPages(false));
        assertFalse(ui.ui(pageLabel::isVisible), "the text on show");
        org.lexgraph.ui.views.SearchView search = (org.lexgraph.ui.views.SearchView) ui.ui(() -> {
            try {
                return page().showView(org.lexgraph.ui.views.SearchView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> search.show("negatieve spaarrente grensspaarsaldo", null));
        ui.waitUntil("the motie found first", () -> ui.ui(() -> !search.shownSources().isEmpty()
                && search.shownSources().get(0).sourceId().equals(hit.sourceId())), 10_000);
        ui.run(() -> search.openOnPage(search.shownSources().get(0))); // the hit's menu: Open on Its Page
        ui.waitUntil("on its page", () -> ui.ui(() -> pageLabel.isVisible()
                && pageLabel.getText().equals(NLS.bind(Messages.Document_pageOf, 1, 1))), 20_000);
        assertEquals(hit.sourceId(), ui.ui(doc::sourceId), "the motie, the search's first source");
        ui.run(() -> doc.showPages(false));
    }
}
