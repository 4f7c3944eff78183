package org.lexgraph.ui.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.lexgraph.query.SearchHit;
import org.lexgraph.ui.Messages;

/**
 * What a search hit offers: open it (as text, or on its page as printed), more like it, link it to an ask, put it in
 * the basket (from the menu, or by dragging it onto the Basket view).
 */
final class SearchHitActions {

    private SearchHitActions() {
    }

    static void install(SearchView view, Control results) {
        MenuManager menu = new MenuManager();
        menu.add(action(Messages.Search_open, () -> view.open(view.selected())));
        menu.add(action(Messages.Search_openOnPage, () -> view.openOnPage(view.selected())));
        menu.add(action(Messages.Search_moreLikeThis, () -> {
            SearchHit h = SearchView.hitOf(view.selected());
            if (h != null) {
                view.searchLike(h);
            }
        }));
        menu.add(action(Messages.LinkToAsk_action, () -> {
            SearchHit h = SearchView.hitOf(view.selected());
            if (h != null) {
                LinkToAsk.choose(results.getShell(), h.sourceId(), h.passageId());
            }
        }));
        menu.add(action(Messages.Basket_add, () -> {
            SearchHit h = SearchView.hitOf(view.selected());
            if (h != null) {
                BasketView.add(view.getSite().getPage(), h.sourceId(), h.passageId(), null, null);
            }
        }));
        // a hit dragged to the Basket view becomes a quote of its passage
        DragSource drag = new DragSource(results, DND.DROP_COPY);
        drag.setTransfer(TextTransfer.getInstance());
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = SearchView.hitOf(view.selected()) != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                SearchHit h = SearchView.hitOf(view.selected());
                event.data = BasketView.DRAG_PREFIX + h.sourceId() + ":" + h.passageId();
            }
        });
        results.setMenu(menu.createContextMenu(results));
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
