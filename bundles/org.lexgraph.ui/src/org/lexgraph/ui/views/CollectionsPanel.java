package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.collections.CollectionService.CollectionView;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * The Library's collections: "All sources" and each collection with its count; choosing one shows its sources, sources
 * dragged from the Library onto one are filed in it, and its menu makes, renames and deletes collections (undoable
 * edits, as every edit).
 */
final class CollectionsPanel {

    /** A row: a collection, or all sources (null view). */
    record Row(CollectionView view) {
    }

    private final TableViewer viewer;
    private final Consumer<String> chosen;
    private KnowledgeBaseSession session;

    /** {@code chosen} hears the chosen collection's path (null: all sources). */
    CollectionsPanel(Composite parent, Consumer<String> chosen) {
        this.chosen = chosen;
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        WidgetIds.tag(viewer.getTable(), "library.collections");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                CollectionView v = ((Row) element).view();
                if (v == null) {
                    return Messages.Collections_all;
                }
                String indent = "  ".repeat(v.path().split("/").length - 1);
                return indent + NLS.bind(Messages.Collections_row, v.name(), v.sources());
            }
        });
        viewer.addSelectionChangedListener(e -> chosen.accept(path()));
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(action(Messages.Collections_new, this::create));
            String path = path();
            if (path != null) {
                m.add(action(Messages.Collections_rename, () -> rename(path)));
                m.add(action(Messages.Collections_delete, () -> delete(path)));
            }
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        // sources dragged from the Library are filed in the collection they are dropped on
        viewer.addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE,
                new Transfer[] {LocalSelectionTransfer.getTransfer()}, new ViewerDropAdapter(viewer) {
                    @Override
                    public boolean validateDrop(Object target, int operation, TransferData type) {
                        return target instanceof Row r && r.view() != null
                                && LocalSelectionTransfer.getTransfer().isSupportedType(type);
                    }

                    @Override
                    public boolean performDrop(Object data) {
                        if (!(getCurrentTarget() instanceof Row r) || r.view() == null
                                || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s)) {
                            return false;
                        }
                        List<String> ids = new ArrayList<>();
                        for (Object o : s.toList()) {
                            if (o instanceof SourceSummary src) {
                                ids.add(src.id());
                            }
                        }
                        return file(r.view().path(), ids);
                    }
                });
    }

    TableViewer viewer() {
        return viewer;
    }

    /** The chosen collection's path, or null for all sources. */
    String path() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof Row r && r.view() != null ? r.view().path() : null;
    }

    /** Shows the knowledge base's collections, keeping the one chosen when it is still there. */
    void show(KnowledgeBaseSession s) {
        this.session = s;
        String was = path();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null));
        if (s != null) {
            s.collections().list().forEach(v -> rows.add(new Row(v)));
        }
        viewer.setInput(rows);
        Row again = rows.stream().filter(r -> r.view() != null && r.view().path().equals(was)).findFirst()
                .orElse(rows.get(0));
        viewer.setSelection(new StructuredSelection(again));
    }

    /** The collections' paths, for the Library's "File in collection" menu. */
    List<String> paths() {
        return session == null ? List.of() : session.collections().list().stream().map(CollectionView::path).toList();
    }

    /** Files sources in a collection (made when missing); false, said in a dialog, when that cannot be done. */
    boolean file(String path, List<String> ids) {
        return edit(() -> session.collections().add(path, ids));
    }

    /** Takes sources out of a collection. */
    boolean unfile(String path, List<String> ids) {
        return edit(() -> session.collections().remove(path, ids));
    }

    /** Asks for a new collection's name and files the sources in it. */
    void fileInNew(List<String> ids) {
        InputDialog d = new InputDialog(shell(), Messages.Collections_newTitle, Messages.Collections_newPrompt, "",
                v -> v.isBlank() ? Messages.Collections_nameNeeded : null);
        if (d.open() == InputDialog.OK) {
            file(d.getValue().strip(), ids);
        }
    }

    void create() {
        InputDialog d = new InputDialog(shell(), Messages.Collections_newTitle, Messages.Collections_newPrompt, "",
                v -> v.isBlank() ? Messages.Collections_nameNeeded : null);
        if (d.open() == InputDialog.OK) {
            edit(() -> session.collections().create(d.getValue().strip()));
        }
    }

    private void rename(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        InputDialog d = new InputDialog(shell(), Messages.Collections_renameTitle,
                NLS.bind(Messages.Collections_renamePrompt, path), name,
                v -> v.isBlank() || v.contains("/") ? Messages.Collections_nameNeeded : null);
        if (d.open() == InputDialog.OK) {
            edit(() -> session.collections().rename(path, d.getValue().strip()));
        }
    }

    private void delete(String path) {
        if (MessageDialog.openConfirm(shell(), Messages.Collections_delete,
                NLS.bind(Messages.Collections_deleteConfirm, path))) {
            edit(() -> session.collections().delete(path));
        }
    }

    private interface Edit {
        void run() throws KnowledgeBaseException;
    }

    private boolean edit(Edit e) {
        if (session == null) {
            return false;
        }
        try {
            e.run();
            return true;
        } catch (KnowledgeBaseException | RuntimeException x) {
            MessageDialog.openError(shell(), Messages.Collections_failed, x.getMessage());
            return false;
        }
    }

    private Shell shell() {
        return viewer.getControl().getShell();
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
