package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.themes.Themes;
import org.lexgraph.model.LinkState;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.CoverageView;
import org.lexgraph.ui.views.DocumentView;
import org.lexgraph.ui.views.TaxonomyView;

/**
 * Theme links in the real workbench: the Themes view shows the letter's asks with the passages linked to them, a
 * proposed link confirmed there moves one count from proposed to confirmed in the Coverage matrix, and the Document
 * view marks the linked passages with their asks.
 */
public class ThemesUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    private <T> T show(String id, Class<T> type) {
        return type.cast(ui.ui(() -> {
            try {
                return page().showView(id);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static TreeItem find(TreeItem[] items, String linkId) {
        for (TreeItem i : items) {
            if (i.getData() instanceof Themes.LinkView v && v.id().equals(linkId)) {
                i.getParent().showItem(i);
                return i;
            }
            TreeItem inside = find(i.getItems(), linkId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static int confirmed(CoverageView v, String ask) {
        return v.coverage().rows().stream().mapToInt(r -> r.cells().get(ask).confirmed()).sum();
    }

    private static int proposed(CoverageView v, String ask) {
        return v.coverage().rows().stream().mapToInt(r -> r.cells().get(ask).proposed()).sum();
    }

    @Test
    public void confirmingALinkChangesTheMatrix() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        TaxonomyView themes = show(TaxonomyView.ID, TaxonomyView.class);
        ui.waitUntil("links under the asks", () -> !themes.linksOf("T1.2").isEmpty(), 20_000);
        Themes.LinkView proposed = ui.ui(() -> themes.linksOf("T1.2").stream()
                .filter(l -> l.state().equals("proposed")).findFirst().orElseThrow());

        CoverageView coverage = show(CoverageView.ID, CoverageView.class);
        int confirmedBefore = ui.ui(() -> confirmed(coverage, "T1.2"));
        int proposedBefore = ui.ui(() -> proposed(coverage, "T1.2"));
        ui.screenshot("coverage-before");

        // find the link in the tree (Themes › letter › T1 › T1.2 › source › link), select it as a user does
        show(TaxonomyView.ID, TaxonomyView.class);
        Tree tree = ui.byId("taxonomy.tree", Tree.class, 5_000);
        ui.run(() -> themes.showLinks("T1.2"));
        TreeItem link = ui.ui(() -> find(tree.getItems(), proposed.id()));
        assertNotNull(link, "the proposed link is in the tree");
        Point p = ui.ui(() -> {
            Rectangle r = link.getBounds();
            return tree.toDisplay(r.x + 20, r.y + r.height / 2);
        });
        ui.clickAt(p);
        ui.waitUntil("the link selected", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData()
                instanceof Themes.LinkView v && v.id().equals(proposed.id()), 5_000);
        ui.screenshot("themes-links");
        ui.run(() -> themes.decide(LinkState.CONFIRMED));

        ui.waitUntil("the matrix counts the confirmation", () -> confirmed(coverage, "T1.2") == confirmedBefore + 1
                && proposed(coverage, "T1.2") == proposedBefore - 1, 10_000);
        show(CoverageView.ID, CoverageView.class);
        ui.screenshot("coverage-after-confirming");

        // the document view marks linked passages with their asks
        ui.run(() -> DocumentView.show(page(), proposed.sourceId(), proposed.passageId()));
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));
        ui.waitUntil("the linked passage marked", () -> doc.linkedAsks().getOrDefault(proposed.passageId(),
                java.util.List.of()).contains("T1.2"), 5_000);
        assertFalse(ui.ui(doc::linkedAsks).isEmpty());
        ui.screenshot("document-theme-links");
        // undo puts the link back to proposed; the matrix follows
        ui.run(() -> {
            try {
                LexgraphUiPlugin.knowledgeBase().session().orElseThrow().undo();
            } catch (org.lexgraph.core.KnowledgeBaseException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("the matrix after undo", () -> confirmed(coverage, "T1.2") == confirmedBefore, 10_000);
        assertTrue(proposed(coverage, "T1.2") == proposedBefore);

        // an ask's profile is edited in the Properties view: words as one comma-separated line, yes/no, a number
        ui.run(() -> {
            var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
            org.lexgraph.model.Ask ask = session.read(kb -> kb.getTaxonomies().get(0).getThemes().get(0).getAsks()
                    .stream().filter(a -> a.getKey().equals("T1.2")).findFirst().orElseThrow());
            var source = new org.lexgraph.ui.properties.EmfPropertySource(session, ask,
                    (org.eclipse.emf.edit.provider.IItemPropertySource) session.adapterFactory().adapt(ask,
                            org.eclipse.emf.edit.provider.IItemPropertySource.class));
            java.util.Map<String, Object> ids = new java.util.HashMap<>();
            for (var d : source.getPropertyDescriptors()) {
                ids.put(d.getDisplayName(), d.getId());
            }
            Object excluded = ids.get("Excluded Terms");
            Object threshold = ids.get("Threshold");
            Object population = ids.get("Population");
            assertNotNull(excluded, ids.keySet().toString());
            String was = (String) source.getPropertyValue(excluded);
            assertTrue(was.contains("asielzoekers"), was);
            source.setPropertyValue(excluded, was + ", azc");
            assertTrue(ask.getExcludedTerms().contains("azc"), ask.getExcludedTerms().toString());
            source.setPropertyValue(threshold, "0,8");
            assertTrue(ask.getThreshold() == 0.8, "threshold " + ask.getThreshold());
            assertTrue(Integer.valueOf(1).equals(source.getPropertyValue(population)));
            source.setPropertyValue(population, 0);
            assertFalse(ask.isPopulation());
            try {
                session.undo();
                session.undo();
                session.undo();
            } catch (org.lexgraph.core.KnowledgeBaseException e) {
                throw new IllegalStateException(e);
            }
            assertTrue(ask.isPopulation() && ask.getThreshold() == 0.7 && !ask.getExcludedTerms().contains("azc"),
                    "each edit undone");
        });
    }
}
