package org.lexgraph.core.pages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.extract.pages.PageText;
import org.lexgraph.extract.pages.PdfPages;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;

/**
 * The page as printed, for sources read from a PDF (a Woo bundle's documents included: their pages are the bundle's):
 * a page drawn at a given scale, and where a passage and the words of a search stand on it. Drawn pages are kept (the
 * last few), and the PDF stays open while its pages are asked for. Safe to call from any thread (one at a time).
 */
public final class PageService {

    /** A page drawn as PNG, with the size of the page in points and how many pages the PDF has. */
    public record PageImage(int page, int pages, float widthPoints, float heightPoints, float scale, byte[] png) {
    }

    /** Where a passage, the words of a search and the reader's highlights stand on a page. */
    public record PageMarks(List<Box> passage, List<Box> matches, List<Highlight> highlights) {
    }

    /** A highlight's words on the page, with its colour's key. */
    public record Highlight(Box box, String colour, String noteId) {
    }

    /** A rectangle on a page as fractions of its width and height, from its top left (it fits any zoom). */
    public record Box(float x, float y, float width, float height) {
        static List<Box> of(List<PageText.Box> boxes) {
            return boxes.stream().map(b -> new Box(b.x(), b.y(), b.width(), b.height())).toList();
        }
    }

    private static final int KEPT = 12;

    private final SessionContext ctx;
    private PdfPages open;
    private final Map<String, PageImage> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageImage> eldest) {
            return size() > KEPT;
        }
    };

    public PageService(SessionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The PDF a source was read from, when it can be shown as pages; empty for other formats and for a PDF inside an
     * archive. A PDF no longer where it was imported from is an error naming the file.
     */
    public Optional<Path> pdfOf(String sourceId) throws KnowledgeBaseException {
        Source s = ctx.sourceById(sourceId).orElseThrow(() -> new KnowledgeBaseException("no source " + sourceId));
        String path = ctx.peek(kb -> s.getOriginalPath());
        if (path == null || !path.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return Optional.empty();
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeBaseException("the page view needs the PDF " + file + ", which is no longer there");
        }
        return Optional.of(file);
    }

    /** How many pages the source's PDF has; 0 when the source has no PDF to show. */
    public synchronized int pageCount(String sourceId) throws KnowledgeBaseException {
        Optional<Path> pdf = pdfOf(sourceId);
        return pdf.isEmpty() ? 0 : pages(pdf.get()).pageCount();
    }

    /** A page's width and height in points (1/72 inch), as shown. */
    public synchronized float[] size(String sourceId, int page) throws KnowledgeBaseException {
        Path pdf = requirePdf(sourceId);
        try {
            return pages(pdf).size(page);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(e.getMessage(), e);
        }
    }

    /** A page (1-based) of the source's PDF drawn at {@code scale} (1 = 72 dots per inch). */
    public synchronized PageImage render(String sourceId, int page, float scale) throws KnowledgeBaseException {
        Path pdf = requirePdf(sourceId);
        String key = pdf + "#" + page + "@" + Math.round(scale * 100);
        PageImage kept = drawn.get(key);
        if (kept != null) {
            return kept;
        }
        try {
            PdfPages pages = pages(pdf);
            float[] size = pages.size(page);
            BufferedImage image = pages.render(page, scale);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            PageImage out = new PageImage(page, pages.pageCount(), size[0], size[1], scale, png.toByteArray());
            drawn.put(key, out);
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeBaseException("cannot draw page " + page + " of " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** Where the passage and each of the words stand on a page of the source's PDF. */
    public synchronized PageMarks marks(String sourceId, int page, String passageId, List<String> words)
            throws KnowledgeBaseException {
        Path pdf = requirePdf(sourceId);
        try {
            PageText text = pages(pdf).text(page);
            String passageText = passageId == null ? null : ctx.sourceById(sourceId)
                    .map(s -> ctx.peek(kb -> s.getPassages().stream().filter(p -> p.getId().equals(passageId))
                            .findFirst().map(Passage::getText).orElse(null)))
                    .orElse(null);
            List<Box> found = new ArrayList<>();
            for (String w : new java.util.LinkedHashSet<>(words)) {
                found.addAll(Box.of(text.matches(w)));
            }
            return new PageMarks(passageText == null ? List.of() : Box.of(text.passage(passageText)), found,
                    highlights(sourceId, page, text));
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeBaseException("cannot read page " + page + " of " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** The source's highlights whose passage is on this page, where their words stand on it. */
    private List<Highlight> highlights(String sourceId, int page, PageText text) {
        List<Highlight> out = new ArrayList<>();
        ctx.sourceById(sourceId).ifPresent(s -> ctx.peek(kb -> {
            for (org.lexgraph.model.Passage p : s.getPassages()) {
                if (p.getPage() != page) {
                    continue;
                }
                for (org.lexgraph.model.Note n : p.getNotes()) {
                    if (n.getQuotedText() != null && !n.getQuotedText().isEmpty() && !n.isChanged()) {
                        String t = p.getText() == null ? "" : p.getText();
                        int start = Math.min(Math.max(0, n.getStart()), t.length());
                        int end = Math.min(Math.max(start, n.getEnd()), t.length());
                        for (PageText.Box b : text.occurrence(t.substring(0, start), n.getQuotedText(),
                                t.substring(end))) {
                            out.add(new Highlight(new Box(b.x(), b.y(), b.width(), b.height()),
                                    n.getColour() == null || n.getColour().isBlank() ? "yellow" : n.getColour(),
                                    n.getId()));
                        }
                    }
                }
            }
            return null;
        }));
        return out;
    }

    /** The words a reader selected on a page by dragging over it (a rectangle as fractions of the page). */
    public synchronized String wordsIn(String sourceId, int page, Box area) throws KnowledgeBaseException {
        Path pdf = requirePdf(sourceId);
        try {
            return pages(pdf).text(page).textIn(area.x(), area.y(), area.x() + area.width(), area.y() + area.height());
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeBaseException("cannot read page " + page + " of " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** The page a passage is on (0 when unknown). */
    public int pageOf(String sourceId, String passageId) {
        return ctx.sourceById(sourceId).map(s -> ctx.peek(kb -> s.getPassages().stream()
                .filter(p -> p.getId().equals(passageId)).findFirst().map(Passage::getPage).orElse(0))).orElse(0);
    }

    /** Closes the open PDF (the session does when it closes). */
    public synchronized void close() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // nothing was written
            }
            open = null;
        }
    }

    private Path requirePdf(String sourceId) throws KnowledgeBaseException {
        return pdfOf(sourceId).orElseThrow(() -> new KnowledgeBaseException("source " + sourceId
                + " was not read from a PDF: it has no printed pages to show"));
    }

    private PdfPages pages(Path pdf) throws KnowledgeBaseException {
        if (open != null && open.file().equals(pdf)) {
            return open;
        }
        close();
        try {
            open = PdfPages.open(pdf);
            return open;
        } catch (IOException e) {
            throw new KnowledgeBaseException(e.getMessage(), e);
        }
    }
}
