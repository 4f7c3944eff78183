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
    private Label hitLabel;
    private StyledText text;
    private Color highlight;
    private Color hitColor;
    /** The matches of the search the document was opened from: [start, end) in the text, in order. */
    private final List<int[]> hits = new ArrayList<>();
    private int currentHit = -1;
    /** Where each passage's text is: id, start, end. */
    private final List<Object[]> passageRanges = new ArrayList<>();
    /** The asks each shown passage is linked to (not rejected), for tests. */
    private final java.util.Map<String, List<String>> linkedAsks = new java.util.HashMap<>();
    private final java.util.Map<String, Color> themeColours = new java.util.HashMap<>();
    private String sourceId;
    private String passageId;
    private int targetStart = -1;
    private int targetEnd = -1;
    /** Citation spans in the text: start, end, and the source they open (null while unresolved). */
    private final List<Object[]> links = new ArrayList<>();
    /** The notes and highlights of the source on show. */
    private DocumentNotes notes;
    private final DocumentPages pagesPart = new DocumentPages(this);
    private String query;
    private final Runnable kbListener = this::notesMayHaveChanged;
    /** Finds the citation spans to underline; one per view (building one compiles the law-name grammar). */
    private final org.lexgraph.core.citations.CitationFinder citations = new org.lexgraph.core.citations.CitationFinder();

    /** Shows a note's source in the Document view with the words it marks selected (or its passage). */
    public static void showNote(IWorkbenchPage page, org.lexgraph.core.annotations.NoteView n) {
        try {
            DocumentView view = (DocumentView) page.showView(ID);
            view.display(n.sourceId(), n.passageId(), null);
            view.selectNote(n);
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the document view", e);
        }
    }

    /** Shows a source in the Document view, scrolled to a passage (or its start when {@code passageId} is null). */
    public static void show(IWorkbenchPage page, String sourceId, String passageId) {
        show(page, sourceId, passageId, null);
    }

    /**
     * As above, marking every match of {@code query} in the document (F3 and Shift+F3, or the toolbar's arrows,
     * step from match to match).
     */
    public static void show(IWorkbenchPage page, String sourceId, String passageId, String query) {
        try {
            DocumentView view = (DocumentView) page.showView(ID);
            view.display(sourceId, passageId, query);
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the document view", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        title = WidgetIds.tag(new Label(parent, SWT.WRAP), "document.title");
        title.setFont(JFaceResources.getBannerFont());
        title.setText(Messages.Document_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        hitLabel = WidgetIds.tag(new Label(parent, SWT.NONE), "document.hits");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(hitLabel);
        Composite faces = pagesPart.create(parent);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(faces);
        text = WidgetIds.tag(new StyledText(faces, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                "document.text");
        text.setMargins(8, 6, 8, 6);
        pagesPart.attach(text);
        highlight = new Color(255, 243, 176);
        notes = new DocumentNotes(text);
        hitColor = new Color(255, 196, 90);
        DocumentActions.install(this, text, notes, getViewSite().getActionBars().getToolBarManager(),
                pagesPart.toggle());
        text.addListener(SWT.MouseUp, e -> {
            if (e.button != 1 || text.getSelectionCount() > 0) {
                return;
            }
            // the click has put the caret where it landed (more reliable than the event's coordinates)
            int offset = text.getCaretOffset();
            for (Object[] link : links) {
                if (offset >= (int) link[0] && offset < (int) link[1] && link[2] != null) {
                    String target = (String) link[2];
                    text.getDisplay().asyncExec(() -> show(getSite().getPage(), target, null));
                    return;
                }
            }
        });
    }

    /** The source and passage shown, for tests and for linking. */
    public String sourceId() {
        return sourceId;
    }

    public String passageId() {
        return passageId;
    }

    public void display(String source, String passage) {
        display(source, passage, null);
    }

    /** Shows a source at a passage, marking the matches of {@code query} (null: none). */
    public void display(String source, String passage, String query) {
        if (this.sourceId == null) {
            LexgraphUiPlugin.knowledgeBase().addListener(kbListener);
        }
        this.query = query;
        this.sourceId = source;
        this.passageId = passage;
        hits.clear();
        currentHit = -1;
        hitLabel.setText("");
        passageRanges.clear();
        linkedAsks.clear();
        java.util.Map<String, List<org.lexgraph.core.themes.Themes.LinkView>> themeLinks = new java.util.HashMap<>();
        LexgraphUiPlugin.knowledgeBase().session().ifPresent(s -> s.themes().themeLinksOf(source).stream()
                .filter(l -> !l.state().equals("rejected"))
                .forEach(l -> themeLinks.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l)));
        java.util.Map<String, List<org.lexgraph.query.SearchHit.Span>> matches = java.util.Map.of();
        if (query != null && !query.isBlank()) {
            try {
                matches = LexgraphUiPlugin.knowledgeBase().session().isEmpty() ? java.util.Map.of()
                        : LexgraphUiPlugin.knowledgeBase().session().get().search().matchesIn(query, source);
            } catch (org.lexgraph.query.QuerySyntaxException | java.io.IOException e) {
                matches = java.util.Map.of(); // the document is still shown, without marks
            }
        }
        Optional<SourceView> view = LexgraphUiPlugin.knowledgeBase().session()
                .flatMap((KnowledgeBaseSession s) -> s.library().source(source));
        if (view.isEmpty()) {
            title.setText(Messages.Document_missing);
            text.setText("");
            return;
        }
        SourceView sv = view.get();
        notes.load(source);
        title.setText(sv.summary().title() + "  (" + Messages.kind(sv.summary().kind().key()) + ")");
        setContentDescription(sv.summary().file() == null ? "" : sv.summary().file());
        setPartName(shorten(sv.summary().title()));
        StringBuilder sb = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        java.util.Map<String, String> targets = new java.util.HashMap<>();
        LexgraphUiPlugin.knowledgeBase().session().ifPresent(s -> {
            for (org.lexgraph.core.CitationLink l : s.citations().outgoing(source)) {
                targets.putIfAbsent(l.key(), l.targetSourceId());
            }
        });
        Color linkColor = text.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        links.clear();
        notes.appendSourceNotes(sb, styles);
        String anchor = null;
        int page = 0;
        targetStart = -1;
        targetEnd = -1;
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
                styles.add(new StyleRange(s, anchor.length(), null, null, SWT.BOLD));
            }
            List<org.lexgraph.core.themes.Themes.LinkView> linked = themeLinks.getOrDefault(p.id(), List.of());
            if (!linked.isEmpty()) {
                // a line naming the asks the passage addresses, in its theme's colour
                int at = sb.length();
                List<String> keys = linked.stream().map(l -> l.askKey() + (l.state().equals("confirmed") ? " \u2713"
                        : " ?")).toList();
                sb.append("\u258c ").append(String.join("   ", keys)).append('\n');
                StyleRange r = new StyleRange(at, sb.length() - 1 - at, themeColour(linked.get(0).askKey()), null);
                r.fontStyle = SWT.BOLD;
                styles.add(r);
                linkedAsks.put(p.id(), linked.stream().map(org.lexgraph.core.themes.Themes.LinkView::askKey).toList());
            }
            int s = sb.length();
            sb.append(p.text()).append("\n");
            passageRanges.add(new Object[] {p.id(), s, s + p.text().length(), p.page()});
            notes.appendPassageNotes(sb, styles, p.id(), p.text(), s);
            sb.append('\n');
            for (org.lexgraph.core.themes.Themes.LinkView l : linked) {
                for (org.lexgraph.query.SearchHit.Span sp : l.spans()) {
                    if (sp.end() <= p.text().length()) {
                        evidence.add(new Object[] {s + sp.start(), s + sp.end(), themeColour(l.askKey())});
                    }
                }
            }
            for (org.lexgraph.core.citations.FoundCitation c : citations.in(p.text())) {
                StyleRange r = new StyleRange(s + c.start(), c.end() - c.start(), linkColor, null);
                r.underline = true;
                r.underlineStyle = SWT.UNDERLINE_LINK;
                styles.add(r);
                links.add(new Object[] {s + c.start(), s + c.end(), targets.get(c.key())});
            }
            if (p.id().equals(passage)) {
                targetStart = s;
                targetEnd = s + p.text().length();
            }
            for (org.lexgraph.query.SearchHit.Span m : matches.getOrDefault(p.id(), List.of())) {
                hits.add(new int[] {s + m.start(), s + Math.min(m.end(), p.text().length())});
            }
        }
        if (text.getLineCount() > 0) {
            text.setLineBackground(0, text.getLineCount(), null);
        }
        text.setText(sb.toString());
        text.setStyleRanges(styles.stream().sorted((a, b) -> Integer.compare(a.start, b.start))
                .toArray(StyleRange[]::new));
        for (Object[] e : evidence) {
            // the words that made a theme link: underlined in the theme's colour
            int start = (int) e[0];
            StyleRange r = new StyleRange(start, (int) e[1] - start, null, null);
            r.underline = true;
            r.underlineStyle = SWT.UNDERLINE_DOUBLE;
            r.underlineColor = (Color) e[2];
            text.setStyleRange(r);
        }
        notes.paintHighlights();
        for (int[] h : hits) {
            // over whatever style the words had (a citation link keeps its place, shown as a match)
            StyleRange r = new StyleRange(h[0], h[1] - h[0], null, hitColor, SWT.BOLD);
            text.setStyleRange(r);
        }
        if (!hits.isEmpty()) {
            // the first match in the opened passage is the current one
            currentHit = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i)[0] >= targetStart) {
                    currentHit = i;
                    break;
                }
            }
            hitLabel.setText(NLS.bind(Messages.Document_hitOf, currentHit + 1, hits.size()));
        }
        if (targetStart >= 0) {
            // the opened passage gets a line background, which does not collide with the text styles
            int first = text.getLineAtOffset(targetStart);
            int last = text.getLineAtOffset(targetEnd);
            text.setLineBackground(first, last - first + 1, highlight);
            text.setTopIndex(Math.max(0, first - 2));
            text.setSelection(targetStart);
        } else {
            text.setTopIndex(0);
        }
        pagesPart.sourceShown(source, passage);
        CitationsView citations = (CitationsView) getSite().getPage().findView(CitationsView.ID);
        if (citations != null) {
            citations.show(source, sv.summary().title());
        }
    }

    /** After any change of the knowledge base: shows the source again when its notes changed (an undo, an edit). */
    private void notesMayHaveChanged() {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.getDisplay().asyncExec(() -> {
            if (sourceId == null || text.isDisposed() || !notes.changedSince(sourceId)) {
                return;
            }
            redisplayKeepingPlace();
        });
    }

    /** Shows the source again, where the reader was. */
    private void redisplayKeepingPlace() {
        int top = text.getTopIndex();
        org.eclipse.swt.graphics.Point sel = text.getSelection();
        display(sourceId, passageId, query);
        text.setTopIndex(Math.min(top, Math.max(0, text.getLineCount() - 1)));
        if (sel.y <= text.getCharCount()) {
            text.setSelection(sel.x, sel.y);
        }
    }

    /**
     * Highlights the selected words (clipped to the passage the selection begins in) in a colour, with an optional
     * note: an undoable edit. Without a selection in a passage it says so and does nothing.
     */
    public void highlightSelection(org.lexgraph.core.annotations.HighlightColour colour, String note) {
        Object[] q = selectedQuote();
        if (q == null || q[1] == null) {
            hitLabel.setText(Messages.Document_noSelection);
            return;
        }
        annotate(org.lexgraph.core.annotations.AnnotationService.NoteRequest.selection(sourceId, (String) q[0],
                (Integer) q[1], (Integer) q[2], colour.key(), note));
    }

    /** A note on the selected words (highlighted in yellow), or else on the passage at the caret. */
    public void addNote(String note) {
        Object[] q = selectedQuote();
        if (q != null && q[1] != null) {
            highlightSelection(org.lexgraph.core.annotations.HighlightColour.YELLOW, note);
        } else {
            String p = passageAt(text.getCaretOffset());
            annotate(org.lexgraph.core.annotations.AnnotationService.NoteRequest.note(sourceId, p, note));
        }
    }

    /** A highlight (with an optional note) of words selected on the printed page: found in the source's text. */
    void annotateWords(String words, org.lexgraph.core.annotations.HighlightColour colour, String note) {
        annotate(new org.lexgraph.core.annotations.AnnotationService.NoteRequest(sourceId, null, words, -1, -1,
                colour.key(), note));
    }

    /** A note on the whole source on show. */
    public void addSourceNote(String note) {
        annotate(org.lexgraph.core.annotations.AnnotationService.NoteRequest.note(sourceId, null, note));
    }

    private void annotate(org.lexgraph.core.annotations.AnnotationService.NoteRequest request) {
        LexgraphUiPlugin.knowledgeBase().session().ifPresent(s -> {
            try {
                s.annotations().add(request);
                int end = text.getSelection().y;
                redisplayKeepingPlace();
                text.setSelection(Math.min(end, text.getCharCount())); // the new highlight shows in its colour
            } catch (org.lexgraph.core.KnowledgeBaseException e) {
                hitLabel.setText(e.getMessage());
            }
        });
    }

    /** Selects the words a note marks (or the start of its passage). */
    public void selectNote(org.lexgraph.core.annotations.NoteView n) {
        for (Object[] r : passageRanges) {
            if (r[0].equals(n.passageId())) {
                int start = (int) r[1];
                if (n.highlight() && !n.changed()) {
                    text.setSelection(start + n.start(), start + n.end());
                } else {
                    text.setSelection(start);
                }
                text.showSelection();
                return;
            }
        }
    }

    /** The highlights shown, as "colour: words" in the order of the text (for tests). */
    public List<String> highlights() {
        return notes.highlights();
    }

    /** The note lines shown, in order (for tests). */
    public List<String> noteLines() {
        return notes.noteLines();
    }

    /** The background of the text at an offset of the given words' first match (for tests). */
    public Color backgroundOf(String words) {
        int at = text.getText().indexOf(words);
        if (at < 0) {
            return null;
        }
        StyleRange r = text.getStyleRangeAtOffset(at);
        return r == null ? null : r.background;
    }

    /** The colour of a theme (T1 … T4), by the key of the theme or one of its asks. */
    private Color themeColour(String askKey) {
        String theme = org.lexgraph.core.themes.Themes.themeKeyOf(askKey);
        return themeColours.computeIfAbsent(theme, t -> switch (t) {
            case "T1" -> new Color(31, 95, 191);
            case "T2" -> new Color(26, 127, 55);
            case "T3" -> new Color(191, 90, 0);
            case "T4" -> new Color(130, 60, 170);
            default -> new Color(90, 90, 90);
        });
    }

    /**
     * Adds the selected words to the basket (Ctrl+Shift+B): clipped to the passage the selection begins in; with
     * nothing selected, the whole passage at the caret.
     */
    public void addSelectionToBasket() {
        Object[] q = selectedQuote();
        if (q != null) {
            BasketView.add(getSite().getPage(), sourceId, (String) q[0], (Integer) q[1], (Integer) q[2]);
        }
    }

    /**
     * The selection as a quote: passage id and the range in its text (both null for the whole passage), clipped to
     * the passage the selection begins in; null outside the passages.
     */
    private Object[] selectedQuote() {
        org.eclipse.swt.graphics.Point sel = text.getSelection();
        for (Object[] r : passageRanges) {
            int start = (int) r[1];
            int end = (int) r[2];
            if (sel.x >= start && sel.x <= end) {
                Integer from = sel.y > sel.x ? sel.x - start : null;
                Integer to = sel.y > sel.x ? Math.min(sel.y, end) - start : null;
                if (from != null && from.equals(to)) {
                    from = null;
                    to = null;
                }
                return new Object[] {r[0], from, to};
            }
        }
        return null;
    }

    /** What dragging the selection to the Basket view carries (see {@link BasketView#DRAG_PREFIX}), or null. */
    public String dragData() {
        Object[] q = selectedQuote();
        if (q == null || q[1] == null) {
            return null;
        }
        return BasketView.DRAG_PREFIX + sourceId + ":" + q[0] + ":" + q[1] + ":" + q[2];
    }

    /** Selects text of the document (for tests and for keyboard users). */
    public void select(String words) {
        int at = text.getText().indexOf(words);
        if (at >= 0) {
            text.setSelection(at, at + words.length());
        }
    }

    /** The passage whose text holds an offset, or null. */
    String passageAt(int offset) {
        for (Object[] r : passageRanges) {
            if (offset >= (int) r[1] && offset <= (int) r[2]) {
                return (String) r[0];
            }
        }
        return passageId;
    }

    /** The passage at the caret (the opened one before the reader moves), or null. */
    String passageAtCaret() {
        return passageAt(text.getCaretOffset());
    }

    /** The page of the passage at the caret; 0 when unknown. */
    int caretPage() {
        String id = passageAtCaret();
        return passageRanges.stream().filter(r -> r[0].equals(id)).mapToInt(r -> (int) r[3]).findFirst().orElse(0);
    }

    /** Scrolls the text to the first passage on a page (or after it), the caret there. */
    void revealPage(int page) {
        passageRanges.stream().filter(r -> (int) r[3] >= page).findFirst().ifPresent(r -> {
            text.setSelection((int) r[1]);
            text.setTopIndex(Math.max(0, text.getLineAtOffset((int) r[1]) - 1));
        });
    }

    /** The words of the search's matches, once each (to mark on the page). */
    List<String> hitWords() {
        return DocumentPages.distinct(hitTexts());
    }

    /** The page view (null until it was first switched on; for tests). */
    public PageViewer pageViewer() {
        return pagesPart.viewer();
    }

    /** Goes to a page in the page view (its arrows; for tests). */
    public void goToPage(int page) {
        if (pagesPart.viewer() != null) {
            pagesPart.viewer().go(page);
        }
    }

    /** Switches between the text and the page as printed (the toolbar's toggle; for tests). */
    public void showPages(boolean on) {
        pagesPart.showPages(on);
    }

    /** The asks each passage on show is linked to, by passage id (for tests). */
    public java.util.Map<String, List<String>> linkedAsks() {
        return java.util.Map.copyOf(linkedAsks);
    }

    /** Moves to the next ({@code +1}) or previous ({@code -1}) match of the search, round the end. */
    public void step(int direction) {
        if (hits.isEmpty()) {
            return;
        }
        currentHit = Math.floorMod(currentHit + direction, hits.size());
        int[] h = hits.get(currentHit);
        text.setSelection(h[0], h[1]);
        text.showSelection();
        hitLabel.setText(NLS.bind(Messages.Document_hitOf, currentHit + 1, hits.size()));
    }

    /** The marked matches as their words, in order (for tests). */
    public List<String> hitTexts() {
        return hits.stream().map(h -> text.getTextRange(h[0], h[1] - h[0])).toList();
    }

    /** The current match (0-based), -1 when there are none. */
    public int currentHit() {
        return currentHit;
    }

    /** The passage text currently highlighted, or an empty string. */
    public String highlightedText() {
        return targetStart < 0 ? "" : text.getTextRange(targetStart, targetEnd - targetStart);
    }

    /** The citation spans shown as links, as [start, end, target source id or null], for tests. */
    public List<Object[]> links() {
        return List.copyOf(links);
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
        if (hitColor != null) {
            hitColor.dispose();
        }
        if (notes != null) {
            notes.dispose();
        }
        LexgraphUiPlugin.knowledgeBase().removeListener(kbListener);
        themeColours.values().forEach(Color::dispose);
        super.dispose();
    }
}
