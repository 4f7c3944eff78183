package org.lexgraph.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.jobs.ImportJob;

/** File > Import Folder...: chooses a folder and imports it with its subfolders in the background. */
public class ImportFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText(Messages.ImportFolder_title);
        String folder = dialog.open();
        if (folder != null) {
            new ImportJob(LexgraphUiPlugin.knowledgeBase(), List.of(Path.of(folder))).schedule();
        }
        return null;
    }
}
