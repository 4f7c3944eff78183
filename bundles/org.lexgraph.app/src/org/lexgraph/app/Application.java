package org.lexgraph.app;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.lexgraph.core.KnowledgeBaseLocations;

/**
 * The workbench application. Its arguments may name the knowledge base ({@code --kb DIR}); without one it opens the
 * embedded default, which the first start creates with the sample corpus.
 */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Path kb = knowledgeBaseArgument(args == null ? new String[0] : args);
        // the knowledge base opens while the workbench makes its window (both take a second or more at 100,000
        // sources; the views show "Opening …" until it is there)
        new org.lexgraph.ui.jobs.OpenKnowledgeBaseJob(org.lexgraph.ui.LexgraphUiPlugin.knowledgeBase(), kb).schedule();
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new LexgraphWorkbenchAdvisor(kb));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path knowledgeBaseArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--kb") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize();
            }
            if (args[i].startsWith("--kb=")) {
                return Path.of(args[i].substring(5)).toAbsolutePath().normalize();
            }
        }
        String property = System.getProperty("lexgraph.kb");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        // $LEXGRAPH_HOME names one for this start; else the one chosen in the preferences; else the usual one
        String home = System.getenv(KnowledgeBaseLocations.HOME_VARIABLE);
        String preferred = org.eclipse.core.runtime.Platform.getPreferencesService() == null ? null
                : org.eclipse.core.runtime.Platform.getPreferencesService().getString(
                        org.lexgraph.ui.preferences.WorkbenchPreferences.QUALIFIER,
                        org.lexgraph.ui.preferences.WorkbenchPreferences.KNOWLEDGE_BASE, "", null);
        return (home == null || home.isBlank()) && preferred != null && !preferred.isBlank()
                ? Path.of(preferred).toAbsolutePath().normalize() : KnowledgeBaseLocations.defaultFolder();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
