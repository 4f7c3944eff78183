package org.lexgraph.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;

/**
 * File > Watch Folder...: chooses a folder, imports it now and again whenever files in it are added, changed or
 * removed, also after a restart (the folder is remembered in the knowledge base).
 */
public class WatchFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText(Messages.WatchFolder_title);
        String folder = dialog.open();
        if (folder != null) {
            try {
                LexgraphUiPlugin.knowledgeBase().watch(Path.of(folder));
            } catch (KnowledgeBaseException | IOException e) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.WatchFolder_title,
                        e.getMessage());
            }
        }
        return null;
    }
}
