package org.lexgraph.core;

/**
 * An edge of the citation graph, copied out of the model: a passage of one source citing a document, resolved to a
 * source of the knowledge base or not.
 *
 * @param targetSourceId the cited source, or {@code null} while it is not in the knowledge base
 * @param targetVersion for a citation of a regulation: the version in force on the citing document's date, or null
 * @param articleChangedSince whether the cited article reads differently in the latest version (null: not known, or
 *            the cited version is the latest)
 * @param latestVersion the latest version of the cited regulation, for a comparison, or null
 */
public record CitationLink(String citingSourceId, String citingTitle, String passageId, int page, String text,
        String type, String key, String formatted, String pinpoint, String targetSourceId, String targetTitle,
        String targetVersion, Boolean articleChangedSince, String latestVersion) {

    public CitationLink(String citingSourceId, String citingTitle, String passageId, int page, String text,
            String type, String key, String formatted, String pinpoint, String targetSourceId, String targetTitle) {
        this(citingSourceId, citingTitle, passageId, page, text, type, key, formatted, pinpoint, targetSourceId,
                targetTitle, null, null, null);
    }

    public boolean resolved() {
        return targetSourceId != null;
    }
}
