package org.lexgraph.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.validation.KnowledgeBaseChecker;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Problem;
import org.lexgraph.core.internal.SessionContext;

/**
 * Validation of an open knowledge base: damaged files met while loading, then the model's problems (see
 * {@link KnowledgeBaseChecker}).
 */
public final class ValidationService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public ValidationService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** Validates the knowledge base: damaged files first, then the model's problems. */
    public List<Problem> check() {
        ctx.ensureLoaded();
        List<Problem> problems = new ArrayList<>();
        for (String damaged : ctx.loadProblems()) {
            problems.add(new Problem(Problem.Severity.ERROR, "damaged-file", damaged, null, null));
        }
        problems.addAll(ctx.read(kb -> new KnowledgeBaseChecker().check(kb)));
        return problems;
    }
}
