package org.lexgraph.extract.pages;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * An open PDF for the page view: its pages drawn as printed (PDFBox's renderer) and their words with their places.
 * Not thread-safe: one user at a time (the caller serialises).
 */
public final class PdfPages implements Closeable {

    private final Path file;
    private final PDDocument doc;
    private final PDFRenderer renderer;

    private PdfPages(Path file, PDDocument doc) {
        this.file = file;
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
    }

    /** Opens a PDF; fails with a message naming the file when it is not one or cannot be read. */
    public static PdfPages open(Path file) throws IOException {
        try {
            return new PdfPages(file, Loader.loadPDF(file.toFile()));
        } catch (IOException e) {
            throw new IOException(file + " cannot be read as a PDF: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** A page's size in points (1/72 inch), as it is shown (rotation applied): width, height. */
    public float[] size(int page) {
        PDPage p = page(page);
        PDRectangle box = p.getCropBox();
        boolean turned = p.getRotation() % 180 != 0;
        return turned ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()};
    }

    /** A page (1-based) drawn at the given scale (1 = 72 dots per inch). */
    public BufferedImage render(int page, float scale) throws IOException {
        page(page);
        return renderer.renderImage(page - 1, scale, ImageType.RGB);
    }

    /** A page's words with where they stand. */
    public PageText text(int page) throws IOException {
        float[] size = size(page);
        PageText out = new PageText(size[0], size[1]);
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    // PDFBox's glyph height is often half the letters' height: the font size gives the line's
                    float h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.9f);
                    out.add(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - h * 0.85f, t.getWidthDirAdj(), h);
                }
            }

            @Override
            protected void writeWordSeparator() {
                out.space();
            }

            @Override
            protected void writeLineSeparator() {
                out.lineEnd();
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    private PDPage page(int page) {
        if (page < 1 || page > doc.getNumberOfPages()) {
            throw new IllegalArgumentException(file + " has " + doc.getNumberOfPages() + " pages, not page " + page);
        }
        return doc.getPage(page - 1);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
