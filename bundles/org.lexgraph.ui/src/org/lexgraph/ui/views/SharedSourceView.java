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
import org.lexgraph.index.PassageRecord;
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
    }

    void display(String from, String sourceId, String passageId) {
        title.setText(NLS.bind(Messages.Shared_reading, from));
        text.setText("");
        Job job = Job.create(NLS.bind(Messages.Shared_reading, from), (IProgressMonitor monitor) -> {
            List<PassageRecord> passages;
            String problem = null;
            try {
                passages = LexgraphUiPlugin.knowledgeBase().session().isEmpty() ? List.of()
                        : LexgraphUiPlugin.knowledgeBase().session().get().sharing().sharedSource(from, sourceId);
            } catch (KnowledgeBaseException e) {
                passages = List.of();
                problem = e.getMessage();
            }
            List<PassageRecord> read = passages;
            String why = problem;
            if (!text.isDisposed()) {
                text.getDisplay().asyncExec(() -> render(from, sourceId, passageId, read, why));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void render(String from, String sourceId, String passageId, List<PassageRecord> passages, String problem) {
        if (text.isDisposed()) {
            return;
        }
        if (passages.isEmpty()) {
            title.setText(problem != null ? problem : NLS.bind(Messages.Shared_missing, sourceId, from));
            title.requestLayout();
            text.setText("");
            return;
        }
        PassageRecord first = passages.get(0);
        String date = SearchHit.isoDate(first.date());
        title.setText(NLS.bind(Messages.Shared_title, new Object[] {first.title(), Messages.kind(first.kind()),
            date == null ? "" : "  " + date, from}));
        setPartName(first.title().length() > 40 ? first.title().substring(0, 39) + "…" : first.title());
        setContentDescription(NLS.bind(Messages.Shared_description, from, Objects.toString(first.file(), "")));
        StringBuilder sb = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        first.keywords().forEach((field, values) -> {
            if (!field.equals(org.lexgraph.index.IndexSchema.THEME) && !field.equals(org.lexgraph.index.IndexSchema.PART)) {
                int s = sb.length();
                sb.append(field).append(": ").append(String.join(", ", values)).append('\n');
                styles.add(new StyleRange(s, field.length() + 1, null, null, SWT.ITALIC));
            }
        });
        sb.append('\n');
        String anchor = null;
        int page = 0;
        int targetStart = -1;
        int targetEnd = -1;
        for (PassageRecord p : passages) {
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
            if (p.passageId().equals(passageId)) {
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
