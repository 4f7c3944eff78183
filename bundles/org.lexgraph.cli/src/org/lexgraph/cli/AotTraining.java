package org.lexgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lexgraph.core.ClasspathContributions;
import org.lexgraph.core.SampleCorpus;

/**
 * The training runs of the ahead-of-time caches (JDK 25+): the product's start script runs them once per build, in
 * the background, each with {@code -XX:AOTCacheOutput}, and later commands start from the classes a run loaded and the
 * methods it ran. Two caches, because one trained on everything made searches slower than one trained on a search:
 * {@code import WORK} imports the sample corpus into {@code WORK/kb} (the extraction, the citations, the index, the
 * theme linking: the cache of {@code import}); {@code read WORK} then searches that knowledge base (the cache of every
 * other command). Nothing it prints is shown; it exits 0 unless the workload failed.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("import", "read").contains(args[0])) {
            System.err.println("usage: AotTraining import|read WORK_FOLDER");
            System.exit(2);
        }
        ClasspathContributions.install();
        Path work = Path.of(args[1]);
        String kb = work.resolve("kb").toString();
        List<String[]> commands;
        if (args[0].equals("import")) {
            Path files = work.resolve("files");
            SampleCorpus.copyTo(files);
            commands = List.<String[]>of(new String[] { "--kb", kb, "import", files.toString() });
        } else {
            if (!Files.isDirectory(work.resolve("kb"))) {
                System.err.println("AotTraining: no knowledge base in " + work + " (run the import training first)");
                System.exit(2);
            }
            commands = List.<String[]>of(new String[] { "--kb", kb, "search", "opvang zonder verblijfsvergunning" });
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String[] command : commands) {
            if (new LexgraphCli(quiet, quiet, false).run(command) != 0) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
