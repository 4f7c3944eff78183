package org.lexgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.Importer;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.tests.support.Fixtures;
import org.lexgraph.tests.support.swt.SwtDriver;
import org.lexgraph.ui.jobs.OpenKnowledgeBaseJob;
import org.lexgraph.ui.views.LibraryView;

/**
 * A Woo bundle's documents corrected from the Library's menu: a document merged with the next, the merge undone with
 * Edit › Undo, a document split at the page typed in the dialog. (The documents' titles sort after the letter's, which
 * other tests take to be the Library's first row.)
 */
public class WooBundleUITest {

    private final SwtDriver ui = new SwtDriver(PlatformUI.getWorkbench().getDisplay());

    private IWorkbenchPage page() {
        return ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    private static String email(String date, String subject) {
        return "Van: 5.1.2e <5.1.2e@minjenv.nl>\nVerzonden: dinsdag " + date + " 14:03\nAan: 5.1.2e <5.1.2e@utrecht.nl>\n"
                + "Onderwerp: " + subject + "\n\nBeste 5.1.2e,\nHierbij de stukken over de nachtopvang in Utrecht.";
    }

    @Test
    public void mergeUndoAndSplitFromTheLibrary() throws Exception {
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null);
        var session = LexgraphUiPlugin.knowledgeBase().session().orElseThrow();
        Path dir = Files.createTempDirectory("woo");
        Path bundle = Fixtures.pdf(dir, "besluit-woo.pdf", List.of(
                email("12 maart 2021", "RE: opvang ongedocumenteerden") + "\n\nPagina 1 van 2",
                "De gemeente vangt de mensen op zolang de procedure loopt.\n\nPagina 2 van 2",
                "Gemeente Utrecht\nPostbus 16200\n\nDatum 3 april 2021\nOnderwerp Nachtopvang\nOns kenmerk 1234567\n\n"
                        + "Geachte heer, mevrouw,\nWij berichten u over de bed-bad-broodvoorziening.",
                "Overzicht van de opvangplaatsen in de stad (bijlage).",
                email("14 maart 2021", "LVV-pilot")));
        session.imports().importPaths(List.of(bundle), Importer.Options.DEFAULT, new NullProgressMonitor());
        ui.run(() -> {
            try {
                page().showView(LibraryView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Table library = ui.byId("library.table", Table.class, 10_000);
        ui.waitUntil("the bundle's three documents listed", () -> parts(session, bundle).size() == 3
                && rowOf(library, "2: brief") >= 0, 20_000);

        // merge the letter with the annex's next document, from the Library's menu
        choose(library, "2: brief", Messages.Library_mergeDocument);
        Job.getJobManager().join(OpenKnowledgeBaseJob.FAMILY, null); // the correction's job, done with its edit
        ui.waitUntil("two documents", () -> parts(session, bundle).size() == 2, 20_000);
        ui.run(() -> {
            try {
                session.undo();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("three again after Undo", () -> parts(session, bundle).size() == 3, 20_000);

        // split the letter at page 4, the page typed in the dialog
        ui.waitUntil("the letter listed again", () -> rowOf(library, "2: brief") >= 0, 10_000);
        ui.display().asyncExec(() -> choose(library, "2: brief", Messages.Library_splitDocument));
        ui.waitUntil("the page dialog", () -> dialog() != null, 5_000);
        ui.run(() -> {
            Shell d = dialog();
            d.forceActive();
            Text page = (Text) find(d, c -> c instanceof Text);
            page.setText("4");
        });
        ui.screenshot("library-split-document");
        ui.run(() -> {
            Shell d = dialog();
            org.eclipse.swt.widgets.Button ok = (org.eclipse.swt.widgets.Button) find(d,
                    c -> c instanceof org.eclipse.swt.widgets.Button b && (b.getStyle() & SWT.PUSH) != 0
                            && b == d.getDefaultButton());
            ok.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitUntil("four documents", () -> parts(session, bundle).size() == 4, 20_000);
        assertEquals(List.of(1, 3, 4, 5), parts(session, bundle).stream()
                .map(m -> Integer.parseInt(m.replaceAll(".*, p\\. (\\d+).*", "$1"))).sorted().toList());
    }

    private static List<String> parts(org.lexgraph.core.KnowledgeBaseSession s, Path bundle) {
        return s.library().sources().stream().filter(x -> bundle.toString().equals(x.file()) && !x.removed())
                .map(SourceSummary::member).toList();
    }

    private int rowOf(Table t, String prefix) {
        return ui.ui(() -> {
            for (int i = 0; i < t.getItemCount(); i++) {
                Object data = t.getItem(i).getData();
                if (data instanceof SourceSummary s && s.member() != null && s.member().startsWith(prefix)) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** Selects the row of a document and chooses an item of the Library's menu (on the UI thread). */
    private void choose(Table library, String prefix, String item) {
        Runnable r = () -> {
            int row = -1;
            for (int i = 0; i < library.getItemCount(); i++) {
                if (library.getItem(i).getData() instanceof SourceSummary s && s.member() != null
                        && s.member().startsWith(prefix)) {
                    row = i;
                }
            }
            library.setSelection(row);
            library.notifyListeners(SWT.Selection, new Event());
            Menu menu = library.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem found = null;
            for (MenuItem i : menu.getItems()) {
                if (item.equals(i.getText().replace("&", ""))) {
                    found = i;
                }
            }
            assertNotNull(found, item + " in the Library's menu");
            found.notifyListeners(SWT.Selection, new Event());
        };
        if (ui.display().getThread() == Thread.currentThread()) {
            r.run();
        } else {
            ui.run(r);
        }
    }

    private Shell dialog() {
        return ui.ui(() -> {
            for (Shell s : ui.display().getShells()) {
                if (s.isVisible() && s != page().getWorkbenchWindow().getShell()
                        && Messages.Library_splitDocument.equals(s.getText())) {
                    return s;
                }
            }
            return null;
        });
    }

    private static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Control c,
            java.util.function.Predicate<org.eclipse.swt.widgets.Control> match) {
        if (match.test(c)) {
            return c;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                var f = find(child, match);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
