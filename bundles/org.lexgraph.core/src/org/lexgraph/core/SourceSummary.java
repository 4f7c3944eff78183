package org.lexgraph.core;

import java.time.Instant;

/**
 * A row of the library: what a list of sources shows, copied out of the model so readers need no lock.
 *
 * @param member for a document from an archive or e-mail, its path there; otherwise null
 * @param removed whether its file was gone at the last import of its folder (the text is kept)
 */
public record SourceSummary(String id, String title, SourceKind kind, boolean failed, String statusMessage,
        String file, int passages, int pageCount, Instant importedAt, String member, boolean removed) {

    public SourceSummary(String id, String title, SourceKind kind, boolean failed, String statusMessage, String file,
            int passages, int pageCount, Instant importedAt) {
        this(id, title, kind, failed, statusMessage, file, passages, pageCount, importedAt, null, false);
    }
}
