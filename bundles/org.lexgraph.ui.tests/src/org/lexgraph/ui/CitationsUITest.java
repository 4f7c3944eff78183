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
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.ImportJob;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.CitationsView;
import org.lexgraph.ui.views.DocumentView;

/**
 * A citation in a document is a link: the Document view underlines it, the Citations view lists it (and the ruling
 * it names lists the document as citing it), and clicking the link opens the cited ruling.
 */
public class CitationsUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    @Test
    public void followACitationFromTheDocumentView() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        KnowledgeBaseSession session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        Path dir = Files.createTempDirectory("lexgraph-cite-ui");
        Path pdf = Fixtures.pdf(dir, "pleitnota.pdf", List.of("Pleitnota over gezinsleven",
                "Zie de uitspraak ECLI:NL:RBSGR:2012:BZ0845 over artikel 8 EVRM."));
        ImportJob job = new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(pdf));
        job.schedule();
        job.join();
        SourceSummary note = session.library().findSource(pdf.toString()).orElseThrow();
        SourceSummary ruling = session.library().findSource("ECLI:NL:RBSGR:2012:BZ0845").orElseThrow();

        ui.run(() -> {
            try {
                page().showView(CitationsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            DocumentView.show(page(), note.id(), null);
        });
        DocumentView doc = (DocumentView) ui.ui(() -> page().findView(DocumentView.ID));
        CitationsView citations = (CitationsView) ui.ui(() -> page().findView(CitationsView.ID));
        assertNotNull(citations);
        // two links: the ruling, and article 8 of the EVRM (which is not in the knowledge base)
        ui.waitUntil("the links in the document", () -> doc.links().size() == 2, 5_000);
        assertEquals(ruling.id(), doc.links().get(0)[2], "the first link leads to the ruling");
        assertEquals(null, doc.links().get(1)[2]);
        List<String> labels = ui.ui(citations::labels);
        assertTrue(labels.contains("Cites (2)"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("ECLI:NL:RBSGR:2012:BZ0845") && l.contains(ruling.title())),
                labels.toString());

        StyledText text = ui.byId("document.text", StyledText.class, 5_000);
        int offset = (int) doc.links().get(0)[0] + 5;
        // a click on the link: the caret lands in it and the mouse button comes up. (XTest clicks reach the
        // StyledText under Xvfb with wrong coordinates, so the test places the caret and sends the button-up.)
        ui.run(() -> {
            text.setFocus();
            text.setCaretOffset(offset);
            Event up = new Event();
            up.button = 1;
            text.notifyListeners(SWT.MouseUp, up);
        });
        ui.waitUntil("the ruling opened by the link", () -> ruling.id().equals(doc.sourceId()), 5_000);
        ui.waitUntil("the ruling's incoming citation",
                () -> citations.labels().contains("Cited by (1)"), 5_000);
        ui.screenshot("citations-after-following-a-link");
    }
}
