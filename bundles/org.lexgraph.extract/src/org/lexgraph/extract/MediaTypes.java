package org.lexgraph.extract;

/** The media types Lexgraph reads, as {@link FormatDetector} reports them. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String XML = "application/xml";

    private MediaTypes() {
    }
}
