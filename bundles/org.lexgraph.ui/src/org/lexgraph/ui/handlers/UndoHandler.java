package org.lexgraph.ui.handlers;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;

/** Edit › Undo: reverts the last edit of the knowledge base (not imports, which clear the history). */
public class UndoHandler extends UndoRedoHandler {

    @Override
    boolean can(KnowledgeBaseSession session) {
        return session.canUndo();
    }

    @Override
    void perform(KnowledgeBaseSession session) throws KnowledgeBaseException {
        session.undo();
    }
}
