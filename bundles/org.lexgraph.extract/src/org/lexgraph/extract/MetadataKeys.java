package org.lexgraph.extract;

/** The metadata keys extractors fill in, so that recognisers need not know each format's own names. */
public final class MetadataKeys {
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String LANGUAGE = "language";
    /** A date in ISO form (yyyy-MM-dd) that the format gives as the document's date. */
    public static final String DATE = "date";
    /** An official identifier found in structured metadata (ECLI, BWB id, publication id). */
    public static final String IDENTIFIER = "identifier";
    /** The root element of an XML document, as {@code {namespace}local}. */
    public static final String XML_ROOT = "xml.root";

    private MetadataKeys() {
    }
}
