package org.lexgraph.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.statushandlers.StatusManager;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.TaxonomyEntry;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;

/** "Link to Ask…": a passage linked to an ask chosen from a list, by hand (confirmed; an undoable edit). */
final class LinkToAsk {

    private LinkToAsk() {
    }

    static void choose(Shell shell, String sourceId, String passageId) {
        KnowledgeBaseSession s = LexgraphUiPlugin.knowledgeBase().session().orElse(null);
        if (s == null || passageId == null) {
            return;
        }
        List<TaxonomyEntry> asks = s.themes().taxonomy().stream().filter(e -> e.parent() != null).toList();
        ListDialog d = new ListDialog(shell);
        d.setTitle(Messages.LinkToAsk_title);
        d.setMessage(Messages.LinkToAsk_message);
        d.setContentProvider(ArrayContentProvider.getInstance());
        d.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                TaxonomyEntry e = (TaxonomyEntry) element;
                return e.key() + "  " + e.label();
            }
        });
        d.setInput(asks);
        if (d.open() != Window.OK || d.getResult().length == 0) {
            return;
        }
        try {
            s.themes().addThemeLink(sourceId, passageId, ((TaxonomyEntry) d.getResult()[0]).key());
        } catch (KnowledgeBaseException e) {
            StatusManager.getManager().handle(org.eclipse.core.runtime.Status.warning(e.getMessage(), e),
                    StatusManager.SHOW);
        }
    }
}
