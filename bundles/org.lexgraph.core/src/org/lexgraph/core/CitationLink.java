package org.lexgraph.core;

/**
 * An edge of the citation graph, copied out of the model: a passage of one source citing a document, resolved to a
 * source of the knowledge base or not.
 *
 * @param targetSourceId the cited source, or {@code null} while it is not in the knowledge base
 */
public record CitationLink(String citingSourceId, String citingTitle, String passageId, int page, String text,
        String type, String key, String formatted, String pinpoint, String targetSourceId, String targetTitle) {

    public boolean resolved() {
        return targetSourceId != null;
    }
}
