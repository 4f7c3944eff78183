package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.ui.Messages;

/** The Library's context menu: file the chosen sources in a collection (or a new one), or take them out of one. */
final class LibraryMenu {

    private LibraryMenu() {
    }

    static MenuManager of(TableViewer viewer, CollectionsPanel collections) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            List<String> ids = new ArrayList<>();
            for (Object o : viewer.getStructuredSelection().toList()) {
                ids.add(((SourceSummary) o).id());
            }
            if (ids.isEmpty()) {
                return;
            }
            MenuManager fileIn = new MenuManager(Messages.Library_fileIn);
            List<String> paths = collections.paths();
            for (String path : paths) {
                fileIn.add(action(path, () -> collections.file(path, ids)));
            }
            if (!paths.isEmpty()) {
                fileIn.add(new Separator());
            }
            fileIn.add(action(Messages.Collections_new, () -> collections.fileInNew(ids)));
            m.add(fileIn);
            String current = collections.path();
            if (current != null) {
                m.add(action(NLS.bind(Messages.Library_removeFrom, current), () -> collections.unfile(current, ids)));
            }
            List<?> chosen = viewer.getStructuredSelection().toList();
            if (chosen.size() == 1 && chosen.get(0) instanceof SourceSummary part
                    && org.lexgraph.core.bundles.BundleService.firstPage(part.member()) > 0) {
                m.add(new Separator());
                m.add(action(Messages.Library_splitDocument, () -> BundleEdits.split(viewer.getControl().getShell(),
                        part)));
                m.add(action(Messages.Library_mergeDocument, () -> BundleEdits.merge(part)));
            }
        });
        return menu;
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
