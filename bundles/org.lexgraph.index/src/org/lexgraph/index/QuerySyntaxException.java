package org.lexgraph.index;

/** The user's query cannot be parsed; the message says what is wrong in a short sentence. */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
