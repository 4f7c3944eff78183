package org.lexgraph.extract;

/**
 * A file could not be read. The message says what is wrong with the file in words a user can act on ("encrypted
 * PDF: a password is required"), without the file name, which the caller adds. A file that is fine but is not a
 * document of its own (the metadata beside a publication) is reported with {@link #notADocument}.
 */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean notADocument;

    public ExtractionException(String message) {
        this(message, null, false);
    }

    public ExtractionException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ExtractionException(String message, Throwable cause, boolean notADocument) {
        super(message, cause);
        this.notADocument = notADocument;
    }

    /** The file is valid but belongs to another one and is read with it; an import skips it without a failure. */
    public static ExtractionException notADocument(String why) {
        return new ExtractionException(why, null, true);
    }

    public boolean isNotADocument() {
        return notADocument;
    }
}
