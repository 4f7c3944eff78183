package org.lexgraph.extract.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Real copies of XML files do not always start with their markup: a blank line before {@code <?xml}, a byte order mark,
 * or a byte order mark encoded twice ({@code ï»¿} as UTF-8). An XML parser refuses all of these ("malformed"); this
 * skips them, and nothing else. Stateless.
 */
public final class XmlStart {

    /** How far the markup may start: a few lines of white space and marks, not a document of junk. */
    private static final int MAX_SKIPPED = 256;

    private XmlStart() {
    }

    /** The stream from its first {@code <}, when only white space and byte order marks (in any encoding) stand before. */
    public static InputStream atMarkup(InputStream in) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream bis ? bis : new BufferedInputStream(in);
        b.mark(MAX_SKIPPED + 1);
        byte[] head = b.readNBytes(MAX_SKIPPED);
        int at = markupStart(head);
        b.reset();
        if (at > 0) {
            b.skipNBytes(at);
        }
        return b;
    }

    /** Where the markup starts in {@code head}: 0 when it starts there or when what comes before is not skippable. */
    static int markupStart(byte[] head) {
        int i = 0;
        while (i < head.length) {
            int c = head[i] & 0xFF;
            if (c == '<') {
                return i;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (startsWith(head, i, 0xEF, 0xBB, 0xBF)) { // the mark in UTF-8
                i += 3;
            } else if (startsWith(head, i, 0xC3, 0xAF, 0xC2, 0xBB, 0xC2, 0xBF)) { // that mark encoded twice
                i += 6;
            } else {
                return 0;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int at, int... bytes) {
        if (at + bytes.length > b.length) {
            return false;
        }
        for (int k = 0; k < bytes.length; k++) {
            if ((b[at + k] & 0xFF) != bytes[k]) {
                return false;
            }
        }
        return true;
    }
}
