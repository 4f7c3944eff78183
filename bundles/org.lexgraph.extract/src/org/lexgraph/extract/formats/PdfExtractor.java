package org.lexgraph.extract.formats;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * Reads PDFs with PDFBox page by page, so that every block knows its page. Stateless and thread-safe (each call
 * uses its own document and text stripper).
 */
public final class PdfExtractor implements Extractor {

    /** Resolution pages without a text layer are rendered at for OCR. */
    private static final float OCR_DPI = 300f;

    private final Ocr ocr;

    /** A PDF reader without OCR: pages without a text layer are reported. */
    /** With OCR as the environment gives it ({@link Ocr#fromEnvironment()}): the built-in contribution. */
    public PdfExtractor() {
        this(Ocr.fromEnvironment());
    }

    /** A PDF reader that reads pages without a text layer (scans) by OCR when {@code ocr} is available. */
    public PdfExtractor(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.PDF.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        requireEndMarker(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException("damaged PDF: the document has no pages");
            }
            PagedTextStripper stripper = new PagedTextStripper();
            stripper.setSortByPosition(false);
            // PDFBox by default looks for characters printed twice on top of each other (a fake bold) with a sorted
            // map per character: measured at 30 % of all import time on 1,000 PDFs (IngestBenchmark). Poppler's
            // pdftotext does not do it either; a fake-bold word then reads doubled, which search tolerates.
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setParagraphEnd("\n");
            Map<Integer, String> pageTexts = stripper.textPerPage(doc);
            Map<String, String> md = new HashMap<>();
            List<Integer> scanned = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                if (pageTexts.getOrDefault(p, "").isBlank()) {
                    scanned.add(p);
                }
            }
            if (!scanned.isEmpty()) {
                if (ocr != null && ocr.isAvailable()) {
                    ocrPages(doc, scanned, pageTexts);
                    md.put("ocr", "pages " + ranges(scanned) + " read by OCR (tesseract " + ocr.languages() + ")");
                } else if (scanned.size() == pages) {
                    throw new ExtractionException("no text layer: the PDF holds only images (a scan?) and OCR is "
                            + "not available (" + (ocr == null ? "not configured" : ocr.unavailableReason()) + ")");
                } else {
                    md.put("ocr", "pages " + ranges(scanned) + " have no text layer and OCR is not available");
                }
            }
            // a bundle of documents (a Woo decision's e-mails and letters) is found from the pages as printed: their
            // headers and page numbers, which the running-line removal below takes off
            if (pages >= org.lexgraph.extract.woo.PageStreamSegmenter.MIN_PAGES) {
                List<String> raw = new ArrayList<>(pages);
                for (int p = 1; p <= pages; p++) {
                    raw.add(pageTexts.getOrDefault(p, ""));
                }
                List<org.lexgraph.extract.woo.PageStreamSegmenter.Part> parts =
                        new org.lexgraph.extract.woo.PageStreamSegmenter().segment(raw);
                if (parts.size() > 1) {
                    StringBuilder sb = new StringBuilder();
                    for (var part : parts) {
                        sb.append(part.from()).append('-').append(part.to()).append('\t').append(part.label())
                                .append('\n');
                    }
                    md.put(MetadataKeys.BUNDLE_PARTS, sb.toString());
                }
            }
            List<List<String>> pageLines = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                pageLines.add(pageTexts.getOrDefault(p, "").lines().toList());
            }
            List<List<String>> bodies = RunningLines.remove(pageLines);
            List<TextBlock> blocks = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                for (Paragraphs.Paragraph para : Paragraphs.fromLines(bodies.get(p - 1))) {
                    blocks.add(para.heading() ? TextBlock.heading(para.text(), p, 2) : TextBlock.body(para.text(), p));
                }
            }
            if (blocks.isEmpty()) {
                throw new ExtractionException("no text: the PDF's pages hold no readable text");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info != null) {
                putIfText(md, MetadataKeys.TITLE, info.getTitle());
                putIfText(md, MetadataKeys.AUTHOR, info.getAuthor());
            }
            Map<String, String> origins = new HashMap<>();
            md.keySet().forEach(k -> origins.put(k, k.equals("ocr") ? "tesseract"
                    : k.equals(MetadataKeys.BUNDLE_PARTS) ? "page stream segmentation" : "PDF document information"));
            return new ExtractedDocument(MediaTypes.PDF, blocks, md, pages, origins, List.of());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a password is required to open it", e);
        } catch (IOException e) {
            throw new ExtractionException("damaged or truncated PDF: " + message(e), e);
        } catch (RuntimeException e) {
            // PDFBox signals some structural damage with unchecked exceptions
            throw new ExtractionException("damaged PDF: " + message(e), e);
        }
    }

    private void ocrPages(PDDocument doc, List<Integer> pages, Map<Integer, String> pageTexts)
            throws IOException, ExtractionException {
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
        Path image = Files.createTempFile("lexgraph-page-", ".png");
        try {
            for (int p : pages) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ExtractionException("OCR interrupted");
                }
                java.awt.image.BufferedImage img = renderer.renderImageWithDPI(p - 1, OCR_DPI,
                        org.apache.pdfbox.rendering.ImageType.GRAY);
                javax.imageio.ImageIO.write(img, "png", image.toFile());
                pageTexts.put(p, ocr.recognise(image));
            }
        } finally {
            Files.deleteIfExists(image);
        }
    }

    /** 1-3, 5 */
    static String ranges(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i);
            int end = start;
            while (i + 1 < pages.size() && pages.get(i + 1) == end + 1) {
                end = pages.get(++i);
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(start == end ? start + "" : start + "-" + end);
        }
        return sb.toString();
    }

    /**
     * A PDF ends with {@code %%EOF} (possibly followed by a little junk). A file without it was cut off while being
     * copied or downloaded; PDFBox would guess at the rest, so say so plainly instead.
     */
    private static void requireEndMarker(Path file) throws ExtractionException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(size, 2048);
            ByteBuffer tail = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (tail.hasRemaining() && ch.read(tail) >= 0) {
                // read the last bytes
            }
            String end = new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1);
            if (!end.contains("%%EOF")) {
                throw new ExtractionException("truncated PDF: the file ends before the PDF end marker (%%EOF); "
                        + "it was probably cut off while copying or downloading");
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + message(e), e);
        }
    }

    /** Collects the text of each page in one pass over the document. */
    private static final class PagedTextStripper extends PDFTextStripper {
        private final Map<Integer, String> pages = new HashMap<>();
        private int mark;

        Map<Integer, String> textPerPage(PDDocument doc) throws IOException {
            StringWriter out = new StringWriter();
            writeText(doc, out);
            return pages;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            output.flush();
            mark = ((StringWriter) output).getBuffer().length();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            StringBuffer buf = ((StringWriter) output).getBuffer();
            pages.put(getCurrentPageNo(), buf.substring(mark));
        }
    }

    static void putIfText(Map<String, String> md, String key, String value) {
        if (value != null && !value.isBlank()) {
            md.put(key, Paragraphs.normalise(value));
        }
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
