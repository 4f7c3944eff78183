package org.lexgraph.index;

/**
 * A passage as ranking weighs it: the index's own reference to it ({@code T}), its own score for the query, and the
 * keys of its source and of the section it stands in (null: in none), as the index that found it keys them.
 */
public record RankedPassage<T>(T ref, float score, String source, String section) {
}
