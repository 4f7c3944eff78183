package org.lexgraph.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files shipped inside this bundle (the letter, the samples, the default thesaurus), read from its class path. */
public final class BundledFiles {

    private BundledFiles() {
    }

    /** Opens a shipped file; {@code path} starts with a slash, e.g. {@code /data/thesaurus.tsv}. */
    public static InputStream open(String path) throws IOException {
        InputStream in = BundledFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from this Lexgraph installation");
        }
        return in;
    }

    /** Copies a shipped file to {@code target}, replacing what is there. */
    public static void copy(String path, Path target) throws IOException {
        try (InputStream in = open(path)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
