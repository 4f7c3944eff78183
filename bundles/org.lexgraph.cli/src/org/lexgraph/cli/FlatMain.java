package org.lexgraph.cli;

import org.lexgraph.core.ClasspathContributions;

/**
 * The {@code lexgraph} command launched on a flat class path of the product's bundle jars: the same commands and the
 * same contributions as under OSGi ({@link ClasspathContributions}), without starting a framework, so that a command
 * answers at once. The product's start script uses it for every command; the workbench runs under OSGi.
 */
public final class FlatMain {

    private FlatMain() {
    }

    public static void main(String[] args) {
        ClasspathContributions.install();
        int code = new LexgraphCli(System.out, System.err, System.console() != null).run(args);
        System.out.flush();
        System.exit(code);
    }
}
