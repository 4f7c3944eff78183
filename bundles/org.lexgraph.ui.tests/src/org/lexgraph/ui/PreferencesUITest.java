package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.Importer;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.preferences.WorkbenchPreferences;

/**
 * Window › Preferences › Lexgraph: a bad value is named and nothing is saved; the import limits and OCR languages are
 * kept and used; a thesaurus row added in the table is written to the knowledge base and searched with at once.
 */
public class PreferencesUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    @Test
    public void settingsAndTheThesaurusTable() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        PreferenceDialog[] dialog = new PreferenceDialog[1];
        ui.run(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            dialog[0] = PreferencesUtil.createPreferenceDialogOn(shell, "org.lexgraph.ui.preferences", null, null);
            dialog[0].setBlockOnOpen(false);
            dialog[0].open();
        });
        Text languages = ui.byId("prefs.ocrLanguages", Text.class, 10_000);
        Spinner maxFile = ui.byId("prefs.maxFileMb", Spinner.class, 5_000);
        ui.run(() -> languages.setText("Nederlands"));
        ui.run(() -> maxFile.setSelection(200));
        ui.run(() -> okButton(dialog[0]).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        assertTrue(ui.ui(() -> dialog[0].getShell() != null && !dialog[0].getShell().isDisposed()),
                "a bad value keeps the dialog open");
        assertTrue(ui.ui(() -> String.valueOf(((org.eclipse.jface.preference.PreferencePage) dialog[0].getSelectedPage()).getErrorMessage())).contains("'Nederlands'"),
                ui.ui(() -> String.valueOf(((org.eclipse.jface.preference.PreferencePage) dialog[0].getSelectedPage()).getErrorMessage())));
        ui.run(() -> languages.setText("nld + eng"));

        // the thesaurus tab: a row added and typed in place
        TabFolder tabs = ui.byId("prefs.tabs", TabFolder.class, 5_000);
        ui.run(() -> tabs.setSelection(1));
        Table table = ui.byId("prefs.thesaurus", Table.class, 5_000);
        int before = ui.ui(table::getItemCount);
        Button add = ui.byId("prefs.thesaurus.add", Button.class, 5_000);
        ui.click(add);
        ui.waitUntil("a new row being edited", () -> ui.ui(() -> table.getItemCount() == before + 1
                && ui.display().getFocusControl() instanceof Text), 5_000);
        ui.type("spaarrente | rente op spaargeld");
        ui.key(SWT.CR, '\r');
        ui.waitUntil("the row typed", () -> ui.ui(() -> table.getItem(before).getText(0))
                .equals("spaarrente | rente op spaargeld"), 5_000);
        ui.screenshot("preferences-thesaurus");
        ui.run(() -> tabs.setSelection(0));
        ui.waitUntil("the general tab shown", () -> ui.ui(() -> languages.isVisible()), 5_000);
        Thread.sleep(500); // painted
        ui.screenshot("preferences-general");
        ui.run(() -> okButton(dialog[0]).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        ui.waitUntil("the dialog closed", () -> ui.ui(() -> dialog[0].getShell() == null
                || dialog[0].getShell().isDisposed()), 5_000);

        assertEquals(200L << 20, WorkbenchPreferences.limits().maxFileBytes());
        assertEquals("nld+eng", LexgraphUiPlugin.getDefault().getPreferenceStore()
                .getString(WorkbenchPreferences.OCR_LANGUAGES));
        assertEquals(null, System.getProperty(Importer.OCR_LANGUAGES_PROPERTY), "the default languages: no override");
        assertTrue(session.tables().thesaurus().contains("spaarrente | rente op spaargeld"));

        // back as it was, for the other tests
        var rows = new java.util.ArrayList<>(session.tables().thesaurus());
        rows.remove("spaarrente | rente op spaargeld");
        session.tables().saveThesaurus(rows);
        LexgraphUiPlugin.getDefault().getPreferenceStore().setToDefault(WorkbenchPreferences.MAX_FILE_MB);
    }

    private static Button okButton(PreferenceDialog d) {
        Control c = find(d.getShell(), "Apply and Close");
        if (c == null) {
            c = find(d.getShell(), "OK");
        }
        assertNotNull(c, "the dialog's OK button");
        return (Button) c;
    }

    private static Control find(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText().replace("&", ""))) {
            return c;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                Control f = find(child, label);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
