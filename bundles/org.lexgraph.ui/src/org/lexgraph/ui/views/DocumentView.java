package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.PassageView;
import org.lexgraph.core.SourceView;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * Reads one source: its passages in order with their headings and page breaks; the passage opened from a search is
 * highlighted and scrolled into view.
 */
public class DocumentView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.document";

    private Label title;
    private StyledText text;
    private Color highlight;
    private String sourceId;
    private String passageId;

    /** Shows a source in the Document view, scrolled to a passage (or its start when {@code passageId} is null). */
    public static void show(IWorkbenchPage page, String sourceId, String passageId) {
        try {
            DocumentView view = (DocumentView) page.showView(ID);
            view.display(sourceId, passageId);
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the document view", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = WidgetIds.tag(new Label(parent, SWT.WRAP), "document.title");
        title.setFont(JFaceResources.getBannerFont());
        title.setText(Messages.Document_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        text = WidgetIds.tag(new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                "document.text");
        text.setMargins(8, 6, 8, 6);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        highlight = new Color(255, 243, 176);
    }

    /** The source and passage shown, for tests and for linking. */
    public String sourceId() {
        return sourceId;
    }

    public String passageId() {
        return passageId;
    }

    public void display(String source, String passage) {
        this.sourceId = source;
        this.passageId = passage;
        Optional<SourceView> view = LexgraphUiPlugin.knowledgeBase().session()
                .flatMap((KnowledgeBaseSession s) -> s.source(source));
        if (view.isEmpty()) {
            title.setText(Messages.Document_missing);
            text.setText("");
            return;
        }
        SourceView sv = view.get();
        title.setText(sv.summary().title() + "  (" + Messages.kind(sv.summary().kind().key()) + ")");
        setContentDescription(sv.summary().file() == null ? "" : sv.summary().file());
        setPartName(shorten(sv.summary().title()));
        StringBuilder sb = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        String anchor = null;
        int page = 0;
        int targetStart = -1;
        int targetEnd = -1;
        for (PassageView p : sv.passages()) {
            if (p.page() > 0 && p.page() != page) {
                page = p.page();
                int s = sb.length();
                sb.append("— ").append(NLS.bind(Messages.Document_page, page)).append(" —\n");
                StyleRange r = new StyleRange(s, sb.length() - s, text.getDisplay().getSystemColor(
                        SWT.COLOR_DARK_GRAY), null);
                r.fontStyle = SWT.ITALIC;
                styles.add(r);
            }
            if (p.anchor() != null && !Objects.equals(p.anchor(), anchor)) {
                anchor = p.anchor();
                int s = sb.length();
                sb.append(anchor).append('\n');
                StyleRange r = new StyleRange(s, anchor.length(), null, null, SWT.BOLD);
                styles.add(r);
            }
            int s = sb.length();
            sb.append(p.text()).append("\n\n");
            if (p.id().equals(passage)) {
                targetStart = s;
                targetEnd = s + p.text().length();
                styles.add(new StyleRange(s, p.text().length(), null, highlight));
            }
        }
        text.setText(sb.toString());
        text.setStyleRanges(styles.stream().sorted((a, b) -> Integer.compare(a.start, b.start))
                .toArray(StyleRange[]::new));
        if (targetStart >= 0) {
            int line = text.getLineAtOffset(targetStart);
            text.setTopIndex(Math.max(0, line - 2));
            text.setSelection(targetStart, targetEnd);
            text.setSelection(targetStart);
        } else {
            text.setTopIndex(0);
        }
    }

    /** The passage text currently highlighted, or an empty string. */
    public String highlightedText() {
        for (StyleRange r : text.getStyleRanges()) {
            if (highlight.equals(r.background)) {
                return text.getTextRange(r.start, r.length);
            }
        }
        return "";
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
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
