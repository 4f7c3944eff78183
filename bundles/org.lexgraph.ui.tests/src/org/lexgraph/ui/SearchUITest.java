package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.FileOutcome;
import org.lexgraph.query.QueryFields;
import org.lexgraph.query.SourceGroup;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.ImportJob;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.DocumentView;
import org.lexgraph.ui.views.SavedSearchesView;
import org.lexgraph.ui.views.SearchView;

/**
 * The Search view in the real workbench: results grouped by source, a facet chosen in the panel narrows them, the
 * query field completes field names and identifiers, the Document view marks every match and F3 steps through them,
 * and a search saved with the Save… button reports new hits after an import in the Saved Searches view.
 */
public class SearchUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    private void search(Text query, String words) {
        ui.click(query);
        ui.run(query::selectAll);
        ui.type(words);
        ui.waitUntil("the typed query", () -> query.getText().equals(words), 5_000);
        ui.key(SWT.CR, '\r');
    }

    @Test
    public void facetsCompletionHitsAndSavedSearches() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        SearchView view = (SearchView) ui.ui(() -> {
            try {
                return page().showView(SearchView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Text query = ui.byId("search.query", Text.class, 5_000);
        Tree results = ui.byId("search.results", Tree.class, 5_000);
        Label status = ui.byId("search.status", Label.class, 5_000);

        // the seeded base: the letter and the sample laws and ruling all speak of vreemdelingen
        search(query, "vreemdeling");
        ui.waitUntil("sources found", () -> results.getItemCount() > 1 && ui.ui(status::getText).contains(" in "),
                10_000);
        List<String> sources = ui.ui(() -> view.shownSources().stream().map(SourceGroup::sourceId).toList());
        assertEquals(sources.stream().distinct().count(), sources.size(), "each source once: " + sources);
        List<String> facets = ui.ui(view::facetValues);
        assertTrue(facets.contains("kind=regulation") && facets.contains("kind=ruling"), facets.toString());

        // a kind chosen in the facet panel keeps only that kind; the other kinds stay offered
        ui.run(() -> view.toggleFacet(QueryFields.KIND, "ruling"));
        ui.waitUntil("only rulings", () -> !view.shownSources().isEmpty()
                && view.shownSources().stream().allMatch(g -> g.kind().equals("ruling")), 10_000);
        assertTrue(ui.ui(view::facetValues).contains("kind=regulation"), "the other values can still be added");
        assertTrue(ui.ui(status::getText).contains("ruling"), ui.ui(status::getText));
        ui.screenshot("search-facets");
        ui.run(() -> view.toggleFacet(QueryFields.KIND, "ruling"));
        ui.waitUntil("all kinds again", () -> view.shownSources().stream().anyMatch(g -> !g.kind().equals("ruling")),
                10_000);

        // whatever is typed is searched: a slash, a question's closing mark, an open quote (said in the status)
        for (String typed : List.of("Wmo/vreemdeling", "Wie heeft rechtmatig verblijf (vreemdeling)?",
                "\"rechtmatig verblijf")) {
            ui.run(() -> {
                query.setText(typed);
                view.runSearch();
            });
            ui.waitUntil("results for " + typed, () -> typed.equals(view.shownQuery())
                    && !view.shownSources().isEmpty(), 10_000);
        }
        assertTrue(ui.ui(status::getText).contains("unbalanced quotes"), ui.ui(status::getText));
        ui.screenshot("search-read-as-words");

        // completion: field names, their values, identifiers as typed
        assertTrue(labels(ui.ui(() -> view.proposals("mun"))).contains("municipality:"));
        assertTrue(labels(ui.ui(() -> view.proposals("opvang kind:reg"))).contains("regulation"));
        assertTrue(labels(ui.ui(() -> view.proposals("theme:T1"))).containsAll(List.of("T1", "T1.1", "T1.2")));
        assertTrue(labels(ui.ui(() -> view.proposals("ECLI:NL:RB"))).stream().anyMatch(l -> l.startsWith("ECLI:NL:RB")),
                "the sample ruling's ECLI is proposed");

        // open the best passage from the keyboard: every match in the document is marked, F3 steps on
        search(query, "vreemdeling rechtmatig");
        ui.waitUntil("results", () -> results.getItemCount() > 0, 10_000);
        ui.run(() -> {
            results.setFocus();
            results.setSelection(results.getItem(0));
        });
        ui.key(SWT.CR, '\r');
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));
        ui.waitUntil("matches marked in the document", () -> doc.hitTexts().size() > 1, 10_000);
        assertTrue(ui.ui(doc::hitTexts).stream().allMatch(w -> w.toLowerCase().startsWith("vreemdeling")
                || w.toLowerCase().startsWith("rechtmatig")), ui.ui(doc::hitTexts).toString());
        int at = ui.ui(doc::currentHit);
        ui.run(doc::setFocus);
        ui.key(SWT.F3, '\0');
        ui.waitUntil("the next match", () -> doc.currentHit() == (at + 1) % doc.hitTexts().size(), 5_000);
        ui.screenshot("document-matches");

        // save the search with the Save… button; an import with a new hit shows in the Saved Searches view
        search(query, "zwaluwnestopvang");
        ui.waitUntil("the search run", () -> ui.ui(status::getText).contains("zwaluwnestopvang"), 10_000);
        Button save = ui.byId("search.save", Button.class, 5_000);
        ui.click(save);
        ui.waitUntil("the name dialog", () -> Arrays.stream(ui.display().getShells())
                .anyMatch(s -> s.isVisible() && s != page().getWorkbenchWindow().getShell()), 5_000);
        ui.run(() -> {
            for (Shell s : ui.display().getShells()) {
                if (s.isVisible() && s != page().getWorkbenchWindow().getShell()) {
                    s.forceActive();
                }
            }
        });
        ui.key(SWT.END, '\0');
        ui.type(" nest");
        ui.key(SWT.CR, '\r');
        SavedSearchesView saved = (SavedSearchesView) ui.ui(() -> page().findView(SavedSearchesView.ID));
        ui.waitUntil("the saved search listed", () -> saved != null && saved.reports().stream()
                .anyMatch(r -> r.name().equals("zwaluwnestopvang nest")), 10_000);

        Path docs = Files.createTempDirectory("lexgraph-saved");
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(Fixtures.text(docs, "nest.txt",
                "De gemeente opent een zwaluwnestopvang voor mensen zonder verblijfsvergunning.")));
        job.schedule();
        job.join();
        assertEquals(1, job.report().count(FileOutcome.Status.IMPORTED), job.report().toString());
        ui.waitUntil("a new hit reported", () -> saved.reports().stream()
                .anyMatch(r -> r.name().equals("zwaluwnestopvang nest") && r.newHits() == 1), 15_000);
        assertTrue(ui.ui(saved::getPartName).contains("1"), ui.ui(saved::getPartName));
        ui.run(() -> page().activate(saved));
        ui.screenshot("saved-searches-new");
    }

    private static List<String> labels(IContentProposal[] proposals) {
        return Arrays.stream(proposals).map(IContentProposal::getLabel).toList();
    }
}
