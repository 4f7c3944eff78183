package org.lexgraph.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.lexgraph.core.FolderWatcher;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.ui.jobs.ImportJob;

/**
 * The knowledge base the workbench shows: opened once by a job at start-up, then shared by the views. Listeners hear
 * of opening and of every change (an import batch saved), on whatever thread it happened; views move to the UI thread
 * themselves. Thread-safe.
 */
public final class WorkbenchKnowledgeBase {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Runnable relay = this::fire;
    private volatile KnowledgeBaseSession session;
    private volatile Path folder;
    private volatile String problem;

    public Optional<KnowledgeBaseSession> session() {
        return Optional.ofNullable(session);
    }

    /** The folder being shown or opened, or {@code null} before start-up chose one. */
    public Path folder() {
        return folder;
    }

    /** Why the knowledge base could not be opened, or {@code null}. */
    public String problem() {
        return problem;
    }

    public void opening(Path folder) {
        this.folder = folder;
        this.problem = null;
        fire();
    }

    public void opened(KnowledgeBaseSession s) {
        KnowledgeBaseSession old = session;
        session = s;
        s.addChangeListener(relay);
        if (old != null) {
            closeQuietly(old);
        }
        fire();
        if (s.isWritable()) {
            startWatching(s);
        }
    }

    // --- watched folders: imported again when their files change --------------------------------------------------

    private FolderWatcher watcher;
    private final Map<Path, WatchedImport> watchedImports = new ConcurrentHashMap<>();

    private synchronized void startWatching(KnowledgeBaseSession s) {
        stopWatching();
        try {
            watcher = new FolderWatcher(this::changed, QUIET);
        } catch (IOException e) {
            LexgraphUiPlugin.getDefault().getLog().warn("cannot watch folders: " + e.getMessage(), e);
            return;
        }
        for (Path dir : s.imports().watchedFolders()) {
            try {
                watcher.watch(dir);
                changed(dir); // catch up with what changed while the workbench was closed
            } catch (IOException e) {
                LexgraphUiPlugin.getDefault().getLog().warn("cannot watch " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private synchronized void stopWatching() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch service only fails when it is closed already
            }
            watcher = null;
        }
    }

    /** Watches a folder from now on (and remembers it in the knowledge base), importing it now. */
    public synchronized void watch(Path dir) throws KnowledgeBaseException, IOException {
        KnowledgeBaseSession s = session;
        if (s == null) {
            throw new KnowledgeBaseException("no knowledge base is open");
        }
        s.imports().watchFolder(dir);
        if (watcher == null) {
            watcher = new FolderWatcher(this::changed, QUIET);
        }
        watcher.watch(dir);
        changed(dir.toAbsolutePath().normalize());
    }

    /** Stops watching a folder; what was imported from it stays. */
    public synchronized void unwatch(Path dir) throws KnowledgeBaseException {
        KnowledgeBaseSession s = session;
        if (s != null) {
            s.imports().unwatchFolder(dir);
        }
        if (watcher != null) {
            watcher.unwatch(dir);
        }
    }

    /** The folders being watched. */
    public List<Path> watchedFolders() {
        KnowledgeBaseSession s = session;
        return s == null ? List.of() : s.imports().watchedFolders();
    }

    private void changed(Path root) {
        watchedImports.computeIfAbsent(root, r -> new WatchedImport(this, r)).request();
    }

    /** How long a watched folder must be still before it is imported. */
    private static final java.time.Duration QUIET = java.time.Duration.ofSeconds(2);

    /** The import of one watched folder: one at a time, run again if the folder changed while it ran. */
    private static final class WatchedImport {
        private final ImportJob job;
        private boolean again;

        WatchedImport(WorkbenchKnowledgeBase kb, Path root) {
            job = new ImportJob(kb, List.of(root), NLS.bind(Messages.WatchedImport_name, root.getFileName()), false);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    synchronized (WatchedImport.this) {
                        if (again) {
                            again = false;
                            job.schedule();
                        }
                    }
                }
            });
        }

        synchronized void request() {
            if (job.getState() == Job.NONE) {
                job.schedule();
            } else {
                again = true;
            }
        }
    }

    public void failed(String message) {
        problem = message;
        fire();
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    void close() {
        stopWatching();
        KnowledgeBaseSession s = session;
        session = null;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private void closeQuietly(KnowledgeBaseSession s) {
        s.removeChangeListener(relay);
        try {
            s.close();
        } catch (IOException e) {
            LexgraphUiPlugin.getDefault().getLog().warn("closing the knowledge base: " + e.getMessage(), e);
        }
    }
}
