package org.lexgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.lexgraph.core.KnowledgeBaseException;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lexgraph} command: parses arguments with picocli, runs one subcommand (a {@link CliCommand}) against a
 * knowledge base and returns the exit code (0 all done, 1 some inputs failed, 2 usage error or unusable knowledge
 * base). Results go to {@code out}; messages and progress to {@code err}. With {@code --json}, {@code out} carries one
 * JSON object per line and nothing else. Plain Java, so tests call it directly.
 */
public final class LexgraphCli {

    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    public LexgraphCli(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public int run(String[] args) {
        // the command line draws images (a coverage PNG) without a display, even where DISPLAY names one it cannot
        // reach (a closed SSH forwarding, an Xvfb that is gone)
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            return commandLine().execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command tree, every command bound to this run's streams. */
    CommandLine commandLine() {
        CliCommand.Context context = new CliCommand.Context(out, err, interactive);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof CliCommand c) {
                    c.bind(context);
                }
                return made;
            }
        };
        LexgraphCommand root = new LexgraphCommand();
        root.bind(context);
        CommandLine cmd = new CommandLine(root, factory);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setUsageHelpWidth(110);
        cmd.setExpandAtFiles(false); // "@gemeente" is a word, not a file of arguments
        cmd.setOverwrittenOptionsAllowed(true); // the last value counts; filters collect every value given
        // a query's words may begin with a dash (-opvang: NOT opvang); options of these commands are checked by name
        for (String words : new String[] {"search", "citations", "versions"}) {
            cmd.getSubcommands().get(words).setUnmatchedOptionsArePositionalParams(true);
        }
        cmd.setParameterExceptionHandler((ParameterException e, String[] args) -> usage(e.getCommandLine(),
                message(e, e.getCommandLine() == cmd)));
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof UsageException) {
                // the command's own message names the command already
                err.println("lexgraph: " + e.getMessage());
                err.println(hint(c));
                return USAGE;
            }
            // a knowledge base's or a file's (or the shared collection's) failure says itself what went wrong
            err.println(e instanceof KnowledgeBaseException || e instanceof java.io.IOException && e.getMessage() != null
                    ? "lexgraph: " + e.getMessage() : "lexgraph: unexpected error: " + e);
            return USAGE;
        });
        return cmd;
    }

    /** What went wrong in the words of the command line: an unknown command or argument, or picocli's message. */
    private static String message(ParameterException e, boolean atRoot) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return "unknown option " + first;
            }
            return atRoot ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
        }
        return e.getMessage();
    }

    private int usage(CommandLine c, String message) {
        String name = c.getCommandSpec().qualifiedName(" ");
        String command = name.startsWith("lexgraph ") ? name.substring("lexgraph ".length()) + ": " : "";
        err.println("lexgraph: " + command + message);
        err.println(hint(c));
        return USAGE;
    }

    /** Where to read more: the help of the command that was run. */
    private static String hint(CommandLine c) {
        return "Run '" + c.getCommandSpec().qualifiedName(" ") + " --help' for usage.";
    }
}
