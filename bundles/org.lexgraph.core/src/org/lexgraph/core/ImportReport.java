package org.lexgraph.core;

import java.util.List;

/** The outcome of one import: a line per file, and whether the user cancelled it. */
public record ImportReport(List<FileOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long failures() {
        return outcomes.stream().filter(o -> o.status().isFailure()).count();
    }

    public List<FileOutcome> failed() {
        return outcomes.stream().filter(o -> o.status().isFailure()).toList();
    }
}
