package org.lexgraph.ui.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.compare.CompareUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.versions.Versions.VersionInfo;
import org.lexgraph.query.SearchHit;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.compare.VersionCompareInput;

/**
 * The timeline of the regulation selected in the Library or the Search view: its versions, oldest first, with the
 * days they were in force and the publication that made each. Opening a version (double-click, Enter) compares it
 * with the one before it in Eclipse Compare.
 */
public final class VersionsView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.versions";

    private TableViewer viewer;
    private Label heading;
    private org.eclipse.swt.widgets.Button link;
    private List<String> suggested = List.of();
    /** Per version: how many articles differ from the version before it ("4 of 4"). */
    private final java.util.Map<VersionInfo, String> changes = new java.util.HashMap<>();
    private String shown;
    private final ISelectionListener selectionListener = (IWorkbenchPart part, org.eclipse.jface.viewers.ISelection s) -> {
        if (part != this && s instanceof IStructuredSelection ss) {
            Object first = ss.getFirstElement();
            if (first instanceof SourceSummary summary && summary.kind() == SourceKind.REGULATION) {
                show(summary.id());
            } else if (first instanceof SearchHit hit && SourceKind.REGULATION.key().equals(hit.kind())) {
                show(hit.sourceId());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        heading = new Label(root, SWT.WRAP);
        heading.setText(Messages.Versions_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        // regulations that look like versions of this one (same title and authority, no work id): the user decides
        link = new org.eclipse.swt.widgets.Button(root, SWT.PUSH);
        link.setText(Messages.Versions_link);
        WidgetIds.tag(link, "versions.link");
        GridDataFactory.fillDefaults().exclude(true).applyTo(link);
        link.setVisible(false);
        link.addListener(SWT.Selection, e -> linkSuggested());
        viewer = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), "versions.table");
        viewer.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        column(Messages.Versions_colVersion, 190, VersionInfo::label);
        column(Messages.Versions_colFrom, 110, v -> v.validFrom() == null ? "" : v.validFrom().toString());
        column(Messages.Versions_colUntil, 90, v -> v.effectiveTo() == null ? "" : v.effectiveTo().toString());
        column(Messages.Versions_colPublication, 130, v -> v.publication() == null ? "" : v.publication());
        column(Messages.Versions_colChange, 110, v -> v.change() == null ? "" : v.change());
        column(Messages.Versions_colArticles, 60, v -> Integer.toString(v.articles()));
        column(Messages.Versions_colChanged, 120, v -> changes.getOrDefault(v, ""));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof VersionInfo v) {
                compareWithPrevious(v);
            }
        });
        getSite().getPage().addPostSelectionListener(selectionListener);
        // the view may open after the user chose a regulation: show what is selected now
        selectionListener.selectionChanged(null, getSite().getPage().getSelection(LibraryView.ID));
    }

    private void column(String title, int width, Function<VersionInfo, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((VersionInfo) element);
            }
        });
    }

    /** Shows the versions of a regulation source. */
    public void show(String sourceId) {
        Optional<KnowledgeBaseSession> s = LexgraphUiPlugin.knowledgeBase().session();
        if (s.isEmpty() || viewer.getControl().isDisposed()) {
            return;
        }
        shown = sourceId;
        List<VersionInfo> chain = s.get().versions().of(sourceId);
        changes.clear();
        for (int i = 1; i < chain.size(); i++) {
            try {
                List<org.lexgraph.core.versions.ArticleAligner.Aligned> rows = s.get().versions().compareVersions(ref(chain.get(i - 1)),
                        ref(chain.get(i)));
                long changed = rows.stream().filter(r -> r.change()
                        != org.lexgraph.core.versions.ArticleAligner.Change.UNCHANGED).count();
                changes.put(chain.get(i), NLS.bind(Messages.Versions_changedCount, changed, rows.size()));
            } catch (KnowledgeBaseException e) {
                changes.put(chain.get(i), "?");
            }
        }
        viewer.setInput(chain);
        heading.setText(chain.isEmpty() ? Messages.Versions_hint
                : NLS.bind(Messages.Versions_heading, chain.get(chain.size() - 1).title(), chain.size()));
        suggested = chain.size() > 1 ? List.of() : s.get().versions().versionSuggestions().stream()
                .filter(g -> g.sourceIds().contains(sourceId)).findFirst()
                .map(org.lexgraph.core.versions.Versions.Suggestion::sourceIds).orElse(List.of());
        if (!suggested.isEmpty()) {
            heading.setText(NLS.bind(Messages.Versions_suggested, suggested.size()));
        }
        link.setVisible(!suggested.isEmpty());
        ((org.eclipse.swt.layout.GridData) link.getLayoutData()).exclude = suggested.isEmpty();
        heading.getParent().layout();
    }

    /** Confirms the suggested versions as one regulation (an edit: Edit › Undo takes it back). */
    private void linkSuggested() {
        Optional<KnowledgeBaseSession> s = LexgraphUiPlugin.knowledgeBase().session();
        if (s.isEmpty() || suggested.isEmpty()) {
            return;
        }
        try {
            s.get().versions().linkVersions(suggested);
            show(shown);
        } catch (KnowledgeBaseException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Compare_titleShort, e.getMessage());
        }
    }

    /** Opens Eclipse Compare on a version and the one before it; for the first version, on it and the next. */
    public void compareWithPrevious(VersionInfo v) {
        @SuppressWarnings("unchecked")
        List<VersionInfo> chain = (List<VersionInfo>) viewer.getInput();
        int i = chain.indexOf(v);
        if (chain.size() < 2 || i < 0) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Compare_titleShort, Messages.Versions_onlyOne);
            return;
        }
        VersionInfo older = i == 0 ? chain.get(0) : chain.get(i - 1);
        VersionInfo newer = i == 0 ? chain.get(1) : chain.get(i);
        try {
            VersionCompareInput input = input(older, newer);
            getSite().getPage().setEditorAreaVisible(true);
            CompareUI.openCompareEditor(input);
        } catch (KnowledgeBaseException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Compare_titleShort, e.getMessage());
        }
    }

    /** The comparison of two versions of the chain (older first). */
    public static VersionCompareInput input(VersionInfo older, VersionInfo newer) throws KnowledgeBaseException {
        KnowledgeBaseSession s = LexgraphUiPlugin.knowledgeBase().session()
                .orElseThrow(() -> new KnowledgeBaseException("no knowledge base is open"));
        return new VersionCompareInput(older.label(), newer.label(), s.versions().compareVersions(ref(older), ref(newer)));
    }

    /** How the core names a version: its version id, or its source when it has none. */
    private static String ref(VersionInfo v) {
        return v.versionId() != null ? v.versionId() : v.sourceId();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
