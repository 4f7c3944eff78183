package org.lexgraph.ui.views;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.model.Ask;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Themes: the taxonomies with their themes and asks. Select one to see and rename it in the Properties view; the
 * toolbar adds a taxonomy, a theme or an ask and deletes the selection, each an undoable command.
 */
public class TaxonomyView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.taxonomy";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), "taxonomy.tree");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof KnowledgeBase root ? root.getTaxonomies().toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                ITreeItemContentProvider p = provider(element, ITreeItemContentProvider.class);
                return p == null ? new Object[0] : p.getChildren(element).toArray();
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof EObject e ? e.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Taxonomy t ? !t.getThemes().isEmpty()
                        : element instanceof Theme th && !th.getAsks().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Theme t) {
                    return t.getKey() + "  " + t.getLabel();
                }
                if (element instanceof Ask a) {
                    return a.getKey() + "  " + a.getLabel();
                }
                if (element instanceof Taxonomy t) {
                    return t.getName();
                }
                IItemLabelProvider p = provider(element, IItemLabelProvider.class);
                return p == null ? String.valueOf(element) : p.getText(element);
            }
        });
        getSite().setSelectionProvider(viewer);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action(Messages.Taxonomy_addTaxonomy, ISharedImages.IMG_OBJ_FOLDER, this::addTaxonomy));
        toolbar.add(action(Messages.Taxonomy_addTheme, ISharedImages.IMG_OBJ_ELEMENT, this::addTheme));
        toolbar.add(action(Messages.Taxonomy_addAsk, ISharedImages.IMG_OBJ_FILE, this::addAsk));
        toolbar.add(action(Messages.Taxonomy_delete, ISharedImages.IMG_TOOL_DELETE, this::deleteSelection));
        kb.addListener(listener);
        refresh();
    }

    private <T> T provider(Object element, Class<T> type) {
        Optional<KnowledgeBaseSession> s = kb.session();
        return s.isEmpty() ? null : type.cast(s.get().adapterFactory().adapt(element, type));
    }

    private static Action action(String text, String image, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text);
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return a;
    }

    private Object selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void addTaxonomy() {
        kb.session().ifPresent(s -> {
            Taxonomy t = LexgraphFactory.eINSTANCE.createTaxonomy();
            t.setName(Messages.Taxonomy_newTaxonomy);
            t.setKey("taxonomy-" + (s.read(root -> root.getTaxonomies().size()) + 1));
            run(s, AddCommand.create(s.editingDomain(), s.read(root -> root),
                    LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES, t), t);
        });
    }

    private void addTheme() {
        Object sel = selected();
        Taxonomy taxonomy = sel instanceof Taxonomy t ? t : sel instanceof Theme th ? th.getTaxonomy()
                : sel instanceof Ask a ? a.getTheme().getTaxonomy() : null;
        if (taxonomy == null) {
            return;
        }
        kb.session().ifPresent(s -> {
            Theme theme = LexgraphFactory.eINSTANCE.createTheme();
            theme.setKey("T" + (taxonomy.getThemes().size() + 1));
            theme.setLabel(Messages.Taxonomy_newTheme);
            run(s, AddCommand.create(s.editingDomain(), taxonomy, LexgraphPackage.Literals.TAXONOMY__THEMES, theme),
                    theme);
        });
    }

    private void addAsk() {
        Object sel = selected();
        Theme theme = sel instanceof Theme th ? th : sel instanceof Ask a ? a.getTheme() : null;
        if (theme == null) {
            return;
        }
        kb.session().ifPresent(s -> {
            Ask ask = LexgraphFactory.eINSTANCE.createAsk();
            ask.setKey(theme.getKey() + "." + (theme.getAsks().size() + 1));
            ask.setLabel(Messages.Taxonomy_newAsk);
            run(s, AddCommand.create(s.editingDomain(), theme, LexgraphPackage.Literals.THEME__ASKS, ask), ask);
        });
    }

    private void deleteSelection() {
        Object sel = selected();
        if (!(sel instanceof EObject)) {
            return;
        }
        kb.session().ifPresent(s -> run(s, DeleteCommand.create(s.editingDomain(), List.of(sel)), null));
    }

    private void run(KnowledgeBaseSession s, Command command, Object select) {
        try {
            s.execute(command);
            refresh();
            if (select != null) {
                viewer.setSelection(new StructuredSelection(select), true);
            }
        } catch (KnowledgeBaseException | RuntimeException e) {
            StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
                    StatusManager.SHOW);
        }
    }

    private void refreshLater() {
        UiLater.run(viewer == null ? null : viewer.getControl(), this::refresh);
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<KnowledgeBaseSession> s = kb.session();
        Object input = s.map(session -> session.read(root -> (Object) root)).orElse(null);
        if (viewer.getInput() != input) {
            viewer.setInput(input);
            viewer.expandToLevel(2);
        } else {
            viewer.refresh(true);
        }
    }

    /** The tree's items, for tests. */
    Collection<?> roots() {
        return List.of(((ITreeContentProvider) viewer.getContentProvider()).getElements(viewer.getInput()));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        kb.removeListener(listener);
        super.dispose();
    }
}
