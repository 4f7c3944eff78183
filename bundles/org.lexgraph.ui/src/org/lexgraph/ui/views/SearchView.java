package org.lexgraph.ui.views;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.index.QuerySyntaxException;
import org.lexgraph.index.SearchHit;
import org.lexgraph.index.SearchResult;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/** Search: a query field and the passages found, with source, kind, page and the matching words in bold. */
public class SearchView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.search";
    private static final int LIMIT = 200;

    private Text query;
    private Label status;
    private TableViewer results;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        query = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "search.query");
        query.setMessage(Messages.Search_hint);
        query.setToolTipText(Messages.Search_help);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        Button go = WidgetIds.tag(new Button(parent, SWT.PUSH), "search.button");
        go.setText(Messages.Search_button);
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "search.status");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        WidgetIds.tag(results.getTable(), "search.results");
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(results.getControl());
        textColumn(Messages.Search_colTitle, 220, h -> h.title());
        textColumn(Messages.Search_colKind, 90, h -> Messages.kind(h.kind()));
        textColumn(Messages.Search_colPage, 50, h -> h.page() > 0 ? Integer.toString(h.page()) : "");
        TableViewerColumn snippet = new TableViewerColumn(results, SWT.LEFT);
        snippet.getColumn().setText(Messages.Search_colPassage);
        snippet.getColumn().setWidth(700);
        snippet.setLabelProvider(new StyledCellLabelProvider() {
            @Override
            public void update(ViewerCell cell) {
                SearchHit h = (SearchHit) cell.getElement();
                StyledString s = new StyledString();
                if (h.anchor() != null && !h.anchor().isEmpty()) {
                    s.append(h.anchor() + "  ", StyledString.QUALIFIER_STYLER);
                }
                s.append(Snippets.styled(h.snippet()));
                cell.setText(s.getString());
                cell.setStyleRanges(s.getStyleRanges());
                super.update(cell);
            }
        });
        results.setContentProvider(ArrayContentProvider.getInstance());
        results.addOpenListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof SearchHit h) {
                DocumentView.show(getSite().getPage(), h.sourceId(), h.passageId());
            }
        });
        getSite().setSelectionProvider(results);
        go.addListener(SWT.Selection, e -> runSearch());
        query.addListener(SWT.DefaultSelection, e -> runSearch());
    }

    private interface HitText {
        String text(SearchHit hit);
    }

    private void textColumn(String title, int width, HitText text) {
        TableViewerColumn c = new TableViewerColumn(results, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.text((SearchHit) element);
            }
        });
    }

    /** Runs the query in the field; results arrive asynchronously. */
    public void runSearch() {
        String q = query.getText().strip();
        if (q.isEmpty()) {
            return;
        }
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            status.setText(Messages.Search_notReady);
            return;
        }
        status.setText(Messages.Search_running);
        Display display = query.getDisplay();
        Job job = Job.create(Messages.Search_running, (IProgressMonitor monitor) -> {
            String message;
            List<SearchHit> hits = List.of();
            try {
                SearchResult r = session.get().search(q, LIMIT, org.lexgraph.index.SearchFilter.NONE, true);
                hits = r.hits();
                message = r.totalHits() == 0 ? NLS.bind(Messages.Search_none, q)
                        : r.totalHits() == 1 ? Messages.Search_foundOne : NLS.bind(Messages.Search_found, r.totalHits());
                if (!r.alsoSearched().isEmpty()) {
                    message += " — " + NLS.bind(Messages.Search_alsoSearched, String.join(", ", r.alsoSearched()));
                }
                java.util.Map<String, Long> kinds = r.facets().getOrDefault("kind", java.util.Map.of());
                if (kinds.size() > 1) {
                    message += " — " + String.join(", ", kinds.entrySet().stream()
                            .map(e -> Messages.kind(e.getKey()) + " " + e.getValue()).toList());
                }
            } catch (QuerySyntaxException e) {
                message = NLS.bind(Messages.Search_error, e.getMessage());
            } catch (IOException e) {
                message = NLS.bind(Messages.Search_error, e.getMessage());
            }
            List<SearchHit> shown = hits;
            String text = message;
            display.asyncExec(() -> show(text, shown));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String message, List<SearchHit> hits) {
        if (results.getControl().isDisposed()) {
            return;
        }
        results.setInput(hits);
        status.setText(message);
        if (!hits.isEmpty()) {
            results.getTable().setSelection(0);
        }
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }
}
