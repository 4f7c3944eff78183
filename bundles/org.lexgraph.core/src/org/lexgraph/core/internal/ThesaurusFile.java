package org.lexgraph.core.internal;

import org.lexgraph.core.internal.ModelStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lexgraph.index.Thesaurus;

/**
 * The thesaurus of a knowledge base: {@code thesaurus.tsv} in its folder, copied from Lexgraph's default when the
 * knowledge base is created, then the users' to edit. A file that cannot be read is reported and the default used.
 */
public final class ThesaurusFile {

    public static final String FILE = "thesaurus.tsv";
    private static final String DEFAULT = "/data/thesaurus.tsv";

    private ThesaurusFile() {
    }

    public static Thesaurus load(Path folder, boolean fresh, List<String> problems) throws IOException {
        Path file = folder.resolve(FILE);
        if (fresh && !Files.exists(file)) {
            BundledFiles.copy(DEFAULT, file);
        }
        if (Files.isRegularFile(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Thesaurus.read(r);
            } catch (IOException e) {
                problems.add(file + ": " + ModelStore.rootMessage(e) + "; the default thesaurus is used");
            }
        }
        try (InputStream in = BundledFiles.open(DEFAULT)) {
            return Thesaurus.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }
}
