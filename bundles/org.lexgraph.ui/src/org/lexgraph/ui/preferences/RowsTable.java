package org.lexgraph.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * A table of text rows edited in place (click a cell, type, Enter), with Add and Remove: the thesaurus and the law
 * names on the preference page.
 */
final class RowsTable {

    private final TableViewer viewer;
    private final int columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final Button add;
    private final Button remove;

    RowsTable(Composite parent, String id, List<String> titles, List<Integer> widths) {
        this.columns = titles.size();
        Composite box = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(box);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), id);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 240).span(1, 2).applyTo(viewer.getTable());
        for (int i = 0; i < columns; i++) {
            int col = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(titles.get(i));
            c.getColumn().setWidth(widths.get(i));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return ((List<String>) element).get(col);
                }
            });
            c.setEditingSupport(new EditingSupport(viewer) {
                private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

                @Override
                protected CellEditor getCellEditor(Object element) {
                    return editor;
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                @SuppressWarnings("unchecked")
                protected Object getValue(Object element) {
                    return ((List<String>) element).get(col);
                }

                @Override
                @SuppressWarnings("unchecked")
                protected void setValue(Object element, Object value) {
                    ((List<String>) element).set(col, String.valueOf(value));
                    viewer.update(element, null);
                }
            });
        }
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        add = WidgetIds.tag(new Button(box, SWT.PUSH), id + ".add");
        add.setText(Messages.Prefs_add);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        add.addListener(SWT.Selection, e -> addRow());
        remove = WidgetIds.tag(new Button(box, SWT.PUSH), id + ".remove");
        remove.setText(Messages.Prefs_remove);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        remove.addListener(SWT.Selection, e -> removeSelected());
    }

    void setRows(List<List<String>> given) {
        rows.clear();
        given.forEach(r -> rows.add(new ArrayList<>(r)));
        viewer.setInput(rows);
    }

    /** The rows as they stand now (copies). */
    List<List<String>> rows() {
        return rows.stream().map(r -> (List<String>) List.copyOf(r)).toList();
    }

    /** A new empty row at the end, its first cell open for typing. */
    void addRow() {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            row.add("");
        }
        rows.add(row);
        viewer.refresh();
        viewer.editElement(row, 0);
    }

    /** Sets a cell (for tests; typing does it). */
    void set(int row, int column, String value) {
        rows.get(row).set(column, value);
        viewer.refresh();
    }

    void removeSelected() {
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            rows.removeIf(r -> r == o);
        }
        viewer.refresh();
    }

    void setEnabled(boolean enabled) {
        viewer.getTable().setEnabled(enabled);
        add.setEnabled(enabled);
        remove.setEnabled(enabled);
    }
}
