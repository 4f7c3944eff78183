package org.lexgraph.core;

import org.lexgraph.core.validation.KnowledgeBaseChecker;

/**
 * Something wrong or incomplete in the knowledge base, found by {@link KnowledgeBaseChecker}.
 *
 * @param code a stable name of the check ({@code unresolved-citation}, {@code failed-source}, ...)
 * @param objectId the id of the object concerned, or {@code null} for a damaged file
 * @param sourceId the source the object belongs to, or {@code null}
 */
public record Problem(Severity severity, String code, String message, String objectId, String sourceId) {

    public enum Severity {
        INFO, WARNING, ERROR
    }
}
