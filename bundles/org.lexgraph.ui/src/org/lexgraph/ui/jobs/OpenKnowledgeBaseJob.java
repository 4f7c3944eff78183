package org.lexgraph.ui.jobs;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseLocations;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Opens the workbench's knowledge base in the background (the first start seeds the default one with the sample
 * corpus, which takes a few seconds), so the window is usable at once.
 */
public final class OpenKnowledgeBaseJob extends Job {

    /** Jobs that change the knowledge base belong to this family, so tests and shutdown can wait for them. */
    public static final Object FAMILY = OpenKnowledgeBaseJob.class;

    private final WorkbenchKnowledgeBase target;
    private final Path folder;

    public OpenKnowledgeBaseJob(WorkbenchKnowledgeBase target, Path folder) {
        super(NLS.bind(Messages.OpenJob_name, folder));
        this.target = target;
        this.folder = folder;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        target.opening(folder);
        trace("opening the knowledge base");
        try {
            KnowledgeBaseSession session = KnowledgeBaseLocations.open(folder, KnowledgeBaseSession.Access.LAZY,
                    Importer.builtIn(), monitor);
            trace("knowledge base open");
            target.opened(session);
            return Status.OK_STATUS;
        } catch (KnowledgeBaseException e) {
            target.failed(e.getMessage());
            return Status.error(NLS.bind(Messages.OpenJob_failed, e.getMessage()), e);
        }
    }

    /** With -Dlexgraph.traceStartup=true (the scale benchmark), when opening began and ended, from the start. */
    private static void trace(String what) {
        if (Boolean.getBoolean("lexgraph.traceStartup")) {
            ProcessHandle.current().info().startInstant().ifPresent(start -> System.out.println("lexgraph: " + what
                    + " " + java.time.Duration.between(start, java.time.Instant.now()).toMillis() + " ms after start"));
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
