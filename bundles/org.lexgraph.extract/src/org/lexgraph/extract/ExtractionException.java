package org.lexgraph.extract;

/**
 * A file could not be read. The message says what is wrong with the file in words a user can act on ("encrypted
 * PDF: a password is required"), without the file name, which the caller adds.
 */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
