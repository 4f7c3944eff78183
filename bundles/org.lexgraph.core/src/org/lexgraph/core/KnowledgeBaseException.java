package org.lexgraph.core;

/**
 * The knowledge base cannot be used: the folder is not one, it is damaged, it is locked by another process, or it was
 * written by a newer version. The message names the folder or file and what is wrong.
 */
public class KnowledgeBaseException extends Exception {
    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
