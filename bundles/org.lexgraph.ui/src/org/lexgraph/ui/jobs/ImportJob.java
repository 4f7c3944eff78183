package org.lexgraph.ui.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;
import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Imports files and folders in the background, with progress in the Progress view and the status line, and cancel.
 * The result (with one line per failed file) stays in the Progress view; failed files also show in the Library.
 */
public final class ImportJob extends Job {

    private final WorkbenchKnowledgeBase target;
    private final List<Path> paths;
    private volatile ImportReport report;

    /** Imports run one after the other: they write the same knowledge base. */
    public static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    public ImportJob(WorkbenchKnowledgeBase target, List<Path> paths) {
        this(target, paths, NLS.bind(Messages.ImportJob_name, paths.size()), true);
    }

    /** An import the user did not start (a watched folder changed): no dialog, result kept in the Progress view. */
    public ImportJob(WorkbenchKnowledgeBase target, List<Path> paths, String name, boolean user) {
        super(name);
        this.target = target;
        this.paths = List.copyOf(paths);
        setUser(user);
        setRule(ONE_AT_A_TIME);
        setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Optional<KnowledgeBaseSession> session = target.session();
        if (session.isEmpty()) {
            return Status.warning(Messages.ImportJob_noKnowledgeBase);
        }
        try {
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            ImportReport r = session.get().imports().importPaths(paths,
                    org.lexgraph.ui.preferences.WorkbenchPreferences.importOptions(), monitor);
            report = r;
            return statusOf(r);
        } catch (KnowledgeBaseException e) {
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** The report of the finished import, or {@code null} before it finished. */
    public ImportReport report() {
        return report;
    }

    static IStatus statusOf(ImportReport r) {
        String summary = NLS.bind(Messages.ImportJob_summary, new Object[] {r.count(FileOutcome.Status.IMPORTED),
                r.count(FileOutcome.Status.UPDATED), r.count(FileOutcome.Status.UNCHANGED),
                r.count(FileOutcome.Status.DUPLICATE), r.failures()});
        if (r.cancelled()) {
            return new Status(IStatus.CANCEL, LexgraphUiPlugin.ID, Messages.ImportJob_cancelled + " (" + summary + ")");
        }
        if (r.failures() == 0) {
            return new Status(IStatus.OK, LexgraphUiPlugin.ID, summary);
        }
        MultiStatus ms = new MultiStatus(LexgraphUiPlugin.ID, 0, summary);
        for (FileOutcome o : r.failed()) {
            ms.add(Status.warning(NLS.bind(Messages.ImportJob_failedFile, o.display(), o.message())));
        }
        return ms;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == OpenKnowledgeBaseJob.FAMILY;
    }
}
