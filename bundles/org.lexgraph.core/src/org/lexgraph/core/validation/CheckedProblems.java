package org.lexgraph.core.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * What the last check found, kept in {@value #FILE} so that the next check reads again only what changed since: the
 * problems of each source with the stamp of the save they were found in (see the catalogue of sources), those of each
 * regulation work with its members' stamps, and the asks the links were checked against. A file that is damaged or
 * was written for other asks is not used. Not thread-safe.
 */
final class CheckedProblems {

    static final String FILE = "problems.jsonl";

    /** A line: the asks checked against (first line), a source's problems, or a work's. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    record Line(String asks, String source, String work, long stamp, String members, List<Problem> problems) {
    }

    /** The problems found for something at one state of it (a stamp, or a work's members and their stamps). */
    record Found(long stamp, String members, List<Problem> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectReader READER = JSON.readerFor(Line.class);
    private static final ObjectWriter WRITER = JSON.writerFor(Line.class);

    final Map<String, Found> sources = new HashMap<>();
    final Map<String, Found> works = new HashMap<>();

    /** What the file holds when it was written for these asks; empty (nothing known) otherwise. */
    static CheckedProblems read(Path folder, String asks) {
        CheckedProblems c = new CheckedProblems();
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return c;
        }
        // one parser over the whole file, from bytes, as the catalogue of sources is read
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16);
                com.fasterxml.jackson.databind.MappingIterator<Line> lines = READER.readValues(in)) {
            if (!lines.hasNextValue() || !asks.equals(lines.nextValue().asks())) {
                return c;
            }
            while (lines.hasNextValue()) {
                Line l = lines.nextValue();
                Found found = new Found(l.stamp(), l.members(), l.problems() == null ? List.of() : l.problems());
                if (l.source() != null) {
                    c.sources.put(l.source(), found);
                } else if (l.work() != null) {
                    c.works.put(l.work(), found);
                }
            }
            return c;
        } catch (IOException | RuntimeException e) {
            return new CheckedProblems(); // damaged: everything is checked again
        }
    }

    /** Writes what this check found (atomically; a failure only means the next check reads more). */
    void write(Path folder, String asks) {
        try {
            // streamed: a library of 100,000 notes has hundreds of thousands of warnings
            new AtomicFiles().write(folder.resolve(FILE), out -> {
                // one value per line; not closed, which would close the file before it is synced
                com.fasterxml.jackson.databind.SequenceWriter g = WRITER.withRootValueSeparator("\n").writeValues(out);
                g.write(new Line(asks, null, null, 0, null, null));
                for (var e : sources.entrySet()) {
                    Found f = e.getValue();
                    g.write(new Line(null, e.getKey(), null, f.stamp(), null,
                            f.problems().isEmpty() ? null : f.problems()));
                }
                for (var e : works.entrySet()) {
                    Found f = e.getValue();
                    g.write(new Line(null, null, e.getKey(), 0, f.members(),
                            f.problems().isEmpty() ? null : f.problems()));
                }
                g.flush();
                out.write('\n');
            });
        } catch (IOException | RuntimeException e) {
            // the next check reads everything again
        }
    }
}
