package org.lexgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.lexgraph.core.ClasspathContributions;
import org.lexgraph.core.SampleCorpus;

/**
 * The training run of the ahead-of-time cache (JDK 25+): the product's start script runs it once per build, in the
 * background, with {@code -XX:AOTCacheOutput}, and later commands start from the classes it loaded and the methods
 * it ran. It does what users do most, on the sample corpus in a folder of its own that it deletes: import (the
 * extraction, the citations, the index and the theme linking), then searches and the commands that read the
 * knowledge base. Nothing it prints is shown; it exits 0 unless the workload itself failed.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        ClasspathContributions.install();
        Path work = Files.createTempDirectory("lexgraph-aot-training");
        int failed = 0;
        try {
            Path files = work.resolve("files");
            List<Path> samples = SampleCorpus.copyTo(files);
            String kb = work.resolve("kb").toString();
            String law = samples.get(0).toString();
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
            List<String[]> commands = List.of(
                    new String[] { "--kb", kb, "import", files.toString() },
                    new String[] { "--kb", kb, "search", "opvang zonder verblijfsvergunning" },
                    new String[] { "--kb", kb, "search", "--json", "--facets", "medisch noodzakelijke zorg" },
                    new String[] { "--kb", kb, "search", "art. 10 Vreemdelingenwet 2000" },
                    new String[] { "--kb", kb, "info" },
                    new String[] { "--kb", kb, "sources" },
                    new String[] { "--kb", kb, "citations", law },
                    new String[] { "--kb", kb, "themes" },
                    new String[] { "--kb", kb, "check" },
                    new String[] { "cite", law });
            for (String[] command : commands) {
                if (new LexgraphCli(quiet, quiet, false).run(command) != 0) {
                    failed++;
                }
            }
        } finally {
            deleteTree(work);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
