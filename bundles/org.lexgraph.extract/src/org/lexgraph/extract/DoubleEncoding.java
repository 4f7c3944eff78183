package org.lexgraph.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs text that was encoded as UTF-8 twice (its UTF-8 bytes read as Windows-1252 and encoded again), as real copies
 * of official publications sometimes are: {@code cliÃ«nten} is {@code cliënten}, {@code Ã©Ã©n} is {@code één}, a
 * leading {@code ï»¿} is a byte order mark. A text is repaired only when it shows that pattern and reads back as valid
 * UTF-8; anything else is left as it is. Stateless and thread-safe.
 */
public final class DoubleEncoding {

    /** A lead byte of a two- or three-byte UTF-8 sequence read as Windows-1252, followed by a continuation byte. */
    private static final Pattern SIGN = Pattern.compile("[\u00C2-\u00DF][\u0080-\u00BF\u0152\u0153\u0160\u0161"
            + "\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A"
            + "\u20AC\u2122]|\u00E2\u20AC|\u00EF\u00BB\u00BF");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private DoubleEncoding() {
    }

    /** Whether the text shows double encoding at least twice (one pair may be real Latin-1 text). */
    public static boolean suspected(String text) {
        if (!mayHold(text)) {
            return false;
        }
        var m = SIGN.matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has a character a double encoding starts with (Â to ß, â, ï): a loop over the characters, much
     * cheaper than the pattern, which most texts (é, ë and ï of Dutch are no such start) then skip.
     */
    private static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00DF' || c == '\u00E2' || c == '\u00EF') {
                return true;
            }
        }
        return false;
    }

    /** The text decoded once more, or the text itself when it cannot be (not double-encoded after all). */
    public static String repair(String text) {
        if (text == null || !mayHold(text) || !SIGN.matcher(text).find()) {
            return text;
        }
        byte[] bytes = new byte[text.length() * 2];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[n++] = (byte) c;
                continue;
            }
            ByteBuffer b;
            try {
                b = CP1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(new char[] {c}));
            } catch (CharacterCodingException e) {
                if (c >= 0x80 && c <= 0x9F) { // the five bytes Windows-1252 leaves undefined pass through as C1
                    bytes[n++] = (byte) c;
                    continue;
                }
                return text; // a character no single-byte reading made: real text
            }
            while (b.hasRemaining()) {
                bytes[n++] = b.get();
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String repaired = utf8.decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            return repaired.startsWith("\uFEFF") ? repaired.substring(1) : repaired;
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** The document with its text and metadata repaired, when its text shows double encoding. */
    public static ExtractedDocument repair(ExtractedDocument doc) {
        StringBuilder sample = new StringBuilder();
        for (TextBlock b : doc.blocks()) {
            sample.append(b.text()).append('\n');
            if (sample.length() > 200_000) {
                break;
            }
        }
        if (!suspected(sample.toString())) {
            return doc;
        }
        List<TextBlock> blocks = new ArrayList<>(doc.blocks().size());
        for (TextBlock b : doc.blocks()) {
            blocks.add(new TextBlock(repair(b.text()), b.page(), b.headingLevel(), b.element()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        doc.metadata().forEach((k, v) -> metadata.put(k, repair(v)));
        return new ExtractedDocument(doc.mediaType(), blocks, metadata, doc.pageCount(), doc.origins(),
                doc.structure());
    }
}
