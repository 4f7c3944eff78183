package org.lexgraph.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help menu: opens the UserGuide dialog. */
public class UserGuideHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new org.lexgraph.ui.dialogs.UserGuideDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
