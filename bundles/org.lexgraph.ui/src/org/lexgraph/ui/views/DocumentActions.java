package org.lexgraph.ui.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.lexgraph.ui.Messages;

/**
 * What a reader can do in the Document view's text: its menu (link to an ask, add to the basket, highlight and note),
 * dragging words to the basket, the keys (F3 and Shift+F3 between matches, Ctrl+Shift+B to the basket) and the
 * toolbar (page view, previous and next match).
 */
final class DocumentActions {

    private DocumentActions() {
    }

    static void install(DocumentView view, StyledText text, DocumentNotes notes, IToolBarManager toolbar,
            Action pageView) {
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F3) {
                view.step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.stateMask & SWT.SHIFT) != 0
                    && (e.keyCode == 'b' || e.keyCode == 'B')) {
                view.addSelectionToBasket();
                e.doit = false;
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(new Action(Messages.LinkToAsk_action) {
            @Override
            public void run() {
                String p = view.passageAt(text.getCaretOffset());
                if (p != null) {
                    LinkToAsk.choose(text.getShell(), view.sourceId(), p);
                }
            }
        });
        menu.add(new Action(Messages.Basket_add) {
            @Override
            public void run() {
                view.addSelectionToBasket();
            }
        });
        notes.addActions(menu, view);
        text.setMenu(menu.createContextMenu(text));
        // selected words dragged onto the Basket view become a quote
        DragSource drag = new DragSource(text, DND.DROP_COPY);
        drag.setTransfer(TextTransfer.getInstance());
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = view.dragData() != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = view.dragData();
            }
        });
        toolbar.add(pageView);
        toolbar.add(new Action(Messages.Document_previousHit, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_BACK)) {
            @Override
            public void run() {
                view.step(-1);
            }
        });
        toolbar.add(new Action(Messages.Document_nextHit, PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD)) {
            @Override
            public void run() {
                view.step(1);
            }
        });
    }
}
