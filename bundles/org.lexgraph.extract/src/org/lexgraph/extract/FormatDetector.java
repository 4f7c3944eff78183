package org.lexgraph.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides a file's format from its content, using the file name only to tell apart formats that look alike (Markdown
 * and plain text). A PDF named {@code .txt} is read as a PDF; a file named {@code .pdf} that is not one is reported.
 * Thread-safe.
 */
public final class FormatDetector {

    private static final int SNIFF = 8192;

    /**
     * @return one of {@link MediaTypes}
     * @throws ExtractionException for empty files and formats Lexgraph does not read, saying which format it found
     */
    public String detect(Path file) throws ExtractionException {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw new ExtractionException("empty file (0 bytes)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SNIFF);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + describe(e), e);
        }
        String ext = extension(file);
        if (startsWithPdfHeader(head)) {
            return MediaTypes.PDF;
        }
        if (ext.equals("pdf")) {
            throw new ExtractionException("not a PDF: the file has no PDF header (damaged or mislabelled)");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return detectZip(file, ext);
        }
        if (ext.equals("docx")) {
            throw new ExtractionException("not a Word document: a .docx file must be a ZIP package (damaged or mislabelled)");
        }
        if (looksLikeText(head)) {
            String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
            if (start.startsWith("\u00ef\u00bb\u00bf")) { // UTF-8 byte order mark read as Latin-1
                start = start.substring(3).stripLeading();
            }
            switch (ext) {
                case "md", "markdown":
                    return MediaTypes.MARKDOWN;
                case "html", "htm", "xhtml":
                    return MediaTypes.HTML;
                default:
                    break;
            }
            if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                    || start.startsWith("<body")) {
                return MediaTypes.HTML;
            }
            if (start.startsWith("<?xml") || (start.startsWith("<") && ext.equals("xml"))) {
                return start.contains("<html") ? MediaTypes.HTML : MediaTypes.XML;
            }
            return MediaTypes.TEXT;
        }
        throw new ExtractionException("unsupported file type: " + tikaName(file, head));
    }

    private static String detectZip(Path file, String ext) throws ExtractionException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return MediaTypes.DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                throw new ExtractionException("unsupported file type: Excel workbook (XLSX)");
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                throw new ExtractionException("unsupported file type: PowerPoint presentation (PPTX)");
            }
            throw new ExtractionException("unsupported file type: ZIP archive");
        } catch (ZipException e) {
            throw new ExtractionException((ext.equals("docx") ? "damaged Word document" : "damaged ZIP archive")
                    + ": " + describe(e), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + describe(e), e);
        }
    }

    static boolean startsWithPdfHeader(byte[] head) {
        // the PDF header may follow some garbage bytes; readers accept it within the first kilobyte
        int limit = Math.min(head.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return true; // UTF-16 with byte order mark
        }
        int control = 0;
        for (byte signed : head) {
            int b = signed & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control <= head.length / 100;
    }

    private static String tikaName(Path file, byte[] head) {
        try {
            Metadata md = new Metadata();
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            MediaType type = MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(head), md);
            return type.toString();
        } catch (IOException | RuntimeException e) {
            return "unknown binary format";
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
