package org.lexgraph.extract.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * Reads plain text and Markdown. The encoding is taken from a byte order mark, else UTF-8 when the bytes are valid
 * UTF-8, else Tika's charset detector. Markdown headings ({@code #}) become headings; inline markup is removed.
 * Thread-safe.
 */
public final class MarkdownAndTextExtractor implements Extractor {

    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ONLY = Pattern.compile("^\\s*<[^>]+>\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");
    /** Single-mark emphasis, {@code *wet:*} or {@code _zie_}: the marks go, the words stay (not a list's "* "). */
    private static final Pattern SINGLE_EMPHASIS = Pattern.compile(
            "(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])");

    @Override
    public String id() {
        return "text";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.TEXT.equals(mediaType) || MediaTypes.MARKDOWN.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExtractionException("file too large for a text document (over " + MAX_BYTES / (1024 * 1024)
                        + " MB)");
            }
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + PdfExtractor.message(e), e);
        }
        boolean markdown = MediaTypes.MARKDOWN.equals(mediaType);
        List<TextBlock> blocks = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Map<String, String> md = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher h = markdown ? HEADING.matcher(line) : null;
            if (h != null && h.matches() && !h.group(2).isEmpty()) {
                addParagraphs(pending, blocks);
                String title = Paragraphs.normalise(inline(h.group(2)));
                blocks.add(TextBlock.heading(title, 0, h.group(1).length()));
                md.putIfAbsent(MetadataKeys.TITLE, title);
            } else if (markdown && HTML_ONLY.matcher(line).matches()) {
                continue;
            } else {
                pending.add(markdown ? inline(line) : line);
            }
        }
        addParagraphs(pending, blocks);
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text: the file contains only white space");
        }
        return new ExtractedDocument(mediaType, blocks, md, 0);
    }

    private static void addParagraphs(List<String> lines, List<TextBlock> blocks) {
        for (Paragraphs.Paragraph p : Paragraphs.fromLines(lines)) {
            blocks.add(p.heading() ? TextBlock.heading(p.text(), 0, 3) : TextBlock.body(p.text(), 0));
        }
        lines.clear();
    }

    private static String inline(String s) {
        String plain = EMPHASIS.matcher(LINK.matcher(s).replaceAll("$1")).replaceAll("");
        return SINGLE_EMPHASIS.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2)));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset charset = Charset.forName("windows-1252");
            try {
                CharsetDetector detector = new CharsetDetector();
                detector.setText(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 64 * 1024)));
                CharsetMatch match = detector.detect();
                if (match != null && Charset.isSupported(match.getName())) {
                    charset = Charset.forName(match.getName());
                }
            } catch (IOException | RuntimeException e) {
                // keep windows-1252, the usual encoding of older Dutch text files
            }
            return new String(bytes, charset);
        }
    }
}
