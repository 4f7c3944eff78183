package org.lexgraph.core.internal;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes, which identifies the same content under any name. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /**
     * A hash of the words of a text: letters and digits, lower case, one space between words. The same document read
     * from PDF, Word or HTML gives the same words in the same order, whatever the line breaks, spacing and markup.
     */
    public static String ofWords(Iterable<String> texts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        StringBuilder word = new StringBuilder();
        boolean any = false;
        for (String t : texts) {
            for (int i = 0; i <= t.length(); i++) {
                char c = i < t.length() ? t.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (word.length() > 0) {
                    if (any) {
                        md.update((byte) ' ');
                    }
                    md.update(word.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    word.setLength(0);
                    any = true;
                }
            }
        }
        return "words:" + HexFormat.of().formatHex(md.digest());
    }
}
