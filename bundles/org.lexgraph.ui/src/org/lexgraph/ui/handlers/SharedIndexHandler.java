package org.lexgraph.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lexgraph.ui.dialogs.SharedIndexDialog;

/** File > Shared Index...: the knowledge base's binding to a team's collection, shown and changed. */
public class SharedIndexHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new SharedIndexDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
