package org.lexgraph.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.bundles.BundleService;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.jobs.ImportJob;

/**
 * Corrections of a PDF bundle's documents from the Library: split a document at a page, merge it with the next. Each
 * reads the bundle again in the background (in turn with imports), shown in the Progress view; Edit › Undo takes the
 * bundle apart as before.
 */
final class BundleEdits {

    private BundleEdits() {
    }

    /** Asks for the page where a new document begins, then splits there. */
    static void split(Shell shell, SourceSummary part) {
        int from = BundleService.firstPage(part.member());
        InputDialog d = new InputDialog(shell, Messages.Library_splitDocument,
                NLS.bind(Messages.Library_splitAt, part.member()), Integer.toString(from + 1), text -> {
                    try {
                        return Integer.parseInt(text.strip()) > from ? null : NLS.bind(Messages.Library_splitAfter, from);
                    } catch (NumberFormatException e) {
                        return Messages.Library_splitPage;
                    }
                });
        if (d.open() == Window.OK) {
            int page = Integer.parseInt(d.getValue().strip());
            run(NLS.bind(Messages.Library_splitting, part.member()), (s, m) -> s.bundles().split(part.id(), page, m));
        }
    }

    static void merge(SourceSummary part) {
        run(NLS.bind(Messages.Library_merging, part.member()), (s, m) -> s.bundles().mergeWithNext(part.id(), m));
    }

    private interface Edit {
        Object apply(KnowledgeBaseSession s, IProgressMonitor monitor) throws KnowledgeBaseException;
    }

    /** Runs a correction as a job; what goes wrong (a page outside the document, a moved PDF) is its message. */
    static Job run(String name, Edit edit) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                var session = LexgraphUiPlugin.knowledgeBase().session();
                if (session.isEmpty()) {
                    return Status.warning(Messages.ImportJob_noKnowledgeBase);
                }
                try {
                    edit.apply(session.get(), monitor);
                    return Status.OK_STATUS;
                } catch (KnowledgeBaseException e) {
                    return Status.error(e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == org.lexgraph.ui.jobs.OpenKnowledgeBaseJob.FAMILY; // work a reopening waits for
            }
        };
        job.setUser(true);
        job.setRule(ImportJob.ONE_AT_A_TIME);
        job.schedule();
        return job;
    }
}
