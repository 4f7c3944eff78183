package org.lexgraph.cli;

/** A usage error: reported with a hint to the help, exit code {@link LexgraphCli#USAGE}. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
