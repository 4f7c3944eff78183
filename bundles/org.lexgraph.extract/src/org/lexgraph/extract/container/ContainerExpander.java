package org.lexgraph.extract.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.extract.formats.TikaDocumentExtractor;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Takes containers apart: ZIP archives into their files, e-mails (EML, Outlook MSG) into their message and
 * attachments. Every member is written to a temporary folder under a generated name (an entry called
 * {@code ../../etc/passwd} stays inside it), within {@link ContainerLimits}. Thread-safe.
 */
public final class ContainerExpander {

    private final ContainerLimits limits;
    private final Parser eml = new org.apache.tika.parser.mail.RFC822Parser();
    private final Parser msg = new org.apache.tika.parser.microsoft.OfficeParser();

    public ContainerExpander(ContainerLimits limits) {
        this.limits = limits;
    }

    public ContainerLimits limits() {
        return limits;
    }

    /**
     * @throws ExtractionException when the container is damaged or breaks a limit (a bomb); nothing is kept then
     */
    public Expanded expand(Path file, String mediaType) throws ExtractionException {
        Path temp;
        try {
            temp = Files.createTempDirectory("lexgraph-container-");
        } catch (IOException e) {
            throw new ExtractionException("cannot unpack: no temporary folder (" + e.getMessage() + ")", e);
        }
        try {
            if (MediaTypes.ZIP.equals(mediaType)) {
                return unzip(file, temp);
            }
            return mail(file, mediaType, temp);
        } catch (ExtractionException | RuntimeException e) {
            new Expanded(null, List.of(), List.of(), temp).close();
            throw e;
        }
    }

    private Expanded unzip(Path file, Path temp) throws ExtractionException {
        List<Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long packed;
        long total = 0;
        try {
            packed = Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + e.getMessage(), e);
        }
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int n = 0;
            while ((e = zin.getNextEntry()) != null) {
                String name = e.getName().replace('\\', '/');
                if (e.isDirectory() || isHiddenEntry(name)) {
                    continue;
                }
                if (++n > limits.maxMembers()) {
                    throw new ExtractionException("ZIP archive with more than " + limits.maxMembers()
                            + " files (refused as a ZIP bomb)");
                }
                Path out = temp.resolve(String.format(Locale.ROOT, "%05d-%s", n, safeName(name)));
                long size = 0;
                try (OutputStream os = Files.newOutputStream(out)) {
                    int r;
                    while ((r = zin.read(buf)) > 0) {
                        size += r;
                        total += r;
                        if (size > limits.maxMemberBytes()) {
                            throw new ExtractionException("ZIP archive member " + name + " unpacks to more than "
                                    + (limits.maxMemberBytes() >> 20) + " MB (refused as a ZIP bomb)");
                        }
                        if (total > limits.maxTotalBytes()
                                || (total > 10L << 20 && total / packed > limits.maxRatio())) {
                            throw new ExtractionException("ZIP archive unpacks to " + (total >> 20) + " MB from "
                                    + Math.max(1, packed >> 10) + " KB so far (refused as a ZIP bomb)");
                        }
                        os.write(buf, 0, r);
                    }
                }
                if (size == 0) {
                    problems.add(name + ": empty file (0 bytes)");
                    Files.deleteIfExists(out);
                    continue;
                }
                members.add(new Member(name, out));
            }
        } catch (ZipException e) {
            throw new ExtractionException("damaged ZIP archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the ZIP archive: " + e.getMessage(), e);
        }
        if (members.isEmpty() && problems.isEmpty()) {
            throw new ExtractionException("empty ZIP archive: it holds no files");
        }
        return new Expanded(null, members, problems, temp);
    }

    private static boolean isHiddenEntry(String name) {
        for (String part : name.split("/")) {
            if ((part.startsWith(".") && !part.equals("..") && !part.equals(".")) || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** The entry's last name part with only safe characters; never a path. */
    static String safeName(String entryName) {
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        String safe = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (safe.isBlank() || safe.startsWith(".")) {
            safe = "member" + safe;
        }
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }

    private Expanded mail(Path file, String mediaType, Path temp) throws ExtractionException {
        boolean outlook = MediaTypes.MSG.equals(mediaType);
        String what = outlook ? "Outlook message" : "e-mail";
        List<Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<TextBlock> plainBody = new ArrayList<>();
        List<TextBlock> htmlBody = new ArrayList<>();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            private long total;

            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                    boolean outputHtml) throws IOException {
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
                boolean attachment = name != null && !name.isBlank()
                        || "attachment".equalsIgnoreCase(metadata.get("Content-Disposition"));
                if (!attachment && (type.startsWith("text/plain") || type.startsWith("text/html"))) {
                    // the message itself (a text and/or an HTML rendering of it), not an attachment
                    inline(stream, type, type.startsWith("text/plain") ? plainBody : htmlBody);
                    return;
                }
                if (name == null || name.isBlank()) {
                    name = "bijlage-" + (members.size() + 1);
                }
                if (members.size() >= limits.maxMembers()) {
                    problems.add(name + ": more than " + limits.maxMembers() + " attachments; the rest is skipped");
                    return;
                }
                Path out = temp.resolve(String.format(Locale.ROOT, "%05d-%s", members.size() + 1, safeName(name)));
                long size = 0;
                byte[] buf = new byte[64 * 1024];
                try (OutputStream os = Files.newOutputStream(out)) {
                    int r;
                    while ((r = stream.read(buf)) > 0) {
                        size += r;
                        total += r;
                        if (size > limits.maxMemberBytes() || total > limits.maxTotalBytes()) {
                            problems.add(name + ": attachment larger than the limit; skipped");
                            os.close();
                            Files.deleteIfExists(out);
                            return;
                        }
                        os.write(buf, 0, r);
                    }
                }
                if (size == 0) {
                    Files.deleteIfExists(out);
                    return;
                }
                members.add(new Member(name, out));
            }
        });
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        TikaDocumentExtractor.Collector handler = TikaDocumentExtractor.collector();
        try (InputStream in = Files.newInputStream(file)) {
            (outlook ? msg : eml).parse(in, handler.handler(), metadata, context);
        } catch (TikaException | SAXException | RuntimeException e) {
            throw new ExtractionException("damaged " + what + ": " + message(e), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the " + what + ": " + message(e), e);
        }
        List<TextBlock> blocks = new ArrayList<>(handler.blocks());
        // the message body: its text rendering when there is one, else its HTML rendering
        blocks.addAll(!plainBody.isEmpty() ? plainBody : htmlBody);
        Map<String, String> md = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        put(md, origins, MetadataKeys.TITLE, first(metadata.get(TikaCoreProperties.TITLE),
                metadata.get("dc:subject"), metadata.get("subject")), what + " Subject");
        put(md, origins, MetadataKeys.AUTHOR, first(metadata.get("Message-From"), metadata.get(TikaCoreProperties.CREATOR)),
                what + " From");
        String date = first(metadata.get(TikaCoreProperties.CREATED), metadata.get("dcterms:created"));
        if (date != null && date.length() >= 10) {
            put(md, origins, MetadataKeys.DATE, date.substring(0, 10), what + " Date");
        }
        put(md, origins, MetadataKeys.DOCUMENT_TYPE, what, "format");
        ExtractedDocument body = blocks.isEmpty() ? null
                : new ExtractedDocument(mediaType, blocks, md, 0, origins, List.of());
        if (body == null && members.isEmpty()) {
            throw new ExtractionException("no text: the " + what + " has no text and no attachments");
        }
        return new Expanded(body, members, problems, temp);
    }

    /** Reads an inline body part as text blocks: paragraphs of plain text, or the blocks of an HTML part. */
    private void inline(InputStream stream, String type, List<TextBlock> into) throws IOException {
        if (type.startsWith("text/html")) {
            TikaDocumentExtractor.Collector c = TikaDocumentExtractor.collector();
            try {
                new org.apache.tika.parser.html.JSoupParser().parse(stream, c.handler(), new Metadata(),
                        new ParseContext());
            } catch (TikaException | SAXException e) {
                throw new IOException("damaged HTML part: " + e.getMessage(), e);
            }
            into.addAll(c.blocks());
            return;
        }
        java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)").matcher(type);
        if (m.find()) {
            try {
                cs = java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // keep UTF-8
            }
        }
        String text = new String(stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMemberBytes())), cs);
        for (String para : text.split("\\r?\\n\\s*\\r?\\n")) {
            String t = para.strip().replaceAll("\\s*\\r?\\n\\s*", " ");
            if (!t.isEmpty()) {
                into.add(TextBlock.body(t, 0));
            }
        }
    }

    private static void put(Map<String, String> md, Map<String, String> origins, String key, String value,
            String origin) {
        if (value != null && !value.isBlank()) {
            md.put(key, value.strip());
            origins.put(key, origin);
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
