package org.lexgraph.ui.handlers;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;

/** Edit › Redo: makes the last undone edit again. */
public class RedoHandler extends UndoRedoHandler {

    @Override
    boolean can(KnowledgeBaseSession session) {
        return session.canRedo();
    }

    @Override
    void perform(KnowledgeBaseSession session) throws KnowledgeBaseException {
        session.redo();
    }
}
