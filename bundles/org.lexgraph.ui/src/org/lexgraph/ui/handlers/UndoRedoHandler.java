package org.lexgraph.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Display;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.ui.LexgraphUiPlugin;

/**
 * Edit › Undo and Redo for the knowledge base's command stack, enabled when there is something to undo or redo.
 * Subclasses choose the direction.
 */
abstract class UndoRedoHandler extends AbstractHandler {

    private final Runnable listener = () -> {
        Display d = Display.getDefault();
        if (!d.isDisposed()) {
            d.asyncExec(this::update);
        }
    };

    UndoRedoHandler() {
        LexgraphUiPlugin.knowledgeBase().addListener(listener);
        update();
    }

    abstract boolean can(KnowledgeBaseSession session);

    abstract void perform(KnowledgeBaseSession session) throws KnowledgeBaseException;

    private void update() {
        Optional<KnowledgeBaseSession> s = LexgraphUiPlugin.knowledgeBase().session();
        setBaseEnabled(s.isPresent() && s.get().isWritable() && can(s.get()));
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<KnowledgeBaseSession> s = LexgraphUiPlugin.knowledgeBase().session();
        if (s.isPresent() && can(s.get())) {
            try {
                perform(s.get());
            } catch (KnowledgeBaseException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        update();
        return null;
    }

    @Override
    public void dispose() {
        LexgraphUiPlugin.knowledgeBase().removeListener(listener);
        super.dispose();
    }
}
