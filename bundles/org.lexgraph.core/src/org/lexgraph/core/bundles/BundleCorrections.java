package org.lexgraph.core.bundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lexgraph.core.AtomicFiles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the user corrected the documents of PDF bundles: per bundle (by its content, so a renamed or moved copy keeps
 * them) the first page of each document. Kept in the knowledge base's folder ({@value #FILE}); every import of such a
 * PDF takes it apart so.
 */
public final class BundleCorrections {

    public static final String FILE = "bundle-corrections.json";

    /** A bundle's documents as corrected: the file it was last seen as, and the first page of each document. */
    public record Correction(String file, List<Integer> starts) {
        public Correction {
            starts = List.copyOf(starts);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleCorrections() {
    }

    /** The corrections of a knowledge base, by the bundle's content hash (none: empty). */
    public static Map<String, Correction> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Correction>>() {
            }));
        } catch (IOException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static void write(Path folder, Map<String, Correction> corrections) throws IOException {
        new AtomicFiles().write(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new TreeMap<>(corrections)));
    }
}
