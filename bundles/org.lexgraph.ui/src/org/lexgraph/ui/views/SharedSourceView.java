package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.sharing.SharedSource;
import org.lexgraph.query.SearchHit;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * A source another researcher published into the shared collection, read-only: its title, kind, date and fields, and
 * its text with headings and page marks, the opened passage marked. Read from the collection in the background (it
 * may be far away); a collection that cannot be reached says so here.
 */
public final class SharedSourceView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.shared";

    private Label title;
    /** What is shown: whose knowledge base and which source (null before anything is). */
    private String from;
    private String sourceId;
    private org.eclipse.jface.action.Action copyIn;
    private StyledText text;
    private Color highlight;

    /** Opens a source of the knowledge base published as {@code from}, at a passage. */
    public static void show(IWorkbenchPage page, String from, String sourceId, String passageId) {
        try {
            ((SharedSourceView) page.showView(ID)).display(from, sourceId, passageId);
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the shared source view", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = WidgetIds.tag(new Label(parent, SWT.WRAP), "shared.title");
        title.setFont(JFaceResources.getBannerFont());
        title.setText(Messages.Shared_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        text = WidgetIds.tag(new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                "shared.text");
        text.setMargins(8, 6, 8, 6);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        highlight = new Color(255, 243, 176);
        copyIn = new org.eclipse.jface.action.Action(Messages.Shared_copyIn) {
            @Override
            public void run() {
                copyIn();
            }
        };
        copyIn.setToolTipText(Messages.Shared_copyInTip);
        copyIn.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(copyIn);
        getViewSite().getActionBars().updateActionBars();
    }

    /** Copies the shown source into the own knowledge base, in the background, then opens the copy. */
    private void copyIn() {
        String who = from;
        String id = sourceId;
        if (who == null || id == null) {
            return;
        }
        Job job = new Job(NLS.bind(Messages.Shared_copying, who)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    var session = LexgraphUiPlugin.knowledgeBase().session();
                    if (session.isEmpty()) {
                        return Status.CANCEL_STATUS;
                    }
                    String copy = session.get().sharing().copyIn(who, id, monitor);
                    text.getDisplay().asyncExec(() -> DocumentView.show(getSite().getPage(), copy, null));
                    return Status.OK_STATUS;
                } catch (KnowledgeBaseException e) {
                    return new Status(IStatus.ERROR, LexgraphUiPlugin.ID, e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == org.lexgraph.ui.jobs.OpenKnowledgeBaseJob.FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    void display(String from, String sourceId, String passageId) {
        this.from = from;
        this.sourceId = sourceId;
        copyIn.setEnabled(false);
        title.setText(NLS.bind(Messages.Shared_reading, from));
        text.setText("");
        Job job = Job.create(NLS.bind(Messages.Shared_reading, from), (IProgressMonitor monitor) -> {
            SharedSource shared;
            String problem = null;
            try {
                shared = LexgraphUiPlugin.knowledgeBase().session().isEmpty() ? null
                        : LexgraphUiPlugin.knowledgeBase().session().get().sharing().sharedSource(from, sourceId)
                                .orElse(null);
            } catch (KnowledgeBaseException e) {
                shared = null;
                problem = e.getMessage();
            }
            SharedSource read = shared;
            String why = problem;
            if (!text.isDisposed()) {
                text.getDisplay().asyncExec(() -> render(from, sourceId, passageId, read, why));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void render(String from, String sourceId, String passageId, SharedSource shared, String problem) {
        if (text.isDisposed()) {
            return;
        }
        if (shared == null) {
            title.setText(problem != null ? problem : NLS.bind(Messages.Shared_missing, sourceId, from));
            title.requestLayout();
            text.setText("");
            return;
        }
        copyIn.setEnabled(true);
        String date = SearchHit.isoDate(shared.date());
        title.setText(NLS.bind(Messages.Shared_title, new Object[] {shared.title(), Messages.kind(shared.kind()),
            date == null ? "" : "  " + date, from}));
        setPartName(shared.title().length() > 40 ? shared.title().substring(0, 39) + "\u2026" : shared.title());
        setContentDescription(NLS.bind(Messages.Shared_description, from, Objects.toString(shared.file(), "")));
        StringBuilder sb = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        shared.fields().forEach((field, values) -> {
            int s = sb.length();
            sb.append(field).append(": ").append(String.join(", ", values)).append('\n');
            styles.add(new StyleRange(s, field.length() + 1, null, null, SWT.ITALIC));
        });
        sb.append('\n');
        String anchor = null;
        int page = 0;
        int targetStart = -1;
        int targetEnd = -1;
        for (SharedSource.Passage p : shared.passages()) {
            if (p.page() > 0 && p.page() != page) {
                page = p.page();
                int s = sb.length();
                sb.append("— ").append(NLS.bind(Messages.Document_page, page)).append(" —\n");
                styles.add(new StyleRange(s, sb.length() - s, text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY),
                        null, SWT.ITALIC));
            }
            if (p.anchor() != null && !p.anchor().isEmpty() && !p.anchor().equals(anchor)) {
                anchor = p.anchor();
                int s = sb.length();
                sb.append(anchor).append('\n');
                styles.add(new StyleRange(s, anchor.length(), null, null, SWT.BOLD));
            }
            int s = sb.length();
            sb.append(p.text()).append("\n\n");
            if (p.id().equals(passageId)) {
                targetStart = s;
                targetEnd = s + p.text().length();
            }
        }
        title.requestLayout();
        text.setText(sb.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        if (targetStart >= 0) {
            int firstLine = text.getLineAtOffset(targetStart);
            int lastLine = text.getLineAtOffset(targetEnd);
            text.setLineBackground(firstLine, lastLine - firstLine + 1, highlight);
            text.setTopIndex(Math.max(0, firstLine - 2));
        }
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        if (highlight != null) {
            highlight.dispose();
        }
        super.dispose();
    }
}
