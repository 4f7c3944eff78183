package org.lexgraph.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/** File > Stop Watching Folder...: picks one of the watched folders; what was imported from it stays. */
public class UnwatchFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
        List<Path> watched = kb.watchedFolders();
        if (watched.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.UnwatchFolder_title,
                    Messages.UnwatchFolder_none);
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event),
                new LabelProvider());
        dialog.setTitle(Messages.UnwatchFolder_title);
        dialog.setMessage(Messages.UnwatchFolder_message);
        dialog.setElements(watched.toArray());
        dialog.setMultipleSelection(true);
        if (dialog.open() == ElementListSelectionDialog.OK) {
            try {
                for (Object o : dialog.getResult()) {
                    kb.unwatch((Path) o);
                }
            } catch (KnowledgeBaseException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.UnwatchFolder_title,
                        e.getMessage());
            }
        }
        return null;
    }
}
