package org.lexgraph.core;

/** A passage as a reader shows it, copied out of the model. */
public record PassageView(String id, int ordinal, int page, String anchor, String text) {
}
