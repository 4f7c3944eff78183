package org.lexgraph.core;

import java.time.Instant;

/** A row of the library: what a list of sources shows, copied out of the model so readers need no lock. */
public record SourceSummary(String id, String title, SourceKind kind, boolean failed, String statusMessage,
        String file, int passages, int pageCount, Instant importedAt) {
}
