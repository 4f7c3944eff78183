package org.lexgraph.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.lexgraph.index.PassageSearch;

/**
 * The shared collection a knowledge base may be bound to, as its session sees it: opened with the session's index,
 * told what the own index changed and when it committed, and read again when the binding changes. Without a binding
 * every call does nothing and searches go to the own index.
 */
public final class SharedIndex {

    private final Path folder;
    private volatile Publication publication;

    SharedIndex(Path folder) {
        this.folder = folder;
    }

    /** Reads the binding, once. */
    void open() throws IOException {
        if (publication == null) {
            publication = Publication.open(folder);
        }
    }

    /** The publication, or null when the knowledge base uses its own index only. */
    public Publication publication() {
        return publication;
    }

    PassageSearch searcher(PassageSearch own) {
        Publication p = publication;
        return p != null ? p.search() : own;
    }

    /** Reads the knowledge base's binding again (it was changed); closes the former connection. */
    public void rebind() throws IOException {
        Publication old = publication;
        publication = Publication.open(folder);
        if (old != null) {
            old.close();
        }
    }

    void touched(Collection<String> sourceIds) {
        Publication p = publication;
        if (p != null) {
            p.touched(sourceIds);
        }
    }

    void touchedAll() {
        Publication p = publication;
        if (p != null) {
            p.touchedAll();
        }
    }

    /** After a commit of the own index: what changed is sent (see {@link Publication#committed}). */
    void committed(SessionContext ctx) throws IOException {
        Publication p = publication;
        if (p != null) {
            p.committed(ctx);
        }
    }

    /** Closes the connection; then, when changes of this session could not be sent, says so (they wait). */
    void close() throws IOException {
        Publication p = publication;
        if (p != null) {
            p.close();
            if (p.failure() != null) {
                throw new IOException("saved in the knowledge base, but not yet in the shared collection: "
                        + p.failure().getMessage() + "; 'lexgraph index sync' sends it when the collection can be "
                        + "reached");
            }
        }
    }
}
