package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.query.SearchHit;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.BasketView;
import org.lexgraph.ui.views.DocumentView;

/**
 * A basket in the real workbench: words selected in the Document view go into a basket (the first time the user
 * names it in a dialog), a search hit follows, the quotes are reordered and the basket is exported with its
 * citations in the new order.
 */
public class BasketUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void quoteFromTheDocumentReorderAndExport() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        SourceSummary law = session.library().sources().stream().filter(s -> "Vreemdelingenwet 2000".equals(s.title()))
                .findFirst().orElseThrow();
        ui.run(() -> DocumentView.show(page(), law.id(), null));
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));
        ui.run(() -> doc.select("de verlening van medisch noodzakelijke zorg"));
        // the first quote asks for the basket's name
        ui.display().asyncExec(doc::addSelectionToBasket);
        ui.waitUntil("the basket dialog", () -> Arrays.stream(ui.display().getShells())
                .anyMatch(s -> s.isVisible() && s != page().getWorkbenchWindow().getShell()), 5_000);
        ui.run(() -> {
            for (Shell s : ui.display().getShells()) {
                if (s.isVisible() && s != page().getWorkbenchWindow().getShell()) {
                    s.forceActive();
                }
            }
        });
        ui.run(() -> {
            // the dialog's text field has the focus with its proposal selected: type over it
            org.eclipse.swt.widgets.Control c = ui.display().getFocusControl();
            if (c instanceof org.eclipse.swt.widgets.Text t) {
                t.selectAll();
            }
        });
        ui.type("Brief aan de raad");
        ui.key(SWT.CR, '\r');
        BasketView basket = (BasketView) ui.ui(() -> page().findView(BasketView.ID));
        ui.waitUntil("the quote in the basket", () -> basket != null && basket.quotes().size() == 1, 10_000);
        assertEquals("de verlening van medisch noodzakelijke zorg", ui.ui(() -> basket.quotes().get(0).text()));
        assertEquals("art. 10 lid 2 Vreemdelingenwet 2000", ui.ui(() -> basket.quotes().get(0).citation()));

        // words dragged from the document carry where they are; dropped on the basket they are a quote too
        ui.run(() -> doc.select("rechtsbijstand"));
        String dragged = ui.ui(doc::dragData);
        assertTrue(dragged != null && dragged.startsWith(BasketView.DRAG_PREFIX + law.id() + ":"), dragged);
        ui.run(() -> basket.dropped(dragged));
        ui.waitUntil("the dragged words in the basket", () -> basket.quotes().size() == 2
                && basket.quotes().get(1).text().equals("rechtsbijstand"), 10_000);
        ui.run(() -> {
            basket.select(1);
        });
        ui.run(() -> {
            try {
                session.baskets().removeQuote("Brief aan de raad", basket.quotes().get(1).id());
            } catch (org.lexgraph.core.KnowledgeBaseException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("back to one quote", () -> basket.quotes().size() == 1, 10_000);

        // a search hit follows, into the same basket
        SearchHit hit = session.search().run(org.lexgraph.query.SearchRequest.of("ECLI:NL:RBSGR:2012:BZ0845", 1)).hits()
                .get(0);
        ui.run(() -> basket.dropped(BasketView.DRAG_PREFIX + hit.sourceId() + ":" + hit.passageId()));
        ui.waitUntil("two quotes", () -> basket.quotes().size() == 2, 10_000);
        assertTrue(ui.ui(() -> basket.quotes().get(1).citation()).startsWith("ECLI:NL:RBSGR:2012:BZ0845"));

        // the ruling first
        ui.run(() -> {
            page().activate(basket);
            basket.select(1);
            basket.move(-1);
        });
        ui.waitUntil("reordered", () -> basket.quotes().get(0).citation().startsWith("ECLI"), 5_000);
        ui.screenshot("basket");
        Path md = Files.createTempFile("basket", ".md");
        ui.run(() -> basket.export(md, "markdown", false));
        String text = Files.readString(md);
        assertTrue(text.indexOf("ECLI:NL:RBSGR:2012:BZ0845") < text.indexOf("art. 10 lid 2 Vreemdelingenwet 2000")
                && text.startsWith("# Brief aan de raad"), text);
        assertTrue(BasketView.html(ui.ui(() -> basket.quotes().get(1))).contains(
                "<a href=\"https://wetten.overheid.nl/jci1.3:c:BWBR0011823&amp;artikel=10\">"));
    }
}
