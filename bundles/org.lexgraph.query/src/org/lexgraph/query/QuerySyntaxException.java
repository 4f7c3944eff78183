package org.lexgraph.query;

/**
 * A search that cannot be run: an empty query, or a passage to compare with that is not in the index. Broken query
 * syntax is not one: it is searched as words and said in {@link SearchResult#notice()}. The message is one sentence.
 */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
