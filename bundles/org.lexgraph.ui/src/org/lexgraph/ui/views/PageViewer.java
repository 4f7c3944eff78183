package org.lexgraph.ui.views;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.pages.PageService;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * A PDF source's page as printed: drawn off the UI thread (pages once drawn are kept by the core), the opened passage
 * outlined and the search's words marked from the text positions, with page navigation, zoom and fit to width.
 */
public final class PageViewer extends Composite {

    private static final float[] ZOOMS = {0.5f, 0.75f, 1f, 1.25f, 1.5f, 2f, 3f};

    private final Label pageLabel;
    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final Button fitWidth;
    private final Color outline = new Color(31, 95, 191);
    private final Color match = new Color(255, 160, 40);
    private String sourceId;
    private String passageId;
    private List<String> words = List.of();
    private int page;
    private int pages;
    private float zoom = 1f;
    /** The page's width in points, as last drawn (for zooming from fit-to-width). */
    private float widthPoints = 595f;
    private Image image;
    private PageService.PageMarks marks = new PageService.PageMarks(List.of(), List.of(), List.of());
    /** Where the reader drags over the page: start and end in canvas pixels (null: no selection). */
    private int[] dragged;
    /** The words of the page in the dragged rectangle, once read. */
    private String selectedWords = "";
    private final Annotator annotator;

    /** Makes a highlight or note of words selected on the page (the Document view does it). */
    public interface Annotator {
        void annotate(String words, org.lexgraph.core.annotations.HighlightColour colour, String note);
    }
    private Job job;

    PageViewer(Composite parent, Annotator annotator) {
        super(parent, SWT.NONE);
        this.annotator = annotator;
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(4, 2).applyTo(this);
        button(Messages.Document_previousPage, "\u25C0", () -> go(page - 1));
        pageLabel = WidgetIds.tag(new Label(this, SWT.CENTER), "document.page");
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).align(SWT.CENTER, SWT.CENTER).applyTo(pageLabel);
        button(Messages.Document_nextPage, "\u25B6", () -> go(page + 1));
        button(Messages.Document_zoomOut, "\u2212", () -> zoomBy(-1));
        button(Messages.Document_zoomIn, "+", () -> zoomBy(1));
        fitWidth = WidgetIds.tag(new Button(this, SWT.TOGGLE), "document.fitWidth");
        fitWidth.setText(Messages.Document_fitWidth);
        fitWidth.setSelection(true);
        fitWidth.addListener(SWT.Selection, e -> load());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(fitWidth);
        scroller = new ScrolledComposite(this, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(scroller);
        canvas = WidgetIds.tag(new Canvas(scroller, SWT.DOUBLE_BUFFERED), "document.pageCanvas");
        canvas.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        scroller.setContent(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragged = new int[] {e.x, e.y, e.x, e.y};
                selectedWords = "";
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragged != null && (e.stateMask & SWT.BUTTON1) != 0) {
                dragged[2] = e.x;
                dragged[3] = e.y;
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && dragged != null) {
                if (Math.abs(dragged[2] - dragged[0]) < 4 && Math.abs(dragged[3] - dragged[1]) < 4) {
                    dragged = null;
                    canvas.redraw();
                } else {
                    readSelection();
                }
            }
        });
        canvas.setMenu(menu().createContextMenu(canvas));
        scroller.addListener(SWT.Resize, e -> {
            if (fitWidth.getSelection() && image != null
                    && Math.abs(image.getBounds().width - targetWidth()) > 24) {
                load();
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.PAGE_DOWN || e.keyCode == SWT.ARROW_RIGHT) {
                go(page + 1);
            } else if (e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.ARROW_LEFT) {
                go(page - 1);
            }
        });
        addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
            outline.dispose();
            match.dispose();
        });
    }

    /** Highlight › a colour and Add Note…, for the words selected on the page. */
    private org.eclipse.jface.action.MenuManager menu() {
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        org.eclipse.jface.action.MenuManager colours = new org.eclipse.jface.action.MenuManager(
                Messages.Document_highlight);
        for (org.lexgraph.core.annotations.HighlightColour c : org.lexgraph.core.annotations.HighlightColour.values()) {
            colours.add(new org.eclipse.jface.action.Action(Messages.colour(c.key())) {
                @Override
                public void run() {
                    annotateSelection(c, null);
                }
            });
        }
        menu.add(colours);
        menu.add(new org.eclipse.jface.action.Action(Messages.Document_addNote) {
            @Override
            public void run() {
                org.eclipse.jface.dialogs.InputDialog d = new org.eclipse.jface.dialogs.InputDialog(getShell(),
                        Messages.Annotations_editTitle, Messages.Annotations_editPrompt, "", null);
                if (d.open() == org.eclipse.jface.window.Window.OK) {
                    annotateSelection(org.lexgraph.core.annotations.HighlightColour.YELLOW, d.getValue());
                }
            }
        });
        return menu;
    }

    /** Highlights the words selected on the page (with a note), then draws the page again with it. */
    public void annotateSelection(org.lexgraph.core.annotations.HighlightColour colour, String note) {
        if (selectedWords.isBlank()) {
            pageLabel.setText(Messages.Document_noSelection);
            return;
        }
        annotator.annotate(selectedWords, colour, note);
        dragged = null;
        selectedWords = "";
        load();
    }

    /** Reads the words in the dragged rectangle (the page's text positions). */
    private void readSelection() {
        if (image == null || sourceId == null) {
            return;
        }
        float w = image.getBounds().width;
        float h = image.getBounds().height;
        PageService.Box area = new PageService.Box(Math.min(dragged[0], dragged[2]) / w,
                Math.min(dragged[1], dragged[3]) / h, Math.abs(dragged[2] - dragged[0]) / w,
                Math.abs(dragged[3] - dragged[1]) / h);
        session().ifPresent(s -> {
            try {
                selectedWords = s.pages().wordsIn(sourceId, page, area);
                canvas.setToolTipText(selectedWords.isEmpty() ? null : selectedWords);
            } catch (KnowledgeBaseException e) {
                pageLabel.setText(e.getMessage());
            }
        });
    }

    /** Selects the words in a rectangle of the page, as fractions of it (as dragging does; for tests). */
    public void selectArea(float x0, float y0, float x1, float y1) {
        int w = image.getBounds().width;
        int h = image.getBounds().height;
        dragged = new int[] {Math.round(x0 * w), Math.round(y0 * h), Math.round(x1 * w), Math.round(y1 * h)};
        readSelection();
        canvas.redraw();
    }

    /** The words selected on the page (for tests). */
    public String selectedWords() {
        return selectedWords;
    }

    private void button(String tip, String label, Runnable action) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(label);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** Shows a page of a source, outlining a passage (or none) and marking words. */
    void show(String source, int pageNumber, String passage, List<String> matchWords) {
        this.sourceId = source;
        this.passageId = passage;
        this.words = List.copyOf(matchWords);
        this.pages = session().map(s -> {
            try {
                return s.pages().pageCount(source);
            } catch (KnowledgeBaseException e) {
                pageLabel.setText(e.getMessage());
                return 0;
            }
        }).orElse(0);
        this.page = Math.max(1, Math.min(Math.max(pages, 1), pageNumber));
        load();
    }

    /** The page on show. */
    int page() {
        return page;
    }

    /** Goes to a page (ignored outside the document). */
    void go(int target) {
        if (target >= 1 && target <= pages && target != page) {
            page = target;
            load();
        }
    }

    private void zoomBy(int step) {
        float current = fitWidth.getSelection() && image != null ? image.getBounds().width / pageWidthPoints() : zoom;
        int at = 0;
        while (at < ZOOMS.length - 1 && ZOOMS[at] < current - 0.01f) {
            at++;
        }
        zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + step))];
        fitWidth.setSelection(false);
        load();
    }

    private float pageWidthPoints() {
        return widthPoints;
    }

    private int targetWidth() {
        return Math.max(200, scroller.getClientArea().width - 8);
    }

    /** Draws the page in the background, then shows it with its marks. */
    private void load() {
        Optional<KnowledgeBaseSession> session = session();
        if (sourceId == null || pages == 0 || session.isEmpty()) {
            return;
        }
        pageLabel.setText(NLS.bind(Messages.Document_rendering, page));
        String source = sourceId;
        int number = page;
        String passage = passageId;
        List<String> marked = words;
        boolean fit = fitWidth.getSelection();
        int width = targetWidth();
        float fixed = zoom;
        Display display = getDisplay();
        if (job != null) {
            job.cancel();
        }
        job = Job.create(NLS.bind(Messages.Document_rendering, number), (IProgressMonitor monitor) -> {
            try {
                PageService pagesOf = session.get().pages();
                float[] size = pagesOf.size(source, number);
                float scale = fit ? width / size[0] : fixed;
                PageService.PageImage drawn = pagesOf.render(source, number, scale);
                PageService.PageMarks found = pagesOf.marks(source, number, passage, marked);
                ImageData data = new ImageData(new ByteArrayInputStream(drawn.png()));
                if (!monitor.isCanceled() && !display.isDisposed()) {
                    display.asyncExec(() -> shown(number, size[0], data, found));
                }
            } catch (KnowledgeBaseException e) {
                display.asyncExec(() -> {
                    if (!pageLabel.isDisposed()) {
                        pageLabel.setText(e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void shown(int number, float width, ImageData data, PageService.PageMarks found) {
        if (isDisposed() || number != page) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = new Image(getDisplay(), data);
        widthPoints = width;
        marks = found;
        canvas.setSize(image.getBounds().width, image.getBounds().height);
        pageLabel.setText(NLS.bind(Messages.Document_pageOf, page, pages));
        canvas.redraw();
        if (fitWidth.getSelection() && Math.abs(image.getBounds().width - targetWidth()) > 24) {
            load(); // the view changed size while the page was drawn
        }
        List<PageService.Box> first = !marks.matches().isEmpty() ? marks.matches() : marks.passage();
        if (!first.isEmpty()) {
            // the first match in view (what was searched for), else the passage
            int y = Math.round(first.get(0).y() * image.getBounds().height);
            scroller.setOrigin(0, Math.max(0, y - 40));
        } else {
            scroller.setOrigin(0, 0);
        }
    }

    private void paint(GC gc) {
        if (image == null) {
            return;
        }
        gc.drawImage(image, 0, 0);
        int w = image.getBounds().width;
        int h = image.getBounds().height;
        gc.setAlpha(90);
        gc.setBackground(match);
        for (PageService.Box b : marks.matches()) {
            gc.fillRectangle(Math.round(b.x() * w) - 1, Math.round(b.y() * h) - 1, Math.round(b.width() * w) + 2,
                    Math.round(b.height() * h) + 2);
        }
        gc.setAlpha(110);
        for (PageService.Highlight hl : marks.highlights()) {
            gc.setBackground(Highlights.colour(hl.colour()));
            PageService.Box b = hl.box();
            gc.fillRectangle(Math.round(b.x() * w) - 1, Math.round(b.y() * h) - 1, Math.round(b.width() * w) + 2,
                    Math.round(b.height() * h) + 2);
        }
        gc.setAlpha(255);
        gc.setForeground(outline);
        gc.setLineWidth(2);
        for (PageService.Box b : marks.passage()) {
            gc.drawRectangle(Math.round(b.x() * w) - 3, Math.round(b.y() * h) - 2, Math.round(b.width() * w) + 6,
                    Math.round(b.height() * h) + 4);
        }
        if (dragged != null) {
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(Math.min(dragged[0], dragged[2]), Math.min(dragged[1], dragged[3]),
                    Math.abs(dragged[2] - dragged[0]), Math.abs(dragged[3] - dragged[1]));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** The marks on show: the passage's lines and the words found (for tests). */
    public PageService.PageMarks marks() {
        return marks;
    }

    private static Optional<KnowledgeBaseSession> session() {
        return LexgraphUiPlugin.knowledgeBase().session();
    }
}
