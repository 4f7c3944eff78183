package org.lexgraph.core.citations;

/**
 * A citation found in a text: where ({@code start}, {@code end} in the text; the page of a file, 0 when it has none),
 * what it says, its type (lower case: {@code kamerstuk}, {@code ecli}, {@code article}, ...), its key (what it
 * resolves by), the citation as the Leidraad writes it, and its official permalink when one can be built (never
 * fetched; null otherwise).
 */
public record FoundCitation(int start, int end, String text, String type, String key, String formatted,
        String permalink, int page) {
}
