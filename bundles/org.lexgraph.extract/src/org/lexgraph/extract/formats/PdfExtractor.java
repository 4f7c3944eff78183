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
            stripper.setParagraphEnd("\n");
            Map<Integer, String> pageTexts = stripper.textPerPage(doc);
            List<TextBlock> blocks = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                String text = pageTexts.getOrDefault(p, "");
                for (Paragraphs.Paragraph para : Paragraphs.fromLines(text.lines().toList())) {
                    blocks.add(para.heading() ? TextBlock.heading(para.text(), p, 2) : TextBlock.body(para.text(), p));
                }
            }
            if (blocks.isEmpty()) {
                throw new ExtractionException("no text layer: the PDF holds only images (a scan?) and OCR is not available");
            }
            Map<String, String> md = new HashMap<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info != null) {
                putIfText(md, MetadataKeys.TITLE, info.getTitle());
                putIfText(md, MetadataKeys.AUTHOR, info.getAuthor());
            }
            return new ExtractedDocument(MediaTypes.PDF, blocks, md, pages);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a password is required to open it", e);
        } catch (IOException e) {
            throw new ExtractionException("damaged or truncated PDF: " + message(e), e);
        } catch (RuntimeException e) {
            // PDFBox signals some structural damage with unchecked exceptions
            throw new ExtractionException("damaged PDF: " + message(e), e);
        }
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
