package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;

/**
 * A watched folder in the real workbench: a file dropped into it appears in the Library without the user doing
 * anything, and a file taken away is shown as removed with its text kept.
 */
public class WatchedFolderUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private List<String[]> rows(Table t) {
        return ui.ui(() -> Arrays.stream(t.getItems())
                .map((TableItem i) -> new String[] {i.getText(0), i.getText(4), i.getText(5)}).toList());
    }

    @Test
    public void filesDroppedIntoAWatchedFolderAreImported() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        ICommandService commands = ui.ui(() -> PlatformUI.getWorkbench().getService(ICommandService.class));
        assertTrue(ui.ui(() -> commands.getCommand("org.lexgraph.ui.watchFolder").isDefined()));
        assertTrue(ui.ui(() -> commands.getCommand("org.lexgraph.ui.unwatchFolder").isDefined()));
        Table library = ui.byId("library.table", Table.class, 30_000);

        Path folder = Files.createTempDirectory("lexgraph-watched");
        WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
        kb.watch(folder);
        assertTrue(kb.watchedFolders().contains(folder.toAbsolutePath().normalize()), "remembered in the base");

        Fixtures.text(folder, "winteropvang.txt", "Notitie winteropvang: de gemeente opent de nachtopvang eerder.");
        // read whole: an import that began while the file was being written may first record it as empty, and the
        // change that follows imports it again
        ui.waitUntil("the dropped file in the library", () -> rows(library).stream()
                .anyMatch(r -> r[2].equals("winteropvang.txt") && !r[1].startsWith("failed")), 30_000);

        Files.delete(folder.resolve("winteropvang.txt"));
        ui.waitUntil("the removed file marked as such", () -> rows(library).stream()
                .anyMatch(r -> r[2].equals("winteropvang.txt") && r[1].contains("removed")), 30_000);
        ui.screenshot("library-watched-folder");

        kb.unwatch(folder);
        assertTrue(kb.watchedFolders().isEmpty() || !kb.watchedFolders().contains(folder));
    }
}
