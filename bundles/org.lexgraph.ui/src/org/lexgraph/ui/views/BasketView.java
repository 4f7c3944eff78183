package org.lexgraph.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.BasketExport;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.PersonalData;
import org.lexgraph.core.QuoteView;
import org.lexgraph.core.TaxonomyEntry;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Baskets: the quotes of one basket in order, each with its citation (Leidraad, with pinpoint), note and asks. Quotes
 * come from the Document view (select words, Add to Basket or Ctrl+Shift+B) and from search hits (context menu, or
 * drag them here). Reorder, edit the note and the asks, copy a quote with its citation (plain text and HTML), export
 * the basket; before an export the quotes are scanned for personal data, which one click blanks.
 */
public class BasketView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.basket";
    /** What a drag from Lexgraph carries: {@code lexgraph-quote:SOURCE:PASSAGE:START:END} (START, END optional). */
    public static final String DRAG_PREFIX = "lexgraph-quote:";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Combo baskets;
    private Label status;
    private TableViewer viewer;
    private List<QuoteView> quotes = List.of();
    /** The basket new quotes go to. */
    private static String current;

    /** The basket the user works in (the last one chosen or added to), or a default name. */
    public static String currentBasket() {
        return current == null ? Messages.Basket_defaultName : current;
    }

    /** Adds words of a passage to the current basket (asking for the basket the first time) and shows it. */
    public static void add(IWorkbenchPage page, String sourceId, String passageId, Integer from, Integer to) {
        KnowledgeBaseSession s = LexgraphUiPlugin.knowledgeBase().session().orElse(null);
        if (s == null) {
            return;
        }
        if (current == null) {
            InputDialog d = new InputDialog(page.getWorkbenchWindow().getShell(), Messages.Basket_chooseTitle,
                    Messages.Basket_chooseMessage, s.baskets().names().keySet().stream().findFirst()
                            .orElse(Messages.Basket_defaultName), n -> n.isBlank() ? Messages.Basket_needsName : null);
            if (d.open() != Window.OK) {
                return;
            }
            current = d.getValue().strip();
        }
        try {
            s.baskets().addQuote(current, sourceId, passageId, from, to, null);
            BasketView v = (BasketView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            v.refresh();
        } catch (KnowledgeBaseException | PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Basket_chooseTitle, e.getMessage());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Label l = new Label(parent, SWT.NONE);
        l.setText(Messages.Basket_basket);
        baskets = WidgetIds.tag(new Combo(parent, SWT.DROP_DOWN), "basket.name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(baskets);
        baskets.setToolTipText(Messages.Basket_nameTip);
        status = WidgetIds.tag(new Label(parent, SWT.WRAP), "basket.status");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), "basket.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
        column(Messages.Basket_colQuote, 240, q -> "\u201c" + q.text().strip().replaceAll("\\s+", " ") + "\u201d");
        column(Messages.Basket_colCitation, 220, q -> q.citation() + (q.changed() ? "  \u26a0" : ""));
        column(Messages.Basket_colAsks, 80, q -> String.join(", ", q.asks()));
        column(Messages.Basket_colNote, 200, q -> q.note() == null ? "" : q.note());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> {
            if (selected() instanceof QuoteView q) {
                DocumentView.show(getSite().getPage(), q.sourceId(), q.passageId());
            }
        });
        baskets.addListener(SWT.Selection, e -> {
            current = baskets.getText();
            refresh();
        });
        baskets.addListener(SWT.DefaultSelection, e -> {
            current = baskets.getText().strip();
            refresh();
        });
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        var images = PlatformUI.getWorkbench().getSharedImages();
        toolbar.add(action(Messages.Basket_up, images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK), () -> move(-1)));
        toolbar.add(action(Messages.Basket_down, images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD),
                () -> move(1)));
        toolbar.add(action(Messages.Basket_note, images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE), this::editNote));
        toolbar.add(action(Messages.Basket_asks, images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT),
                this::editAsks));
        toolbar.add(action(Messages.Basket_copy, images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY),
                this::copySelected));
        Action group = new Action(Messages.Basket_group, org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                viewer.setComparator(isChecked() ? new org.eclipse.jface.viewers.ViewerComparator() {
                    @Override
                    public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                        String x = ((QuoteView) a).asks().isEmpty() ? "\uffff" : ((QuoteView) a).asks().get(0);
                        String y = ((QuoteView) b).asks().isEmpty() ? "\uffff" : ((QuoteView) b).asks().get(0);
                        return x.compareTo(y); // stable: the basket's order within an ask
                    }
                } : null);
            }
        };
        group.setToolTipText(Messages.Basket_group);
        group.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        toolbar.add(group);
        toolbar.add(action(Messages.Basket_remove, images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE),
                this::remove));
        toolbar.add(action(Messages.Basket_export, images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT),
                this::exportDialog));
        // search hits and document selections dropped here become quotes
        DropTarget drop = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(TextTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String s) {
                    dropped(s);
                }
            }
        });
        kb.addListener(listener);
        refresh();
    }

    private interface Text {
        String of(QuoteView q);
    }

    private void column(String title, int width, Text text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((QuoteView) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((QuoteView) element).changed() ? Messages.Basket_changed : null;
            }
        });
    }

    private static Action action(String text, org.eclipse.jface.resource.ImageDescriptor image, Runnable run) {
        Action a = new Action(text, image) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text);
        return a;
    }

    private Object selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /** A drop from a search hit or the Document view: {@link #DRAG_PREFIX}SOURCE:PASSAGE[:START:END]. */
    public void dropped(String data) {
        if (!data.startsWith(DRAG_PREFIX)) {
            return;
        }
        String[] f = data.substring(DRAG_PREFIX.length()).split(":");
        if (f.length < 2) {
            return;
        }
        if (current == null) {
            current = baskets.getText().isBlank() ? Messages.Basket_defaultName : baskets.getText().strip();
        }
        add(getSite().getPage(), f[0], f[1], f.length > 3 ? Integer.valueOf(f[2]) : null,
                f.length > 3 ? Integer.valueOf(f[3]) : null);
    }

    private void refreshLater() {
        UiLater.run(viewer == null ? null : viewer.getControl(), this::refresh);
    }

    /** Reads the baskets again and shows the current one. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<KnowledgeBaseSession> s = kb.session();
        if (s.isEmpty()) {
            return;
        }
        Map<String, Integer> all = s.get().baskets().names();
        String name = current != null ? current : all.keySet().stream().findFirst().orElse(null);
        baskets.setItems(all.keySet().toArray(String[]::new));
        if (name != null) {
            baskets.setText(name);
        }
        try {
            quotes = name == null || !all.containsKey(name) ? List.of() : s.get().baskets().basket(name);
        } catch (KnowledgeBaseException e) {
            quotes = List.of();
        }
        Object sel = selected();
        viewer.setInput(quotes);
        if (sel instanceof QuoteView q) {
            quotes.stream().filter(x -> x.id().equals(q.id())).findFirst()
                    .ifPresent(x -> viewer.setSelection(new StructuredSelection(x)));
        }
        long changed = quotes.stream().filter(QuoteView::changed).count();
        status.setText(name == null ? Messages.Basket_empty : NLS.bind(Messages.Basket_status, quotes.size(), changed));
    }

    /** The quotes on show (for tests). */
    public List<QuoteView> quotes() {
        return quotes;
    }

    /** Selects a quote (for tests and keyboard users). */
    public void select(int index) {
        viewer.setSelection(new StructuredSelection(quotes.get(index)), true);
    }

    /** Moves the selected quote up (-1) or down (+1); an undoable edit. */
    public void move(int by) {
        if (!(selected() instanceof QuoteView q)) {
            return;
        }
        int at = quotes.indexOf(q);
        edit(s -> s.baskets().moveQuote(q.basket(), q.id(), Math.max(0, at + by)));
    }

    private interface Edit {
        void on(KnowledgeBaseSession s) throws KnowledgeBaseException;
    }

    private void edit(Edit e) {
        kb.session().ifPresent(s -> {
            try {
                e.on(s);
            } catch (KnowledgeBaseException ex) {
                status.setText(ex.getMessage());
            }
        });
        refresh();
    }

    private void editNote() {
        if (!(selected() instanceof QuoteView q)) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), Messages.Basket_note, Messages.Basket_noteMessage,
                q.note() == null ? "" : q.note(), null);
        if (d.open() == Window.OK) {
            edit(s -> s.baskets().setQuoteNote(q.basket(), q.id(), d.getValue().isBlank() ? null : d.getValue().strip()));
        }
    }

    private void editAsks() {
        if (!(selected() instanceof QuoteView q)) {
            return;
        }
        List<TaxonomyEntry> asks = kb.session().map(s -> s.themes().taxonomy().stream().filter(e -> e.parent() != null)
                .toList()).orElse(List.of());
        ListSelectionDialog d = ListSelectionDialog.of(asks).title(Messages.Basket_asks)
                .message(Messages.Basket_asksMessage).labelProvider(new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        TaxonomyEntry e = (TaxonomyEntry) element;
                        return e.key() + "  " + e.label();
                    }
                }).preselect(asks.stream().filter(a -> q.asks().contains(a.key())).toArray()).create(
                        getSite().getShell());
        if (d.open() == Window.OK) {
            List<String> keys = new ArrayList<>();
            for (Object o : d.getResult()) {
                keys.add(((TaxonomyEntry) o).key());
            }
            edit(s -> s.baskets().setQuoteAsks(q.basket(), q.id(), keys));
        }
    }

    private void remove() {
        if (selected() instanceof QuoteView q) {
            edit(s -> s.baskets().removeQuote(q.basket(), q.id()));
        }
    }

    /** The clipboard's plain text for a quote: the words in quotation marks, then the citation. */
    public static String plain(QuoteView q) {
        return "\u201c" + q.text().strip() + "\u201d (" + q.citation() + ")";
    }

    /** The clipboard's HTML for a quote: a blockquote and the citation, linked to the source when it has a link. */
    public static String html(QuoteView q) {
        String cite = esc(q.citation());
        return "<blockquote>" + esc(q.text().strip()) + "</blockquote><p>" + (q.permalink() == null ? cite
                : "<a href=\"" + esc(q.permalink()) + "\">" + cite + "</a>") + "</p>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Copies the selected quote with its citation, as plain text and as HTML. */
    public void copySelected() {
        if (!(selected() instanceof QuoteView q)) {
            return;
        }
        Clipboard cb = new Clipboard(viewer.getControl().getDisplay());
        try {
            cb.setContents(new Object[] {plain(q), html(q)},
                    new Transfer[] {TextTransfer.getInstance(), HTMLTransfer.getInstance()});
        } finally {
            cb.dispose();
        }
        status.setText(Messages.Basket_copied);
    }

    private void exportDialog() {
        if (quotes.isEmpty()) {
            return;
        }
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        // the formats contributed through the exporters extension point, the built-in five first
        List<org.lexgraph.core.Exporters.Format> formats = org.lexgraph.core.Exporters.available();
        d.setFilterNames(formats.stream().map(f -> f.label() + " (*." + f.extension() + ")").toArray(String[]::new));
        d.setFilterExtensions(formats.stream().map(f -> "*." + f.extension()).toArray(String[]::new));
        d.setFileName(baskets.getText().replaceAll("[^\\p{L}\\p{N}._ -]+", "_") + "." + formats.get(0).extension());
        d.setOverwrite(true);
        String file = d.open();
        if (file == null) {
            return;
        }
        String format = formats.get(Math.max(0, d.getFilterIndex())).id();
        List<PersonalData.Finding> found = new ArrayList<>();
        quotes.forEach(q -> found.addAll(q.personalData()));
        boolean redact = false;
        if (!found.isEmpty()) {
            String list = String.join("\n", found.stream().limit(12).map(f -> "\u2022 " + f.kind() + ": " + f.text())
                    .toList());
            int choice = new MessageDialog(getSite().getShell(), Messages.Basket_personalTitle, null,
                    NLS.bind(Messages.Basket_personalMessage, found.size(), list), MessageDialog.WARNING, 0,
                    Messages.Basket_redactAndExport, Messages.Basket_exportAsIs, Messages.Basket_cancel).open();
            if (choice == 2 || choice < 0) {
                return;
            }
            redact = choice == 0;
        }
        export(Path.of(file), format, redact);
    }

    /** Writes the basket on show in a format, blanking personal data when {@code redact}. */
    public void export(Path file, String format, boolean redact) {
        List<QuoteView> out = quotes.stream().map(q -> redact ? q.redacted() : q).toList();
        Map<String, String> labels = new java.util.HashMap<>();
        kb.session().ifPresent(s -> s.themes().taxonomy().forEach(t -> labels.putIfAbsent(t.key(), t.label())));
        try {
            Files.write(file, BasketExport.write(format, baskets.getText(), out, labels));
            status.setText(NLS.bind(Messages.Basket_exported, out.size(), file));
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Coverage_writeFailed, file, e.getMessage()));
        }
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
