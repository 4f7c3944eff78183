package org.lexgraph.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes real test files (PDF through PDFBox, DOCX as the ZIP package Word writes, HTML, text) and finds the real
 * public documents kept in this repository for the tests. Generated files are written by the tests, so nothing
 * binary is committed.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The real public documents the tests read ({@code bundles/org.lexgraph.tests.support/data}, see its
     * {@code SOURCES.md}): the folder named by {@code -Dlexgraph.testdata} (the build passes it in), else found upwards
     * from the working directory inside this repository. Nothing outside the repository is ever looked at.
     */
    public static Path testData() {
        String p = System.getProperty("lexgraph.testdata");
        if (p != null) {
            Path dir = Path.of(p).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir.resolve("bwb-markdown"))) {
                throw new IllegalStateException("-Dlexgraph.testdata=" + p + " is not the test data folder "
                        + "(bundles/org.lexgraph.tests.support/data: no bwb-markdown/ in it)");
            }
            return dir;
        }
        return inRepository(TEST_DATA);
    }

    /** The public corpus of the tests: {@code bwb-markdown/} (laws) and {@code rechtspraak/} (rulings). */
    public static Path corpus() {
        return testData();
    }

    /** The 2026 NGO letter as the product ships it (the same text every new knowledge base holds). */
    public static Path letter() {
        return inRepository(LETTER);
    }

    private static final String TEST_DATA = "bundles/org.lexgraph.tests.support/data";
    private static final String LETTER =
            "bundles/org.lexgraph.core/data/letter-2026/ngo-letter-gemeenteraadsverkiezingen-2026.txt";

    /** {@code relative} under the repository root: the nearest folder upwards from the working directory holding it. */
    private static Path inRepository(String relative) {
        String root = System.getProperty("lexgraph.repository");
        Path start = root != null ? Path.of(root) : Path.of("");
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate) && Files.isDirectory(dir.resolve("bundles"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found upwards from " + start.toAbsolutePath()
                + " (run the tests inside the repository, or set -Dlexgraph.repository)");
    }

    /** The official XML fixtures of this bundle ({@code official/}), copied into {@code dir}; returns their folder. */
    public static Path official(Path dir) throws IOException {
        Path target = dir.resolve("official");
        String[] files = { "cvdr/CVDR700001_1.xml", "cvdr/CVDR700001_2.xml", "kst-36600-XVI-161/metadata.xml",
                "kst-36600-XVI-161/kst-36600-XVI-161.xml", "bwb/BWBR0011823-2024-01-01.xml",
                "bwb/BWBR0011823-2025-01-01.xml", "gmb-2024-250002/metadata.xml", "gmb-2024-250002/gmb-2024-250002.xml" };
        for (String f : files) {
            Path out = target.resolve(f);
            Files.createDirectories(out.getParent());
            try (var in = Fixtures.class.getResourceAsStream("official/" + f)) {
                if (in == null) {
                    throw new IOException("fixture missing from the test-support bundle: official/" + f);
                }
                Files.copy(in, out);
            }
        }
        return target;
    }

    /** A PDF with one page per entry; lines of a page are separated by {@code \n}. */
    public static Path pdf(Path dir, String name, List<String> pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = document(pages)) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF that needs a password to open. */
    public static Path encryptedPdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = document(List.of("Vertrouwelijk: dit stuk is versleuteld."))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF cut off after {@code fraction} of its bytes, as an interrupted download leaves it. */
    public static Path truncatedPdf(Path dir, String name, double fraction) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = document(List.of("Deze tekst gaat verloren door een afgebroken download.",
                "Tweede pagina van het afgebroken bestand."))) {
            doc.save(out);
        }
        byte[] all = out.toByteArray();
        Path file = dir.resolve(name);
        Files.write(file, java.util.Arrays.copyOf(all, (int) (all.length * fraction)));
        return file;
    }

    private static PDDocument document(List<String> pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String pageText : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(60, 720);
                for (String line : pageText.split("\n", -1)) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
        }
        return doc;
    }

    /**
     * A Word document: a heading (style Heading1) and paragraphs, packaged as Word does (content types, relationships,
     * document part).
     */
    public static Path docx(Path dir, String name, String heading, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>").append(xml(heading))
                .append("</w:t></w:r></w:p>");
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(p)).append("</w:t></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "</w:styles>";
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        String docRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
            entry(zip, "word/_rels/document.xml.rels", docRels);
            entry(zip, "word/styles.xml", styles);
        }
        return file;
    }

    /** An OpenDocument text (ODT) as LibreOffice packages it: mimetype first and stored, then content and manifest. */
    public static Path odt(Path dir, String name, String heading, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">").append(xml(heading))
                .append("</text:h>");
        for (String p : paragraphs) {
            body.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.closeEntry();
            entry(zip, "content.xml", content);
            entry(zip, "META-INF/manifest.xml", manifest);
        }
        return file;
    }

    /**
     * An Outlook message (.msg): the OLE2 container Outlook writes, with the subject, sender and plain-text body as
     * MAPI property streams (written with POI's container writer; the streams are the ones Outlook names).
     */
    public static Path msg(Path dir, String name, String subject, String from, String body) throws IOException {
        Path file = dir.resolve(name);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.filesystem.DirectoryEntry root = fs.getRoot();
            root.createDocument("__substg1.0_0037001F", new java.io.ByteArrayInputStream(
                    subject.getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__substg1.0_0C1A001F", new java.io.ByteArrayInputStream(
                    from.getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__substg1.0_1000001F", new java.io.ByteArrayInputStream(
                    body.getBytes(StandardCharsets.UTF_16LE)));
            // the top-level property stream: a 32-byte header (no recipients, no attachments) and no properties
            root.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[32]));
            try (OutputStream os = Files.newOutputStream(file)) {
                fs.writeFilesystem(os);
            }
        }
        return file;
    }

    /** A ZIP archive of the given entries (name → bytes), in the given order. */
    public static Path zip(Path dir, String name, java.util.Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A ZIP bomb: one entry of {@code megabytes} MB of zeros, which deflate packs about a thousandfold. */
    public static Path zipBomb(Path dir, String name, int megabytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] zeros = new byte[1 << 20];
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("nullen.txt"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** An e-mail (RFC 822, MIME multipart) with a text body and one attachment, as a mail program saves it. */
    public static Path eml(Path dir, String name, String subject, String body, String attachmentName,
            byte[] attachment) throws IOException {
        String boundary = "----=_lexgraph_boundary";
        StringBuilder sb = new StringBuilder();
        sb.append("From: Stichting LOS <info@example.org>\r\n");
        sb.append("To: Fractie <fractie@example.org>\r\n");
        sb.append("Subject: ").append(subject).append("\r\n");
        sb.append("Date: Tue, 03 Mar 2026 10:15:00 +0100\r\n");
        sb.append("MIME-Version: 1.0\r\n");
        sb.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        sb.append("--").append(boundary).append("\r\n");
        sb.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        sb.append(body).append("\r\n\r\n");
        if (attachment != null) {
            sb.append("--").append(boundary).append("\r\n");
            sb.append("Content-Type: application/octet-stream; name=\"").append(attachmentName).append("\"\r\n");
            sb.append("Content-Disposition: attachment; filename=\"").append(attachmentName).append("\"\r\n");
            sb.append("Content-Transfer-Encoding: base64\r\n\r\n");
            sb.append(java.util.Base64.getMimeEncoder().encodeToString(attachment)).append("\r\n");
        }
        sb.append("--").append(boundary).append("--\r\n");
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** A PNG of black text on white, large and clean, as a photographed or scanned page would be after cleaning. */
    public static Path png(Path dir, String name, List<String> lines) throws IOException {
        java.awt.image.BufferedImage img = textImage(lines);
        Path file = dir.resolve(name);
        javax.imageio.ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A PDF whose single page is only an image of text (a scan without a text layer). */
    public static Path scannedPdf(Path dir, String name, List<String> lines) throws IOException {
        Path png = png(dir, name + ".png", lines);
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
                    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromFile(png.toString(), doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float w = page.getMediaBox().getWidth() - 80;
                float h = w * image.getHeight() / image.getWidth();
                cs.drawImage(image, 40, page.getMediaBox().getHeight() - 40 - h, w, h);
            }
            doc.save(file.toFile());
        }
        Files.delete(png);
        return file;
    }

    private static java.awt.image.BufferedImage textImage(List<String> lines) {
        int width = 1700;
        int lineHeight = 64;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, 120 + lines.size() * lineHeight,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 44));
        int y = 90;
        for (String line : lines) {
            g.drawString(line, 60, y);
            y += lineHeight;
        }
        g.dispose();
        return img;
    }

    public static Path html(Path dir, String name, String title, String heading, List<String> paragraphs)
            throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(xml(title)).append("</title></head><body>\n<h1>").append(xml(heading)).append("</h1>\n");
        for (String p : paragraphs) {
            sb.append("<p>").append(xml(p)).append("</p>\n");
        }
        sb.append("</body></html>\n");
        return text(dir, name, sb.toString());
    }

    public static Path text(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static Path bytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
