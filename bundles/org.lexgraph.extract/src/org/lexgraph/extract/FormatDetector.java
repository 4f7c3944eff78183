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
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return MediaTypes.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return MediaTypes.JPEG;
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return MediaTypes.TIFF;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return detectOle2(file, ext);
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            return MediaTypes.RTF;
        }
        if (ext.equals("docx")) {
            throw new ExtractionException("not a Word document: a .docx file must be a ZIP package (damaged or mislabelled)");
        }
        if (looksLikeText(head)) {
            String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
            // byte order marks before the markup: UTF-8's read as Latin-1, and the same mark encoded twice
            while (start.startsWith("\u00ef\u00bb\u00bf") || start.startsWith("\u00e3\u00af\u00e2\u00bb\u00e2\u00bf")) {
                start = start.substring(start.startsWith("\u00ef") ? 3 : 6).stripLeading();
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
            if (looksLikeMail(new String(head, StandardCharsets.ISO_8859_1))) {
                return MediaTypes.EML;
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
            var mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                if (type.equals(MediaTypes.ODT)) {
                    return MediaTypes.ODT;
                }
                throw new ExtractionException("unsupported file type: " + type);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                throw new ExtractionException("unsupported file type: Excel workbook (XLSX)");
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                throw new ExtractionException("unsupported file type: PowerPoint presentation (PPTX)");
            }
            return MediaTypes.ZIP;
        } catch (ZipException e) {
            throw new ExtractionException((ext.equals("docx") ? "damaged Word document" : "damaged ZIP archive")
                    + ": " + describe(e), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + describe(e), e);
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Outlook messages and Word 97 documents share the OLE2 container; their stream names tell them apart. */
    private static String detectOle2(Path file, String ext) throws ExtractionException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(1 << 20);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + describe(e), e);
        }
        String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
        if (utf16.contains("__substg1.0_") || utf16.contains("__properties_version1.0")) {
            return MediaTypes.MSG;
        }
        if (utf16.contains("WordDocument")) {
            return MediaTypes.DOC;
        }
        if (ext.equals("msg")) {
            return MediaTypes.MSG;
        }
        if (ext.equals("doc")) {
            return MediaTypes.DOC;
        }
        throw new ExtractionException("unsupported file type: an Office 97-2003 file that is neither a Word document "
                + "nor an Outlook message (Excel or PowerPoint?)");
    }

    /** An e-mail saved as a file (.eml): RFC 822 header lines with at least From and Subject or Date. */
    static boolean looksLikeMail(String head) {
        boolean from = false;
        boolean subjectOrDate = false;
        int lines = 0;
        for (String line : head.split("\r?\n")) {
            if (line.isEmpty()) {
                break; // the end of the header
            }
            if (++lines > 200) {
                return false;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue; // a folded header line
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[A-Za-z][A-Za-z0-9-]*")) {
                return false;
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            from |= name.equals("from");
            subjectOrDate |= name.equals("subject") || name.equals("date");
        }
        return from && subjectOrDate;
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
