package org.lexgraph.core;

import java.util.Map;

/**
 * Counts of a knowledge base, per class of the model.
 *
 * @param damagedFiles source files that could not be loaded (their sources are missing from the counts)
 * @param indexedPassages passages in the search index, which equals {@code passages} when the index is current
 */
public record KnowledgeBaseStats(String folder, int sources, Map<String, Integer> sourcesByKind, int passages,
        int failedSources, int damagedFiles, int indexedPassages, boolean indexCurrent, int citations,
        int citationsResolved, int actors, int taxonomies, int themes, int asks, int themeLinks, int collections,
        int baskets, int savedSearches, int notes) {
}
