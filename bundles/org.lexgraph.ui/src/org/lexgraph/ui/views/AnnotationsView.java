package org.lexgraph.ui.views;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.annotations.AnnotationExport;
import org.lexgraph.core.annotations.HighlightColour;
import org.lexgraph.core.annotations.NoteView;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Every note and highlight of the knowledge base: by source, place, colour or date (click a column to sort), filtered
 * by colour; double-click opens one in the Document view with its words selected; edit and delete are undoable (Edit
 * › Undo). Read again after every change of the knowledge base, off the UI thread.
 */
public class AnnotationsView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.annotations";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Label status;
    private Combo colourFilter;
    private TableViewer viewer;
    private Job job;
    private List<NoteView> notes = List.of();
    private Comparator<NoteView> order = Comparator.comparing(NoteView::sourceTitle, String.CASE_INSENSITIVE_ORDER);
    private boolean descending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "notes.status");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(4, 0).applyTo(status);
        colourFilter = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "notes.colour");
        colourFilter.add(Messages.Annotations_allColours);
        for (HighlightColour c : HighlightColour.values()) {
            colourFilter.add(Messages.colour(c.key()));
        }
        colourFilter.select(0);
        colourFilter.addListener(SWT.Selection, e -> show(notes));
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), "notes.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
        column(Messages.Annotations_colSource, 180, NoteView::sourceTitle,
                Comparator.comparing(NoteView::sourceTitle, String.CASE_INSENSITIVE_ORDER));
        column(Messages.Annotations_colPlace, 110, n -> n.passageId() == null ? Messages.Annotations_wholeSource
                : n.place(), Comparator.comparing(NoteView::place));
        TableViewerColumn colour = column(Messages.Annotations_colColour, 70, n -> Messages.colour(n.colour()),
                Comparator.comparing(n -> n.colour() == null ? "" : n.colour()));
        colour.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Messages.colour(((NoteView) element).colour());
            }

            @Override
            public Color getBackground(Object element) {
                return Highlights.colour(((NoteView) element).colour());
            }
        });
        column(Messages.Annotations_colWords, 220, n -> n.quote().replaceAll("\\s+", " ")
                + (n.changed() ? " " + Messages.Annotations_changed : ""), Comparator.comparing(NoteView::quote));
        column(Messages.Annotations_colNote, 240, n -> n.text().replace('\n', ' '),
                Comparator.comparing(NoteView::text, String.CASE_INSENSITIVE_ORDER));
        column(Messages.Annotations_colDate, 120, n -> DATE.format(n.modified()),
                Comparator.comparing(NoteView::modified));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = order.compare((NoteView) a, (NoteView) b);
                return descending ? -c : c;
            }
        });
        viewer.addOpenListener(e -> open());
        Action edit = new Action(Messages.Annotations_edit) {
            @Override
            public void run() {
                edit();
            }
        };
        Action delete = new Action(Messages.Annotations_delete, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE)) {
            @Override
            public void run() {
                delete();
            }
        };
        Action export = new Action(Messages.Annotations_export, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT)) {
            @Override
            public void run() {
                export();
            }
        };
        MenuManager menu = new MenuManager();
        menu.add(edit);
        MenuManager colours = new MenuManager(Messages.Annotations_colColour);
        for (HighlightColour c : HighlightColour.values()) {
            colours.add(new Action(Messages.colour(c.key())) {
                @Override
                public void run() {
                    recolour(c);
                }
            });
        }
        menu.add(colours);
        menu.add(delete);
        menu.add(export);
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                delete();
            }
        });
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(delete);
        toolbar.add(export);
        kb.addListener(listener);
        refreshLater();
    }

    private TableViewerColumn column(String title, int width, Function<NoteView, String> text,
            Comparator<NoteView> by) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((NoteView) element);
            }
        });
        c.getColumn().addListener(SWT.Selection, e -> sortBy(c.getColumn(), by));
        return c;
    }

    /** Sorts by a column; again on the same column turns the order round. */
    private void sortBy(TableColumn column, Comparator<NoteView> by) {
        var table = viewer.getTable();
        descending = table.getSortColumn() == column && !descending;
        order = by;
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** Sorts by the column with this title (for tests and keyboard users). */
    public void sortBy(String title) {
        for (TableColumn c : viewer.getTable().getColumns()) {
            if (c.getText().equals(title)) {
                c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        }
    }

    private List<NoteView> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(NoteView.class::cast).toList();
    }

    private void open() {
        List<NoteView> sel = selected();
        if (!sel.isEmpty()) {
            DocumentView.showNote(getSite().getPage(), sel.get(0));
        }
    }

    private void edit() {
        List<NoteView> sel = selected();
        if (sel.isEmpty()) {
            return;
        }
        NoteView n = sel.get(0);
        InputDialog d = new InputDialog(getSite().getShell(), Messages.Annotations_editTitle,
                Messages.Annotations_editPrompt, n.text(), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }

            @Override
            protected org.eclipse.swt.widgets.Control createDialogArea(Composite parent) {
                var area = super.createDialogArea(parent);
                GridDataFactory.fillDefaults().grab(true, true).hint(420, 110).applyTo(getText());
                return area;
            }
        };
        if (d.open() == Window.OK) {
            change(s -> s.annotations().edit(n.id(), d.getValue(), null));
        }
    }

    private void recolour(HighlightColour c) {
        for (NoteView n : selected()) {
            if (n.highlight()) {
                change(s -> s.annotations().edit(n.id(), null, c.key()));
            }
        }
    }

    private void delete() {
        for (NoteView n : selected()) {
            change(s -> {
                s.annotations().delete(n.id());
                return null;
            });
        }
    }

    private interface Edit {
        Object apply(KnowledgeBaseSession s) throws KnowledgeBaseException;
    }

    private void change(Edit edit) {
        kb.session().ifPresent(s -> {
            try {
                edit.apply(s); // an undoable edit; the change refreshes this view
            } catch (KnowledgeBaseException e) {
                status.setText(e.getMessage());
            }
        });
    }

    private void export() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.md", "*.csv"});
        d.setFilterNames(new String[] {"Markdown (*.md)", "CSV (*.csv)"});
        d.setFileName("notes.md");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            exportTo(java.nio.file.Path.of(file));
        }
    }

    /** Writes the notes on show to a file: CSV when its name ends in .csv, else Markdown. */
    public void exportTo(java.nio.file.Path file) {
        List<NoteView> shown = shown();
        String text = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? AnnotationExport.csv(shown) : AnnotationExport.markdown(shown);
        try {
            new AtomicFiles().write(file, text.getBytes(StandardCharsets.UTF_8));
            status.setText(NLS.bind(Messages.Annotations_exported, shown.size(), file));
        } catch (java.io.IOException e) {
            status.setText(file + ": " + e.getMessage());
        }
    }

    /** Reads the notes again in the background. */
    public void refreshLater() {
        Optional<KnowledgeBaseSession> session = kb.session();
        if (session.isEmpty() || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        if (job != null) {
            job.cancel();
        }
        job = Job.create(Messages.Annotations_title, (IProgressMonitor monitor) -> {
            List<NoteView> found = session.get().annotations().list();
            if (!display.isDisposed() && !monitor.isCanceled()) {
                display.asyncExec(() -> show(found));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(100);
    }

    private void show(List<NoteView> found) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        notes = List.copyOf(found);
        List<NoteView> shown = shown();
        viewer.setInput(shown);
        status.setText(notes.isEmpty() ? Messages.Annotations_none
                : shown.size() == 1 ? Messages.Annotations_countOne : NLS.bind(Messages.Annotations_count, shown.size()));
        status.getParent().layout(true);
    }

    /** The notes that pass the colour filter, in the knowledge base's order. */
    private List<NoteView> shown() {
        int i = colourFilter.getSelectionIndex();
        if (i <= 0) {
            return notes;
        }
        String key = HighlightColour.values()[i - 1].key();
        return notes.stream().filter(n -> key.equals(n.colour())).toList();
    }

    /** The rows as shown, in order (for tests). */
    public List<NoteView> rows() {
        List<NoteView> out = new java.util.ArrayList<>();
        for (var item : viewer.getTable().getItems()) {
            out.add((NoteView) item.getData());
        }
        return out;
    }

    /** Shows only highlights of one colour (null: all), as the combo does (for tests). */
    public void filter(HighlightColour c) {
        colourFilter.select(c == null ? 0 : c.ordinal() + 1);
        show(notes);
    }

    /** Selects rows by note id (for tests). */
    public void select(String noteId) {
        notes.stream().filter(n -> n.id().equals(noteId)).findFirst()
                .ifPresent(n -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(n), true));
    }

    /** Opens the selected note in the Document view (for tests; double-click does it). */
    public void openSelected() {
        open();
    }

    /** Deletes the selected notes (for tests; Delete does it). */
    public void deleteSelected() {
        delete();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        kb.removeListener(listener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
