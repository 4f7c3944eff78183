package org.lexgraph.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.jobs.ImportJob;

/** File > Import Files...: chooses files and imports them in the background. */
public class ImportFilesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.ImportFiles_title);
        dialog.setFilterExtensions(new String[] {"*.pdf;*.docx;*.html;*.htm;*.txt;*.md;*.xml", "*.*"});
        if (dialog.open() == null) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            paths.add(Path.of(dialog.getFilterPath(), name));
        }
        new ImportJob(LexgraphUiPlugin.knowledgeBase(), paths).schedule();
        return null;
    }
}
