package org.lexgraph.core;

import java.util.List;

/** A whole source as a document view shows it, copied out of the model. */
public record SourceView(SourceSummary summary, List<PassageView> passages) {

    public SourceView {
        passages = List.copyOf(passages);
    }
}
