package org.lexgraph.extract;

/** The media types Lexgraph reads, as {@link FormatDetector} reports them. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String XML = "application/xml";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String RTF = "application/rtf";
    /** Word 97-2003 (.doc). */
    public static final String DOC = "application/msword";
    public static final String EML = "message/rfc822";
    public static final String MSG = "application/vnd.ms-outlook";
    public static final String ZIP = "application/zip";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TIFF = "image/tiff";

    public static boolean isImage(String mediaType) {
        return PNG.equals(mediaType) || JPEG.equals(mediaType) || TIFF.equals(mediaType);
    }

    /** Formats whose parts become sources of their own: archives and e-mails with attachments. */
    public static boolean isContainer(String mediaType) {
        return ZIP.equals(mediaType) || EML.equals(mediaType) || MSG.equals(mediaType);
    }

    private MediaTypes() {
    }
}
