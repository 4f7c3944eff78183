package org.lexgraph.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.query.QueryFields;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SourceGroup;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * Search: a query field with completion of field names and values, results grouped by source (the best passages
 * under each, matching words in bold), sorted by relevance or date, a facet panel whose values filter the results
 * (values of one facet: any of them; different facets: all), more results on demand, more like a passage, and saving
 * the search with its filters.
 */
public class SearchView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.search";
    /** Sources per page of results. */
    private static final int PAGE = 50;
    /** Passages shown under a source. */
    private static final int PER_SOURCE = 3;
    /** Facet values shown per facet (the most frequent; chosen ones always). */
    private static final int FACET_VALUES = 12;

    private Text query;
    private Combo sort;
    private Label status;
    private Tree facets;
    private TreeViewer results;
    private Button more;

    /** What the results on show were searched with. */
    private String shownQuery;
    private String likePassage;
    private SearchFilter filter = SearchFilter.NONE;
    private final List<SourceGroup> shown = new ArrayList<>();
    private long generation;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        query = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "search.query");
        query.setMessage(Messages.Search_hint);
        query.setToolTipText(Messages.Search_help);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        Button go = WidgetIds.tag(new Button(parent, SWT.PUSH), "search.button");
        go.setText(Messages.Search_button);
        sort = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "search.sort");
        sort.setItems(Messages.Search_sortRelevance, Messages.Search_sortDate);
        sort.select(0);
        sort.setToolTipText(Messages.Search_sortTip);
        Button save = WidgetIds.tag(new Button(parent, SWT.PUSH), "search.save");
        save.setText(Messages.Search_save);
        save.setToolTipText(Messages.Search_saveTip);
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "search.status");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
        facets = WidgetIds.tag(new Tree(sash, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "search.facets");
        facets.setToolTipText(Messages.Search_facetsTip);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        sash.setWeights(22, 78);
        results = new TreeViewer(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        WidgetIds.tag(results.getTree(), "search.results");
        results.getTree().setHeaderVisible(true);
        results.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
        column(Messages.Search_colTitle, 260, this::first);
        column(Messages.Search_colKind, 90, e -> e instanceof SourceGroup g ? new StyledString(Messages.kind(g.kind()))
                : new StyledString());
        column(Messages.Search_colDate, 80, e -> e instanceof SourceGroup g && g.date() > 0
                ? new StyledString(SearchHit.isoDate(g.date())) : new StyledString());
        column(Messages.Search_colPage, 45, e -> {
            SearchHit h = e instanceof SearchHit hit ? hit : ((SourceGroup) e).hits().get(0);
            return h.page() > 0 ? new StyledString(Integer.toString(h.page())) : new StyledString();
        });
        column(Messages.Search_colPassage, 640, e -> e instanceof SearchHit h ? Snippets.ofHit(h)
                : e instanceof SourceGroup g ? anchored(g.hits().get(0)) : new StyledString());
        results.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                // the source's row is its best passage; the others are under it
                return parent instanceof SourceGroup g && g.hits().size() > 1
                        ? g.hits().subList(1, g.hits().size()).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof SourceGroup g && g.hits().size() > 1;
            }
        });
        results.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        results.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        more = WidgetIds.tag(new Button(right, SWT.PUSH), "search.more");
        more.setText(Messages.Search_more);
        more.setEnabled(false);
        getSite().setSelectionProvider(results);

        SearchHitActions.install(this, results.getControl());

        go.addListener(SWT.Selection, e -> runSearch());
        query.addListener(SWT.DefaultSelection, e -> runSearch());
        sort.addListener(SWT.Selection, e -> rerun());
        save.addListener(SWT.Selection, e -> saveSearch());
        more.addListener(SWT.Selection, e -> search(shownQuery, likePassage, shown.size(), true));
        facets.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TreeItem item) {
                facetChecked(item);
            }
        });
        // the arrow down from the query goes to the results, as in a browser's search
        query.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && results.getTree().getItemCount() > 0) {
                results.getTree().setFocus();
                results.getTree().setSelection(results.getTree().getItem(0));
                results.setSelection(results.getSelection());
                e.doit = false;
            }
        });
        installCompletion();
    }

    private interface Cell {
        StyledString text(Object element);
    }

    private void column(String title, int width, Cell cell) {
        TreeViewerColumn c = new TreeViewerColumn(results, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new StyledCellLabelProvider() {
            @Override
            public void update(ViewerCell viewerCell) {
                StyledString s = cell.text(viewerCell.getElement());
                viewerCell.setText(s.getString());
                viewerCell.setStyleRanges(s.getStyleRanges());
                super.update(viewerCell);
            }
        });
    }

    private StyledString first(Object e) {
        if (e instanceof SourceGroup g) {
            SearchHit best = g.hits().get(0);
            StyledString title = isOthers(best) ? new StyledString(org.eclipse.osgi.util.NLS.bind(Messages.Search_from,
                    best.origin()) + "  ", StyledString.DECORATIONS_STYLER) : new StyledString();
            return title.append(g.title() == null ? "" : g.title());
        }
        SearchHit h = (SearchHit) e;
        return new StyledString(h.anchor() == null || h.anchor().isEmpty() ? "…" : h.anchor(),
                StyledString.QUALIFIER_STYLER);
    }

    /** The best passage of a source: its place (article, heading) before its snippet. */
    private static StyledString anchored(SearchHit h) {
        StyledString s = new StyledString();
        if (h.anchor() != null && !h.anchor().isEmpty()) {
            s.append(h.anchor() + "  ", StyledString.QUALIFIER_STYLER);
        }
        return s.append(Snippets.ofHit(h));
    }

    Object selected() {
        return ((IStructuredSelection) results.getSelection()).getFirstElement();
    }

    void open(Object element) {
        SearchHit h = hitOf(element);
        if (h != null && isOthers(h)) {
            // another researcher's source, from the shared collection: read-only
            SharedSourceView.show(getSite().getPage(), h.origin(), h.sourceId(), h.passageId());
        } else if (h != null) {
            DocumentView.show(getSite().getPage(), h.sourceId(), h.passageId(), likePassage == null ? shownQuery : null);
        }
    }

    /** Whether a hit comes from another knowledge base publishing into the shared collection. */
    static boolean isOthers(SearchHit h) {
        return h.origin() != null && !h.origin().equals(LexgraphUiPlugin.knowledgeBase().session()
                .flatMap(s -> s.sharing().binding()).map(org.lexgraph.core.sharing.IndexBinding::name).orElse(null));
    }

    /** A hit, or a source's best hit; null for anything else. */
    static SearchHit hitOf(Object element) {
        return element instanceof SearchHit hit ? hit : element instanceof SourceGroup g ? g.hits().get(0) : null;
    }

    /** Opens a hit in the Document view on its page as printed (a PDF's; else as text); its menu does it. */
    public void openOnPage(Object element) {
        open(element);
        if (hitOf(element) != null && getSite().getPage().findView(DocumentView.ID) instanceof DocumentView d) {
            d.showPages(true);
        }
    }

    /** Runs the query in the field with the chosen facet values kept; results arrive asynchronously. */
    public void runSearch() {
        String q = query.getText().strip();
        if (q.isEmpty()) {
            return;
        }
        if (!q.equals(shownQuery)) {
            filter = SearchFilter.NONE; // a new question starts without the facets of the last
        }
        search(q, null, 0, false);
    }

    /** Shows a search (from a saved search): its query and filters. */
    public void show(String q, SearchFilter f) {
        query.setText(q);
        filter = f == null ? SearchFilter.NONE : f;
        search(q, null, 0, false);
    }

    /** The passages like one passage, under the same filters. */
    public void searchLike(SearchHit h) {
        search(null, h.passageId(), 0, false);
    }

    private void rerun() {
        if (shownQuery != null || likePassage != null) {
            search(shownQuery, likePassage, 0, false);
        }
    }

    private void search(String q, String like, int offset, boolean append) {
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            status.setText(Messages.Search_notReady);
            return;
        }
        status.setText(Messages.Search_running);
        SearchRequest request = SearchRequest.of(q, PAGE).withOffset(offset).withFilter(filter)
                .withOrder(sort.getSelectionIndex() == 1 ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE)
                .withFacets(!append).bySource(PER_SOURCE).likePassage(like);
        long run = ++generation;
        Display display = query.getDisplay();
        Job job = Job.create(Messages.Search_running, (IProgressMonitor monitor) -> {
            SearchResult r = null;
            String error = null;
            try {
                r = session.get().search().run(request);
            } catch (QuerySyntaxException | IOException e) {
                error = NLS.bind(Messages.Search_error, e.getMessage());
            }
            SearchResult result = r;
            String message = error;
            display.asyncExec(() -> {
                if (run == generation && !results.getControl().isDisposed()) {
                    show(q, like, result, message, append);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String q, String like, SearchResult r, String error, boolean append) {
        shownQuery = q;
        likePassage = like;
        if (error != null) {
            status.setText(error);
            return;
        }
        if (!append) {
            shown.clear();
        }
        for (SourceGroup g : r.groups()) { // a page never repeats a source already shown (of the same knowledge base)
            if (shown.stream().noneMatch(s -> s.sourceId().equals(g.sourceId())
                    && java.util.Objects.equals(s.hits().get(0).origin(), g.hits().get(0).origin()))) {
                shown.add(g);
            }
        }
        results.setInput(new ArrayList<>(shown));
        String message;
        if (r.totalHits() == 0) {
            message = NLS.bind(Messages.Search_none, q == null ? "" : q);
        } else {
            String form = r.totalSources() < 0 ? (r.totalHits() == 1 ? Messages.Search_foundOne : Messages.Search_found)
                    : r.totalSources() > 1 ? Messages.Search_foundInSources
                            : r.totalHits() == 1 ? Messages.Search_foundOneInOneSource : Messages.Search_foundInOneSource;
            message = NLS.bind(form, r.totalHits(), r.totalSources());
        }
        if (like != null) {
            message = Messages.Search_likeThis + " — " + message;
        }
        // bound to a team's collection: say where the answer came from
        String shared = LexgraphUiPlugin.knowledgeBase().session().flatMap(s -> s.sharing().binding())
                .map(org.lexgraph.core.sharing.IndexBinding::location).orElse(null);
        if (shared != null) {
            message += " — " + NLS.bind(Messages.Search_shared, shared);
        }
        if (!r.alsoSearched().isEmpty()) {
            message += " — " + NLS.bind(Messages.Search_alsoSearched, String.join(", ", r.alsoSearched()));
        }
        if (!r.notice().isEmpty()) {
            message += " — " + NLS.bind(Messages.Search_notice, r.notice());
        }
        if (!filter.isEmpty()) {
            message += " — " + NLS.bind(Messages.Search_filtered, describe(filter));
        }
        status.setText(message);
        status.setToolTipText(message); // a long notice does not fit the line
        if (!append) {
            showFacets(r.facets());
        }
        more.setEnabled(r.totalSources() < 0 || shown.size() < r.totalSources());
        if (!append && !shown.isEmpty()) {
            results.getTree().setSelection(results.getTree().getItem(0));
        }
    }

    private static String describe(SearchFilter f) {
        List<String> parts = new ArrayList<>();
        f.values().forEach((field, values) -> parts.add(facetLabel(field) + ": " + String.join(" | ", values)));
        return String.join("; ", parts);
    }

    private static String facetLabel(String field) {
        return switch (field) {
            case QueryFields.KIND -> Messages.Facet_kind;
            case QueryFields.YEAR -> Messages.Facet_year;
            case QueryFields.MUNICIPALITY -> Messages.Facet_municipality;
            case QueryFields.ACTOR -> Messages.Facet_actor;
            case QueryFields.THEME -> Messages.Facet_theme;
            case QueryFields.COLLECTION -> Messages.Facet_collection;
            case QueryFields.COURT -> Messages.Facet_court;
            default -> field;
        };
    }

    /** Rebuilds the facet panel: per field its most frequent values with counts; the chosen ones checked. */
    private void showFacets(Map<String, Map<String, Long>> counts) {
        facets.setRedraw(false);
        try {
            facets.removeAll();
            for (String field : QueryFields.FACET_FIELDS) {
                Map<String, Long> values = counts.getOrDefault(field, Map.of());
                java.util.Set<String> chosen = filter.values(field);
                if (values.isEmpty() && chosen.isEmpty()) {
                    continue;
                }
                TreeItem head = new TreeItem(facets, SWT.NONE);
                head.setText(facetLabel(field));
                head.setData(new String[] {field, null});
                List<Map.Entry<String, Long>> top = values.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
                int n = 0;
                for (Map.Entry<String, Long> e : top) {
                    boolean isChosen = chosen.stream().anyMatch(c -> c.equalsIgnoreCase(e.getKey()));
                    if (n++ >= FACET_VALUES && !isChosen) {
                        continue;
                    }
                    TreeItem item = new TreeItem(head, SWT.NONE);
                    String label = QueryFields.KIND.equals(field) ? Messages.kind(e.getKey()) : e.getKey();
                    item.setText(label + "  (" + e.getValue() + ")");
                    item.setData(new String[] {field, e.getKey()});
                    item.setChecked(isChosen);
                }
                for (String c : chosen) {
                    if (values.keySet().stream().noneMatch(v -> v.equalsIgnoreCase(c))) {
                        TreeItem item = new TreeItem(head, SWT.NONE);
                        item.setText(c + "  (0)");
                        item.setData(new String[] {field, c});
                        item.setChecked(true);
                    }
                }
                head.setExpanded(!chosen.isEmpty() || field.equals(QueryFields.KIND)
                        || field.equals(QueryFields.MUNICIPALITY) || field.equals(QueryFields.THEME));
            }
        } finally {
            facets.setRedraw(true);
        }
    }

    private void facetChecked(TreeItem item) {
        String[] data = (String[]) item.getData();
        if (data[1] == null) {
            item.setChecked(false); // a facet's heading is not a value
            return;
        }
        String existing = filter.values(data[0]).stream().filter(v -> v.equalsIgnoreCase(data[1])).findFirst()
                .orElse(null);
        filter = existing != null ? filter.without(data[0], existing) : filter.with(data[0], data[1]);
        rerun();
    }

    /** The facet values that can be chosen now, as "field=value" (for tests). */
    public List<String> facetValues() {
        List<String> out = new ArrayList<>();
        for (TreeItem head : facets.getItems()) {
            for (TreeItem item : head.getItems()) {
                String[] d = (String[]) item.getData();
                out.add(d[0] + "=" + d[1]);
            }
        }
        return out;
    }

    /** Chooses or clears one facet value, as a click on its box does (for tests and keyboard users). */
    public void toggleFacet(String field, String value) {
        for (TreeItem head : facets.getItems()) {
            for (TreeItem item : head.getItems()) {
                String[] d = (String[]) item.getData();
                if (d[0].equals(field) && d[1].equalsIgnoreCase(value)) {
                    item.setChecked(!item.getChecked());
                    facetChecked(item);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no facet value " + field + "=" + value);
    }

    /** The query whose results (or error) are on show, as typed. */
    public String shownQuery() {
        return shownQuery;
    }

    /** The sources on show, in order (for tests). */
    public List<SourceGroup> shownSources() {
        return List.copyOf(shown);
    }

    public SearchFilter filter() {
        return filter;
    }

    private void saveSearch() {
        String q = shownQuery != null ? shownQuery : query.getText().strip();
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (q.isEmpty() || session.isEmpty()) {
            status.setText(Messages.Search_saveNothing);
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Search_saveTitle,
                NLS.bind(Messages.Search_saveMessage, q), q, name -> name.isBlank() ? Messages.Search_saveNeedsName
                        : null);
        if (dialog.open() != InputDialog.OK) {
            return;
        }
        try {
            session.get().search().saveSearch(dialog.getValue().strip(), q, filter);
            status.setText(NLS.bind(Messages.Search_saved, dialog.getValue().strip()));
            SavedSearchesView.refreshIfOpen(getSite().getPage());
        } catch (KnowledgeBaseException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Search_saveTitle, e.getMessage());
        }
    }

    /** Ctrl+Space (or typing a field's colon) proposes field names, then the values and identifiers of the base. */
    private void installCompletion() {
        ContentProposalAdapter adapter = new ContentProposalAdapter(query, new TextContentAdapter(),
                (contents, position) -> proposals(contents.substring(0, position)),
                KeyStroke.getInstance(SWT.CTRL, ' '), new char[] {':'});
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
        adapter.addContentProposalListener(p -> {
            // replace the word being typed with the proposal
            String text = query.getText();
            int caret = query.getCaretPosition();
            int start = wordStart(text, caret);
            String word = text.substring(start, caret);
            int colon = word.indexOf(':');
            int from = colon >= 0 && !p.getContent().contains(":") ? start + colon + 1 : start;
            String value = p.getContent();
            String inserted = value.contains(" ") && colon >= 0 && !value.contains(":") ? "\"" + value + "\"" : value;
            query.setText(text.substring(0, from) + inserted + text.substring(caret));
            query.setSelection(from + inserted.length());
        });
    }

    private static int wordStart(String text, int caret) {
        int i = caret;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The proposals for the word before the caret (for tests: the same as the popup shows). */
    public IContentProposal[] proposals(String beforeCaret) {
        String word = beforeCaret.substring(wordStart(beforeCaret, beforeCaret.length()));
        List<IContentProposal> out = new ArrayList<>();
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        int colon = word.indexOf(':');
        if (colon < 0) {
            for (String f : org.lexgraph.core.search.SearchService.QUERY_FIELDS) {
                if (f.startsWith(word.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new ContentProposal(f, f, null));
                }
            }
            // identifiers typed as they are: ECLI:..., BWBR..., CVDR...
            if (session.isPresent() && word.length() >= 2) {
                for (String id : session.get().search().suggestions("id", word, 10)) {
                    out.add(new ContentProposal(id, id, null));
                }
            }
        } else if (session.isPresent()) {
            String field = word.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            String prefix = word.substring(colon + 1).replace("\"", "");
            if (field.equals("ecli") && prefix.regionMatches(true, 0, "ECLI:", 0, Math.min(5, prefix.length()))) {
                field = "id";
            }
            for (String v : session.get().search().suggestions(field, prefix, 30)) {
                out.add(new ContentProposal(v, v, null));
            }
            if (field.equals("ecli")) {
                for (String v : session.get().search().suggestions("id", "ECLI:" + prefix, 30)) {
                    out.add(new ContentProposal(v, v, null));
                }
            }
        }
        return out.toArray(IContentProposal[]::new);
    }


    @Override
    public void setFocus() {
        query.setFocus();
    }
}
