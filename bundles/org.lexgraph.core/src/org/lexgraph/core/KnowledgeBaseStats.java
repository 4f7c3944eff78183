package org.lexgraph.core;

import java.util.Map;

/**
 * Counts of a knowledge base.
 *
 * @param damagedFiles source files that could not be loaded (their sources are missing from the counts)
 * @param indexedPassages passages in the search index, which equals {@code passages} when the index is current
 */
public record KnowledgeBaseStats(String folder, int sources, Map<String, Integer> sourcesByKind, int passages,
        int failedSources, int damagedFiles, int indexedPassages, boolean indexCurrent) {
}
