package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;

/**
 * File > Shared Index...: the dialog says where searches go (the own index), and binding to a collection that cannot
 * be reached is refused with the reason, leaving the knowledge base on its own index.
 */
public class SharedIndexUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    @Test
    public void theDialogShowsTheOwnIndexAndExplainsAnUnreachableCollection() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        ICommandService commands = ui.ui(() -> PlatformUI.getWorkbench().getService(ICommandService.class));
        assertTrue(ui.ui(() -> commands.getCommand("org.lexgraph.ui.sharedIndex").isDefined()));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing answers there
        }
        // opened as the menu opens it (the handler's dialog blocks, so it is run later on the UI thread)
        ui.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
                        "org.lexgraph.ui.sharedIndex", null);
            } catch (CommandException e) {
                throw new IllegalStateException(e);
            }
        });
        Label status = ui.byId("shared.status", Label.class, 10_000);
        try {
            ui.waitUntil("the own index named", () -> ui.ui(status::getText).equals(Messages.SharedIndex_own),
                    10_000);
            Text location = ui.byId("shared.location", Text.class, 1_000);
            Button use = ui.byId("shared.use", Button.class, 1_000);
            assertTrue(!ui.ui(() -> ui.byId("shared.send", Button.class, 1_000).isEnabled()),
                    "nothing to send while unbound");
            String where = "solr://127.0.0.1:" + port + "/team";
            ui.run(() -> location.setText(where));
            ui.run(() -> use.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
            Label problem = ui.byId("shared.problem", Label.class, 1_000);
            ui.waitUntil("the unreachable collection explained", () -> ui.ui(problem::getText).contains("127.0.0.1:"
                    + port), 30_000);
            ui.waitUntil("the own index named again", () -> ui.ui(status::getText).equals(Messages.SharedIndex_own),
                    10_000);
            assertTrue(ui.ui(problem::getText).contains("still uses its own index"), ui.ui(problem::getText));
            assertTrue(LexgraphUiPlugin.knowledgeBase().session().get().sharing().binding().isEmpty(),
                    "the knowledge base is not bound");
            ui.screenshot("shared-index-dialog");
        } finally {
            ui.run(() -> status.getShell().close());
        }
    }
}
