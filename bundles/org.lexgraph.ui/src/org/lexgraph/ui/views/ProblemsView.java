package org.lexgraph.ui.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Problem;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Problems: what validation finds in the knowledge base (failed sources, unresolved citations, duplicate identifiers,
 * missing titles or dates, links to removed asks, damaged files), refreshed after every change. Double-click opens
 * the source concerned.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.problems";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Label status;
    private TableViewer viewer;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "problems.status");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
        // virtual: a large library has tens of thousands of warnings; rows are made as they scroll into view
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        WidgetIds.tag(viewer.getTable(), "problems.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        TableViewerColumn message = new TableViewerColumn(viewer, SWT.LEFT);
        message.getColumn().setText(Messages.Problems_colMessage);
        message.getColumn().setWidth(520);
        message.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(switch (((Problem) element).severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    default -> ISharedImages.IMG_OBJS_INFO_TSK;
                });
            }
        });
        TableViewerColumn code = new TableViewerColumn(viewer, SWT.LEFT);
        code.getColumn().setText(Messages.Problems_colCheck);
        code.getColumn().setWidth(150);
        code.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).code();
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Problem p && p.sourceId() != null) {
                DocumentView.show(getSite().getPage(), p.sourceId(), null);
            }
        });
        org.eclipse.jface.action.Action full = new org.eclipse.jface.action.Action(Messages.Problems_fullCheck) {
            @Override
            public void run() {
                check(true);
            }
        };
        full.setToolTipText(Messages.Problems_fullCheckTip);
        full.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(full);
        kb.addListener(listener);
        refreshLater();
    }

    private void refreshLater() {
        check(false);
    }

    /** Checks in a job: what changed since the last check, or everything when {@code full}. */
    private void check(boolean full) {
        Optional<KnowledgeBaseSession> session = kb.session();
        if (session.isEmpty() || viewer == null) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        if (job != null) {
            job.cancel();
        }
        job = Job.create(Messages.Problems_checking, (IProgressMonitor monitor) -> {
            List<Problem> problems = session.get().validation().check(full);
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(problems));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(!full); // a full check shows in the progress view
        job.schedule(full ? 0 : 300);
    }

    private void show(List<Problem> problems) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(problems);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        status.setText(NLS.bind(Messages.Problems_count, errors, warnings));
        status.getParent().layout(true);
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
