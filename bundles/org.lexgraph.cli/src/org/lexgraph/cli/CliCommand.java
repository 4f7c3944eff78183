package org.lexgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseLocations;
import org.lexgraph.core.KnowledgeBaseSession;

/**
 * A command of {@code lexgraph}: a picocli command whose fields hold its options and parameters and whose {@link
 * #call} runs it and returns the exit code. The streams, whether the terminal is interactive and the knowledge base
 * folder ({@code --kb}) come from {@link LexgraphCli}, which makes every command through its factory.
 */
abstract class CliCommand implements Callable<Integer> {

    static final int OK = LexgraphCli.OK;
    static final int PARTIAL = LexgraphCli.PARTIAL;

    /** The run this command belongs to: streams and the global options. */
    static final class Context {
        final PrintStream out;
        final PrintStream err;
        final boolean interactive;
        Path kb;

        Context(PrintStream out, PrintStream err, boolean interactive) {
            this.out = out;
            this.err = err;
            this.interactive = interactive;
        }
    }

    protected PrintStream out;
    protected PrintStream err;
    protected boolean interactive;
    private Context context;

    final void bind(Context c) {
        context = c;
        out = c.out;
        err = c.err;
        interactive = c.interactive;
    }

    final Context context() {
        return context;
    }

    /** The knowledge base folder: {@code --kb}, else the default one. */
    final Path folder() {
        return context.kb != null ? context.kb : KnowledgeBaseLocations.defaultFolder();
    }

    /** Opens the knowledge base, showing progress on an interactive terminal. */
    final KnowledgeBaseSession open(KnowledgeBaseSession.Access access) throws KnowledgeBaseException {
        return open(access, new ProgressLine(err, interactive));
    }

    final KnowledgeBaseSession open(KnowledgeBaseSession.Access access, ProgressLine progress)
            throws KnowledgeBaseException {
        try {
            return KnowledgeBaseLocations.open(folder(), access, Importer.builtIn(), progress);
        } finally {
            progress.clear();
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
