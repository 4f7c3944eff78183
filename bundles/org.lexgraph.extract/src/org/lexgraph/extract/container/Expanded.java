package org.lexgraph.extract.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.lexgraph.extract.ExtractedDocument;

/**
 * What a container held: its own text when it has one (an e-mail's message), and its members as temporary files.
 * Closing it deletes the temporary files.
 *
 * @param body the container's own document, or null (a ZIP has none)
 * @param problems members that could not be taken out, as "name: reason"
 */
public record Expanded(ExtractedDocument body, List<Member> members, List<String> problems, Path tempDir)
        implements AutoCloseable {

    @Override
    public void close() {
        if (tempDir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tempDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
