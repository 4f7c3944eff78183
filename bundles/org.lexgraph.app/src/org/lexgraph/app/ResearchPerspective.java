package org.lexgraph.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.lexgraph.ui.views.CitationsView;
import org.lexgraph.ui.views.VersionsView;
import org.lexgraph.ui.views.DocumentView;
import org.lexgraph.ui.views.LibraryView;
import org.lexgraph.ui.views.ProblemsView;
import org.lexgraph.ui.views.SearchView;
import org.lexgraph.ui.views.TaxonomyView;

/**
 * The research layout: the library on the left with properties, problems and progress below it; search above the
 * document on the right.
 */
public class ResearchPerspective implements IPerspectiveFactory {

    public static final String ID = "org.lexgraph.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.32f, editors);
        left.addView(LibraryView.ID);
        left.addView(TaxonomyView.ID);
        left.addView(org.lexgraph.ui.views.SavedSearchesView.ID);
        IFolderLayout bottomLeft = layout.createFolder("bottomLeft", IPageLayout.BOTTOM, 0.6f, "left");
        bottomLeft.addView(IPageLayout.ID_PROP_SHEET);
        bottomLeft.addView(ProblemsView.ID);
        bottomLeft.addView(LibraryView.PROGRESS_ID);
        IFolderLayout top = layout.createFolder("top", IPageLayout.TOP, 0.5f, editors);
        top.addView(SearchView.ID);
        top.addView(org.lexgraph.ui.views.CoverageView.ID);
        top.addView(org.lexgraph.ui.views.AnnotationsView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editors);
        bottom.addView(DocumentView.ID);
        // another researcher's source from the shared collection opens beside the own documents
        bottom.addPlaceholder(org.lexgraph.ui.views.SharedSourceView.ID);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.7f, "bottom");
        right.addView(CitationsView.ID);
        right.addView(VersionsView.ID);
        right.addView(org.lexgraph.ui.views.BasketView.ID);
        layout.getViewLayout(LibraryView.ID).setCloseable(true);
    }
}
