package org.lexgraph.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/** The Library: every source of the knowledge base with its kind, size and status; double-click opens it. */
public class LibraryView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.library";
    /** The Progress view, declared by this bundle (the platform declares it only in its IDE). */
    public static final String PROGRESS_ID = "org.lexgraph.ui.views.progress";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Label status;
    private TableViewer viewer;
    private Text filter;
    private List<SourceSummary> shown = List.of();
    private String counted = "";
    private CollectionsPanel collections;
    /** The sources of the chosen collection, or null for all. */
    private java.util.Set<String> inCollection;
    /** Each filed source's collections, for the Collections column. */
    private java.util.Map<String, List<String>> filedIn = java.util.Map.of();
    /** The column the rows are sorted by (null: the order of import), and whether descending. */
    private Function<SourceSummary, String> sortKey;
    private boolean descending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = WidgetIds.tag(new Label(parent, SWT.WRAP), "library.status");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
        filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "library.filter");
        filter.setMessage(Messages.Library_filter);
        GridDataFactory.fillDefaults().grab(true, false).indent(2, 0).applyTo(filter);
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        collections = new CollectionsPanel(sash, path -> {
            KnowledgeBaseSession session = kb.session().orElse(null);
            try {
                inCollection = path == null || session == null ? null
                        : new java.util.HashSet<>(session.collections().sourceIds(path));
            } catch (org.lexgraph.core.KnowledgeBaseException e) {
                inCollection = null;
            }
            if (viewer != null) {
                viewer.refresh();
                showCount();
            }
        });
        // virtual: rows are made as they scroll into view, so that a library of 100,000 sources opens at once
        viewer = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        sash.setWeights(1, 4);
        viewer.setUseHashlookup(true);
        WidgetIds.tag(viewer.getTable(), "library.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.Library_colTitle, 260, SourceSummary::title);
        column(Messages.Library_colKind, 110, s -> Messages.kind(s.kind().key()));
        column(Messages.Library_colPassages, 70, s -> s.failed() ? "" : Integer.toString(s.passages()));
        column(Messages.Library_colPages, 55, s -> s.pageCount() > 0 ? Integer.toString(s.pageCount()) : "");
        column(Messages.Library_colStatus, 160, s -> s.failed()
                ? NLS.bind(Messages.Library_statusFailed, s.statusMessage())
                : s.removed() ? Messages.Library_statusRemoved : Messages.Library_statusOk);
        column(Messages.Library_colFile, 300, s -> s.file() == null ? ""
                : Path.of(s.file()).getFileName() + (s.member() == null ? "" : " › " + s.member()));
        column(Messages.Library_colCollections, 160, s -> String.join(", ", filedIn.getOrDefault(s.id(), List.of())));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                SourceSummary s = (SourceSummary) element;
                if (inCollection != null && !inCollection.contains(s.id())) {
                    return false;
                }
                String words = filter.getText().strip().toLowerCase(java.util.Locale.ROOT);
                if (words.isEmpty()) {
                    return true;
                }
                return (s.title() != null && s.title().toLowerCase(java.util.Locale.ROOT).contains(words))
                        || (s.file() != null && s.file().toLowerCase(java.util.Locale.ROOT).contains(words));
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            showCount();
        });
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof SourceSummary s && !s.failed()) {
                DocumentView.show(getSite().getPage(), s.id(), null);
            }
        });
        viewer.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortKey == null) {
                    return 0; // the order of import
                }
                String x = sortKey.apply((SourceSummary) a);
                String y = sortKey.apply((SourceSummary) b);
                int c = LibraryView.compare(x, y);
                return descending ? -c : c;
            }
        });
        // rows dragged onto a collection are filed in it
        viewer.addDragSupport(org.eclipse.swt.dnd.DND.DROP_COPY | org.eclipse.swt.dnd.DND.DROP_LINK
                | org.eclipse.swt.dnd.DND.DROP_MOVE, new org.eclipse.swt.dnd.Transfer[] {
                    org.eclipse.jface.util.LocalSelectionTransfer.getTransfer()},
                new org.eclipse.swt.dnd.DragSourceAdapter() {
                    @Override
                    public void dragStart(org.eclipse.swt.dnd.DragSourceEvent event) {
                        org.eclipse.jface.util.LocalSelectionTransfer.getTransfer()
                                .setSelection(viewer.getStructuredSelection());
                        event.doit = !viewer.getStructuredSelection().isEmpty();
                    }
                });
        viewer.getTable().setMenu(LibraryMenu.of(viewer, collections).createContextMenu(viewer.getTable()));
        getSite().setSelectionProvider(viewer);
        kb.addListener(listener);
        refresh();
    }

    private void column(String title, int width, Function<SourceSummary, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setResizable(true);
        // a click on the header sorts by the column; a second click the other way round
        c.getColumn().addListener(SWT.Selection, e -> {
            org.eclipse.swt.widgets.Table t = viewer.getTable();
            descending = sortKey == text && !descending;
            sortKey = text;
            t.setSortColumn(c.getColumn());
            t.setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        });
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SourceSummary) element);
            }

            @Override
            public String getToolTipText(Object element) {
                SourceSummary s = (SourceSummary) element;
                return s.file();
            }
        });
    }

    private void refreshLater() {
        UiLater.run(viewer == null ? null : viewer.getControl(), this::refresh);
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        KnowledgeBaseSession session = kb.session().orElse(null);
        if (session == null) {
            collections.show(null);
            viewer.setInput(List.of());
            String problem = kb.problem();
            status.setText(problem != null ? problem
                    : NLS.bind(Messages.Library_opening, kb.folder() == null ? "" : kb.folder()));
        } else {
            List<SourceSummary> sources = session.library().sources();
            filedIn = session.collections().collectionsBySource();
            collections.show(session);
            java.util.Set<String> selected = new java.util.HashSet<>();
            for (Object o : viewer.getStructuredSelection().toList()) {
                selected.add(((SourceSummary) o).id());
            }
            viewer.setInput(sources);
            if (!selected.isEmpty()) {
                // the rows are new objects after a change: select the same sources again
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                        sources.stream().filter(s -> selected.contains(s.id())).toList()));
            }
            int passages = sources.stream().mapToInt(SourceSummary::passages).sum();
            shown = sources;
            counted = sources.isEmpty() ? Messages.Library_empty
                    : NLS.bind(Messages.Library_count, new Object[] {sources.size(), passages, session.folder()});
            showCount();
            traceFirstShown(sources.size());
        }
        status.getParent().layout(true);
    }

    /** Numbers by their value, other text without case. */
    static int compare(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (isNumber(x) && isNumber(y)) {
            // by value, of any length: without leading zeros the longer is the larger, else the digits decide
            String u = x.substring(leadingZeros(x));
            String v = y.substring(leadingZeros(y));
            return u.length() != v.length() ? Integer.compare(u.length(), v.length()) : u.compareTo(v);
        }
        return String.CASE_INSENSITIVE_ORDER.compare(x, y);
    }

    /** The zeros a number begins with, all but its last digit. */
    private static int leadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /** Digits only: a sort of 100,000 rows asks this millions of times, so no regular expression. */
    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean traced;

    /**
     * With {@code -Dlexgraph.traceStartup=true} (the scale benchmark sets it), says once on standard output when the
     * library was first listed, counted from the start of the process: the time to a usable library.
     */
    private static void traceFirstShown(int sources) {
        if (traced || !Boolean.getBoolean("lexgraph.traceStartup")) {
            return;
        }
        traced = true;
        ProcessHandle.current().info().startInstant().ifPresent(start -> System.out.println("lexgraph: library of "
                + sources + " sources shown " + java.time.Duration.between(start, java.time.Instant.now()).toMillis()
                + " ms after start"));
    }

    /** The status line: the library's counts, and how many rows the filter lets through. */
    private void showCount() {
        if ((filter.getText().isBlank() && inCollection == null) || shown.isEmpty()) {
            status.setText(counted);
        } else {
            status.setText(NLS.bind(Messages.Library_shown, viewer.getTable().getItemCount(), shown.size()) + " - "
                    + counted);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        kb.removeListener(listener);
        super.dispose();
    }
}
