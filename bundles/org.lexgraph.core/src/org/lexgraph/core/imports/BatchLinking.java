package org.lexgraph.core.imports;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.SessionContext;

/**
 * An import batch's new and changed sources linked to the letter's asks before they are written (so each source file
 * is written once, with its links): the batch's index changes are shown to the linker's searches first, and the
 * passages that gained or lost a link are indexed again. A failure of the linker leaves the batch to be saved without
 * links; the import says so at its end ({@link #failure()}).
 */
final class BatchLinking {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;
    private final ImportTrace trace;
    private KnowledgeBaseException failure;

    BatchLinking(KnowledgeBaseSession session, SessionContext ctx, ImportTrace trace) {
        this.session = session;
        this.ctx = ctx;
        this.trace = trace;
    }

    /** Links the batch's sources read without failure; returns the time it ended (for the trace). */
    long link(List<Importer.Prepared> batch, long t) throws IOException {
        Set<String> fresh = new HashSet<>();
        for (Importer.Prepared p : batch) {
            if (p.failure() == null) {
                fresh.add(p.source().getId());
            }
        }
        ctx.refreshIndex();
        Map<String, Set<String>> touched;
        try {
            touched = session.themes().linkInImport(fresh);
        } catch (KnowledgeBaseException e) {
            failure = failure == null ? e : failure;
            touched = Map.of();
        }
        t = trace.add("batch: theme links", t);
        ctx.indexPassages(touched);
        return trace.add("batch: linked passages indexed", t);
    }

    /** Why the linker failed on a batch of this import, if it did. */
    KnowledgeBaseException failure() {
        return failure;
    }
}
