package org.lexgraph.ui.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SavedSearchReport;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Saved searches with their hits, run again after every change of the knowledge base: a search with hits in sources
 * imported since it was last looked at is shown in bold with how many are new (and the view's title counts them).
 * Double-click runs it in the Search view; "Mark as Seen" makes the current hits the old ones; Delete removes it.
 */
public class SavedSearchesView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.saved";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Label status;
    private TableViewer viewer;
    private Font bold;
    private Job job;
    private List<SavedSearchReport> reports = List.of();

    /** Runs the saved searches again when the view is open (after one is added). */
    public static void refreshIfOpen(IWorkbenchPage page) {
        if (page.findView(ID) instanceof SavedSearchesView v) {
            v.refreshLater();
        } else {
            try {
                page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                LexgraphUiPlugin.getDefault().getLog().warn("cannot show the saved searches", e);
            }
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "saved.status");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), "saved.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
        column(Messages.Saved_colName, 160, r -> r.name());
        column(Messages.Saved_colNew, 60, r -> r.newHits() > 0 ? NLS.bind(Messages.Saved_new, r.newHits()) : "");
        column(Messages.Saved_colHits, 70, r -> Long.toString(r.hits()));
        column(Messages.Saved_colQuery, 320, r -> r.query() + (r.filters().isEmpty() ? ""
                : "  [" + String.join(", ", r.filters()) + "]"));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SavedSearchReport r) {
                run(r);
            }
        });
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(new Action(Messages.Saved_markSeen, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR)) {
            @Override
            public void run() {
                markSeen();
            }
        });
        toolbar.add(new Action(Messages.Saved_delete, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE)) {
            @Override
            public void run() {
                delete();
            }
        });
        kb.addListener(listener);
        refreshLater();
    }

    private interface Text {
        String of(SavedSearchReport r);
    }

    private void column(String title, int width, Text text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((SavedSearchReport) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((SavedSearchReport) element).newHits() > 0 ? bold : null;
            }
        });
    }

    private void run(SavedSearchReport r) {
        try {
            SearchView search = (SearchView) getSite().getPage().showView(SearchView.ID);
            search.show(r.query(), org.lexgraph.core.search.SearchService.filterOf(r.filters()));
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the search view", e);
        }
    }

    /** Runs the saved searches again in the background. */
    public void refreshLater() {
        refresh(false);
    }

    private void markSeen() {
        refresh(true);
    }

    private void delete() {
        if (!(((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof SavedSearchReport r)) {
            return;
        }
        kb.session().ifPresent(s -> {
            try {
                s.search().deleteSavedSearch(r.name()); // an undoable edit; the change refreshes this view
            } catch (KnowledgeBaseException e) {
                status.setText(e.getMessage());
            }
        });
    }

    private void refresh(boolean remember) {
        Optional<KnowledgeBaseSession> session = kb.session();
        if (session.isEmpty() || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        if (job != null) {
            job.cancel();
        }
        job = Job.create(Messages.Saved_running, (IProgressMonitor monitor) -> {
            List<SavedSearchReport> found;
            try {
                found = session.get().search().runSavedSearches(java.util.Set.of(), remember);
            } catch (KnowledgeBaseException | java.io.IOException e) {
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(found));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(remember ? 0 : 300);
    }

    private void show(List<SavedSearchReport> found) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        reports = List.copyOf(found);
        viewer.setInput(reports);
        long fresh = reports.stream().filter(r -> r.newHits() > 0).count();
        status.setText(reports.isEmpty() ? Messages.Saved_none
                : NLS.bind(reports.size() == 1 ? Messages.Saved_countOne : Messages.Saved_count, reports.size(), fresh));
        setPartName(fresh > 0 ? NLS.bind(Messages.Saved_titleNew, fresh) : Messages.Saved_title);
        status.getParent().layout(true);
    }

    /** The reports on show (for tests). */
    public List<SavedSearchReport> reports() {
        return reports;
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
