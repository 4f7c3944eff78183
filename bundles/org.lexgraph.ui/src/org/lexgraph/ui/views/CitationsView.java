package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.CitationLink;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.query.SearchHit;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Citations: for the source selected in the Library or Search (or shown in the Document view), what it cites and
 * what cites it, grouped by type. Double-click opens the cited document, or the citing passage.
 */
public class CitationsView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.citations";

    /** A labelled group of links: "Cites", "Cited by", or a type within them. */
    record Group(String label, List<Object> children) {
    }

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = () -> refreshLater();
    private TreeViewer viewer;
    private String sourceId;
    private String sourceTitle;
    private final ISelectionListener selectionListener = (IWorkbenchPart part, org.eclipse.jface.viewers.ISelection s) -> {
        if (part != this && s instanceof IStructuredSelection ss && ss.getFirstElement() != null) {
            Object first = ss.getFirstElement();
            if (first instanceof SourceSummary summary) {
                show(summary.id(), summary.title());
            } else if (first instanceof SearchHit hit) {
                show(hit.sourceId(), hit.title());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), "citations.tree");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> l ? l.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                return element instanceof Group g ? g.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Group g) {
                    return g.label();
                }
                CitationLink l = (CitationLink) element;
                if (l.citingSourceId().equals(sourceId)) {
                    return l.formatted() + (l.pinpoint() == null ? "" : " (" + l.pinpoint() + ")") + "  →  "
                            + (l.resolved() ? l.targetTitle() : Messages.Citations_unresolved)
                            + (l.targetVersion() == null ? "" : "  [" + NLS.bind(Boolean.TRUE.equals(
                                    l.articleChangedSince()) ? Messages.Citations_versionChanged
                                            : Messages.Citations_version, l.targetVersion()) + "]");
                }
                return l.citingTitle() + (l.page() > 0 ? ", p. " + l.page() : "") + ":  " + l.formatted();
            }
        });
        viewer.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof CitationLink l) {
                if (!l.citingSourceId().equals(sourceId)) {
                    DocumentView.show(getSite().getPage(), l.citingSourceId(), l.passageId());
                } else if (l.resolved()) {
                    DocumentView.show(getSite().getPage(), l.targetSourceId(), null);
                }
            }
        });
        // a cited article that changed since the citing document's date: compare the two versions of it
        org.eclipse.jface.action.Action compare = new org.eclipse.jface.action.Action(Messages.Citations_compare) {
            @Override
            public void run() {
                Object first = viewer.getStructuredSelection().getFirstElement();
                if (first instanceof CitationLink l) {
                    compareArticle(l);
                }
            }
        };
        compare.setToolTipText(Messages.Citations_compareTip);
        compare.setEnabled(false);
        viewer.addSelectionChangedListener(e -> compare.setEnabled(
                ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof CitationLink l
                        && Boolean.TRUE.equals(l.articleChangedSince())));
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getSite().getPage().addPostSelectionListener(selectionListener);
        kb.addListener(listener);
        setContentDescription(Messages.Citations_empty);
    }

    /** Opens Eclipse Compare on the cited article: as in force on the citing document's date, and as it reads now. */
    public void compareArticle(CitationLink l) {
        Optional<KnowledgeBaseSession> session = kb.session();
        if (session.isEmpty() || l.targetVersion() == null || l.latestVersion() == null) {
            return;
        }
        String article = l.pinpoint() != null && l.pinpoint().startsWith("art. ") ? l.pinpoint().substring(5).strip()
                : null;
        try {
            List<org.lexgraph.core.versions.ArticleAligner.Aligned> rows = session.get()
                    .versions().compareVersions(l.targetVersion(), l.latestVersion()).stream()
                    .filter(r -> article == null || article.equalsIgnoreCase(String.valueOf(r.number()))
                            || (r.before() != null && article.equalsIgnoreCase(String.valueOf(r.before().number()))))
                    .toList();
            getSite().getPage().setEditorAreaVisible(true);
            org.eclipse.compare.CompareUI.openCompareEditor(new org.lexgraph.ui.compare.VersionCompareInput(
                    l.targetVersion(), l.latestVersion(), rows));
        } catch (org.lexgraph.core.KnowledgeBaseException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.Compare_titleShort,
                    e.getMessage());
        }
    }

    /** Shows the citations of a source; called by selection and by the Document view. */
    public void show(String id, String title) {
        sourceId = id;
        sourceTitle = title;
        refresh();
    }

    private void refreshLater() {
        UiLater.run(viewer == null ? null : viewer.getControl(), this::refresh);
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed() || sourceId == null) {
            return;
        }
        Optional<KnowledgeBaseSession> session = kb.session();
        if (session.isEmpty()) {
            return;
        }
        List<CitationLink> out = session.get().citations().outgoing(sourceId);
        List<CitationLink> in = session.get().citations().incoming(sourceId);
        List<Object> roots = new ArrayList<>();
        roots.add(new Group(NLS.bind(Messages.Citations_outgoing, out.size()), byType(out)));
        roots.add(new Group(NLS.bind(Messages.Citations_incoming, in.size()), byType(in)));
        viewer.setInput(roots);
        viewer.expandToLevel(3);
        setContentDescription(sourceTitle == null ? "" : sourceTitle);
    }

    private static List<Object> byType(List<CitationLink> links) {
        Map<String, List<Object>> groups = new TreeMap<>();
        for (CitationLink l : links) {
            groups.computeIfAbsent(l.type(), k -> new ArrayList<>()).add(l);
        }
        List<Object> out = new ArrayList<>();
        groups.forEach((type, list) -> out.add(new Group(type + " (" + list.size() + ")", list)));
        return out;
    }

    /** The labels shown, depth first, for tests. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem i : viewer.getTree().getItems()) {
            collect(i, out);
        }
        return out;
    }

    private static void collect(org.eclipse.swt.widgets.TreeItem item, List<String> out) {
        out.add(item.getText());
        for (org.eclipse.swt.widgets.TreeItem c : item.getItems()) {
            collect(c, out);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        kb.removeListener(listener);
        super.dispose();
    }
}
