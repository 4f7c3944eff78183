package org.lexgraph.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the {@code lexgraph} command: hands the arguments to {@link LexgraphCli}. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        int code = new LexgraphCli(System.out, System.err, System.console() != null)
                .run(args == null ? new String[0] : args);
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // the command ends by itself
    }
}
