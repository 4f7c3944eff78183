package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.dialogs.AboutDialog;
import org.lexgraph.ui.dialogs.ShortcutsDialog;
import org.lexgraph.ui.dialogs.UserGuideDialog;

/**
 * The Help menu: User Guide, Keyboard Shortcuts and About are in the window's menu bar; About lists the bundled
 * libraries with their versions and licences, Shortcuts the keys as bound, the guide its text.
 */
public class HelpMenuUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    @Test
    public void theHelpMenuOpensTheGuideTheShortcutsAndAbout() throws Exception {
        List<String> items = ui.ui(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            MenuItem help = Arrays.stream(shell.getMenuBar().getItems())
                    .filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElse(null);
            assertNotNull(help, "a Help menu");
            Menu menu = help.getMenu();
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").replaceAll("\t.*", ""))
                    .filter(t -> !t.isBlank()).toList();
        });
        assertTrue(items.containsAll(List.of("User Guide", "Keyboard Shortcuts", "About Lexgraph")), items.toString());

        List<AboutDialog.Library> libraries = ui.ui(AboutDialog::libraries);
        assertTrue(libraries.stream().anyMatch(l -> l.symbolicName().contains("lucene")), "Lucene is listed");
        assertTrue(libraries.stream().anyMatch(l -> l.symbolicName().contains("pdfbox")), "PDFBox is listed");
        assertTrue(libraries.stream().noneMatch(l -> l.symbolicName().startsWith("org.lexgraph")));
        assertTrue(libraries.stream().filter(l -> l.symbolicName().contains("lucene"))
                .allMatch(l -> !l.licence().isBlank()));

        // each dialog opens (not blocking the test) and shows its content; closed whatever happens
        Table table = openAndFind(() -> new AboutDialog(shell()), "about.libraries", Table.class);
        try {
            assertTrue(ui.ui(table::getItemCount) == libraries.size());
            ui.screenshot("help-about");
        } finally {
            close(table);
        }
        Table keys = openAndFind(() -> new ShortcutsDialog(shell()), "shortcuts.table", Table.class);
        try {
            assertTrue(ui.ui(() -> Arrays.stream(keys.getItems()).anyMatch(i -> i.getText(0).equals("F3"))));
            assertTrue(ui.ui(() -> Arrays.stream(keys.getItems()).anyMatch(i -> i.getText(1).startsWith(
                    "Import Files"))), "Ctrl+I, bound to Import Files");
        } finally {
            close(keys);
        }
        org.eclipse.swt.custom.StyledText guide = openAndFind(() -> new UserGuideDialog(shell()), "guide.text",
                org.eclipse.swt.custom.StyledText.class);
        try {
            assertTrue(ui.ui(guide::getText).contains("Collections"), "the guide's text");
            ui.screenshot("help-user-guide");
        } finally {
            close(guide);
        }
    }

    private Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private <W extends org.eclipse.swt.widgets.Control> W openAndFind(
            java.util.function.Supplier<org.eclipse.jface.dialogs.Dialog> make, String id, Class<W> type) {
        ui.run(() -> {
            org.eclipse.jface.dialogs.Dialog d = make.get();
            d.setBlockOnOpen(false);
            d.open();
        });
        return ui.byId(id, type, 10_000);
    }

    private void close(org.eclipse.swt.widgets.Control c) {
        ui.run(() -> c.getShell().close());
    }
}
