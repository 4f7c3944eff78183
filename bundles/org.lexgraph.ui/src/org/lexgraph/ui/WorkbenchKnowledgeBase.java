package org.lexgraph.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lexgraph.core.KnowledgeBaseSession;

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
