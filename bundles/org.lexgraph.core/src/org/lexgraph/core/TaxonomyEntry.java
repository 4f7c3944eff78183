package org.lexgraph.core;

/**
 * A theme or an ask of a taxonomy, copied out of the model.
 *
 * @param parent the key of the theme an ask belongs to; {@code null} for a theme
 */
public record TaxonomyEntry(String taxonomy, String key, String label, String parent) {
}
