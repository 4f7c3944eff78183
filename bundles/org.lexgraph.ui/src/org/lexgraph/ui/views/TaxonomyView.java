package org.lexgraph.ui.views;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
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
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Themes: the taxonomies with their themes and asks, and under each ask the sources whose passages address it with
 * those links (counts of confirmed and proposed ones on every line). Select a theme or ask to see, rename and edit
 * its profile in the Properties view; the toolbar adds a taxonomy, a theme or an ask, deletes the selection, and runs
 * the linker; a link is confirmed or rejected from its context menu (or Enter opens its passage). All undoable.
 */
public class TaxonomyView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.taxonomy";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private TreeViewer viewer;
    /** The links per ask key, read at every refresh. */
    private java.util.Map<String, List<org.lexgraph.core.themes.Themes.LinkView>> links = java.util.Map.of();

    /** The sources that address one ask, with their links (a tree node). */
    public record SourceNode(String askKey, String sourceId, String title,
            List<org.lexgraph.core.themes.Themes.LinkView> links) {
    }

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
                if (element instanceof Ask a) {
                    return sourcesOf(a).toArray();
                }
                if (element instanceof SourceNode n) {
                    return n.links().toArray();
                }
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
                        : element instanceof Theme th ? !th.getAsks().isEmpty()
                                : element instanceof Ask a ? !links.getOrDefault(a.getKey(), List.of()).isEmpty()
                                        : element instanceof SourceNode;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Theme t) {
                    List<org.lexgraph.core.themes.Themes.LinkView> all = new java.util.ArrayList<>();
                    t.getAsks().forEach(a -> all.addAll(links.getOrDefault(a.getKey(), List.of())));
                    return t.getKey() + "  " + t.getLabel() + counts(all);
                }
                if (element instanceof Ask a) {
                    return a.getKey() + "  " + a.getLabel() + counts(links.getOrDefault(a.getKey(), List.of()));
                }
                if (element instanceof SourceNode n) {
                    return n.title() + counts(n.links());
                }
                if (element instanceof org.lexgraph.core.themes.Themes.LinkView l) {
                    String mark = switch (l.state()) {
                        case "confirmed" -> "\u2713";
                        case "rejected" -> "\u2717";
                        default -> "?";
                    };
                    return mark + " " + (l.anchor() == null || l.anchor().isEmpty() ? "…" : l.anchor()) + "  "
                            + org.eclipse.osgi.util.NLS.bind(Messages.Themes_linkLabel, new Object[] {
                                    Messages.linkState(l.state()), String.format(java.util.Locale.ROOT, "%.2f",
                                            l.score()), String.join(", ", l.terms())});
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
        toolbar.add(action(Messages.Themes_runLinker, ISharedImages.IMG_TOOL_REDO, this::runLinker));
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(action(Messages.Themes_confirm, ISharedImages.IMG_OBJ_ELEMENT,
                () -> decide(org.lexgraph.model.LinkState.CONFIRMED)));
        menu.add(action(Messages.Themes_reject, ISharedImages.IMG_TOOL_DELETE,
                () -> decide(org.lexgraph.model.LinkState.REJECTED)));
        menu.add(action(Messages.Themes_propose, ISharedImages.IMG_TOOL_UNDO,
                () -> decide(org.lexgraph.model.LinkState.PROPOSED)));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof org.lexgraph.core.themes.Themes.LinkView l) {
                DocumentView.show(getSite().getPage(), l.sourceId(), l.passageId());
            } else if (first instanceof SourceNode n) {
                DocumentView.show(getSite().getPage(), n.sourceId(), n.links().get(0).passageId());
            }
        });
        kb.addListener(listener);
        refresh();
    }

    private static String counts(List<org.lexgraph.core.themes.Themes.LinkView> all) {
        long confirmed = all.stream().filter(l -> l.state().equals("confirmed")).count();
        long proposed = all.stream().filter(l -> l.state().equals("proposed")).count();
        return confirmed + proposed == 0 ? "" : "  (" + org.eclipse.osgi.util.NLS.bind(Messages.Themes_counts,
                confirmed, proposed) + ")";
    }

    private List<SourceNode> sourcesOf(Ask a) {
        java.util.Map<String, List<org.lexgraph.core.themes.Themes.LinkView>> bySource = new java.util.LinkedHashMap<>();
        for (org.lexgraph.core.themes.Themes.LinkView l : links.getOrDefault(a.getKey(), List.of())) {
            bySource.computeIfAbsent(l.sourceId(), k -> new java.util.ArrayList<>()).add(l);
        }
        List<SourceNode> out = new java.util.ArrayList<>();
        bySource.forEach((id, ls) -> out.add(new SourceNode(a.getKey(), id, ls.get(0).sourceTitle(), ls)));
        return out;
    }

    /** Sets the state of the selected link (an undoable edit), as its context menu does. */
    public void decide(org.lexgraph.model.LinkState state) {
        if (!(selected() instanceof org.lexgraph.core.themes.Themes.LinkView l)) {
            return;
        }
        kb.session().ifPresent(s -> {
            try {
                s.themes().decideLink(l.id(), state);
            } catch (KnowledgeBaseException e) {
                StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
                        StatusManager.SHOW);
            }
        });
    }

    /** Runs the linker over the whole knowledge base, in the background. */
    private void runLinker() {
        kb.session().ifPresent(s -> {
            org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(Messages.Themes_running,
                    monitor -> {
                        try {
                            s.themes().linkThemes(null);
                            return org.eclipse.core.runtime.Status.OK_STATUS;
                        } catch (KnowledgeBaseException e) {
                            return org.eclipse.core.runtime.Status.error(e.getMessage(), e);
                        }
                    });
            job.setUser(true);
            job.schedule();
        });
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
        kb.session().ifPresent(s -> add(() -> s.themes().newTaxonomy(Messages.Taxonomy_newTaxonomy)));
    }

    private void addTheme() {
        Object sel = selected();
        Taxonomy taxonomy = sel instanceof Taxonomy t ? t : sel instanceof Theme th ? th.getTaxonomy()
                : sel instanceof Ask a ? a.getTheme().getTaxonomy() : null;
        if (taxonomy != null) {
            kb.session().ifPresent(s -> add(() -> s.themes().newTheme(taxonomy, Messages.Taxonomy_newTheme)));
        }
    }

    private void addAsk() {
        Object sel = selected();
        Theme theme = sel instanceof Theme th ? th : sel instanceof Ask a ? a.getTheme() : null;
        if (theme != null) {
            kb.session().ifPresent(s -> add(() -> s.themes().newAsk(theme, Messages.Taxonomy_newAsk)));
        }
    }

    /** Something the core adds (an undoable edit), then selected in the tree. */
    private interface Addition {
        EObject add() throws KnowledgeBaseException;
    }

    private void add(Addition addition) {
        try {
            EObject added = addition.add();
            refresh();
            viewer.setSelection(new StructuredSelection(added), true);
        } catch (KnowledgeBaseException | RuntimeException e) {
            StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
                    StatusManager.SHOW);
        }
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
        java.util.Map<String, List<org.lexgraph.core.themes.Themes.LinkView>> byAsk = new java.util.HashMap<>();
        s.ifPresent(session -> session.themes().themeLinks(null, null).forEach(l -> byAsk.computeIfAbsent(l.askKey(),
                k -> new java.util.ArrayList<>()).add(l)));
        links = byAsk;
        Object input = s.map(session -> session.read(root -> (Object) root)).orElse(null);
        if (viewer.getInput() != input) {
            viewer.setInput(input);
            viewer.expandToLevel(2);
        } else {
            Object[] expanded = viewer.getExpandedElements();
            viewer.refresh(true);
            // links and source nodes are new objects after every refresh: keep the asks open that were
            viewer.setExpandedElements(java.util.Arrays.stream(expanded).filter(EObject.class::isInstance).toArray());
        }
    }

    /** Opens an ask in the tree with all its sources and links. */
    public void showLinks(String askKey) {
        kb.session().ifPresent(s -> {
            Ask ask = s.read(root -> root.getTaxonomies().stream().flatMap(t -> t.getThemes().stream())
                    .flatMap(t -> t.getAsks().stream()).filter(a -> askKey.equals(a.getKey())).findFirst().orElse(null));
            if (ask != null) {
                viewer.expandToLevel(ask, org.eclipse.jface.viewers.AbstractTreeViewer.ALL_LEVELS);
                viewer.reveal(ask);
            }
        });
    }

    /** The links under an ask as shown (for tests). */
    public List<org.lexgraph.core.themes.Themes.LinkView> linksOf(String askKey) {
        return links.getOrDefault(askKey, List.of());
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
