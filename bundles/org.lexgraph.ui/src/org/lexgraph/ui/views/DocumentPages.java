package org.lexgraph.ui.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;

/**
 * The Document view's two faces: the text, and for a source read from a PDF the page as printed. The toolbar's
 * toggle switches at the same place: the page of the passage at the caret, and back the first passage of the page on
 * show. While the page view is on, a search hit opens on its page.
 */
final class DocumentPages {

    private final DocumentView view;
    private final StackLayout stack = new StackLayout();
    private Composite holder;
    private StyledText text;
    private PageViewer pages;
    private final Action toggle;

    DocumentPages(DocumentView view) {
        this.view = view;
        toggle = new Action(Messages.Document_pageView, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                showPages(isChecked());
            }
        };
        toggle.setEnabled(false);
    }

    /** The composite the text goes into (the page viewer beside it, one shown at a time). */
    Composite create(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(stack);
        return holder;
    }

    void attach(StyledText documentText) {
        this.text = documentText;
        stack.topControl = text;
    }

    Action toggle() {
        return toggle;
    }

    /** After a source is shown: the toggle is there for PDFs; in the page view, the opened passage's page. */
    void sourceShown(String sourceId, String passageId) {
        // whether there is a PDF to show, without opening it (the page view counts its pages when it is shown)
        boolean pdf = LexgraphUiPlugin.knowledgeBase().session().map(s -> {
            try {
                return s.pages().pdfOf(sourceId).isPresent();
            } catch (KnowledgeBaseException e) {
                return false; // a PDF that is gone: the text is still there
            }
        }).orElse(false);
        toggle.setEnabled(pdf);
        if (!pdf) {
            toggle.setChecked(false);
            showPages(false);
        } else if (toggle.isChecked()) {
            showPages(true);
        }
    }

    /** Switches to the page as printed (or back to the text) at the same place. */
    void showPages(boolean on) {
        if (on && toggle.isEnabled()) {
            if (pages == null) {
                pages = new PageViewer(holder, view::annotateWords);
            }
            stack.topControl = pages;
            holder.layout(true, true); // laid out first: the page is drawn to the width it gets
            int page = view.caretPage();
            pages.show(view.sourceId(), page > 0 ? page : 1, view.passageAtCaret(), view.hitWords());
        } else {
            if (pages != null && stack.topControl == pages) {
                view.revealPage(pages.page());
            }
            stack.topControl = text;
        }
        toggle.setChecked(stack.topControl == pages && pages != null);
        holder.layout(true, true);
    }

    /** The page viewer, when the page view has been opened (for tests). */
    PageViewer viewer() {
        return pages;
    }

    boolean onPages() {
        return pages != null && stack.topControl == pages;
    }

    /** The words to mark on the page: the search's matches, once each. */
    static List<String> distinct(List<String> words) {
        return words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
