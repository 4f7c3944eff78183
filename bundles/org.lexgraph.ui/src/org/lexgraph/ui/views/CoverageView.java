package org.lexgraph.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.lexgraph.core.CoverageExport;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.themes.Themes;
import org.lexgraph.query.QueryFields;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;
import org.lexgraph.ui.WorkbenchKnowledgeBase;

/**
 * Coverage: the matrix of municipality (or source kind, or year) × ask, each cell the confirmed / proposed links; an
 * empty cell is shaded red and reads 0, because where nothing addresses an ask is the lobbyist's argument. A
 * double-click on a cell shows its passages in the Search view; the toolbar exports CSV, SVG and PNG. Follows every
 * change of the knowledge base.
 */
public class CoverageView extends ViewPart {

    public static final String ID = "org.lexgraph.ui.views.coverage";

    private final WorkbenchKnowledgeBase kb = LexgraphUiPlugin.knowledgeBase();
    private final Runnable listener = this::refreshLater;
    private Combo by;
    private Label status;
    private Table table;
    private Color empty;
    private Color some;
    private Themes.Coverage coverage;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Label l = new Label(parent, SWT.NONE);
        l.setText(Messages.Coverage_by);
        by = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "coverage.by");
        by.setItems(Messages.Coverage_byMunicipality, Messages.Coverage_byKind, Messages.Coverage_byYear);
        by.select(0);
        status = WidgetIds.tag(new Label(parent, SWT.WRAP), "coverage.status");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        table = WidgetIds.tag(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
                | SWT.H_SCROLL), "coverage.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
        empty = new Color(253, 226, 226);
        some = new Color(214, 240, 214);
        by.addListener(SWT.Selection, e -> refresh());
        table.addListener(SWT.MouseDoubleClick, e -> openCell(new Point(e.x, e.y)));
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(export(Messages.Coverage_exportCsv, "csv"));
        toolbar.add(export(Messages.Coverage_exportSvg, "svg"));
        toolbar.add(export(Messages.Coverage_exportPng, "png"));
        kb.addListener(listener);
        refresh();
    }

    private Themes.By chosen() {
        return switch (by.getSelectionIndex()) {
            case 1 -> Themes.By.KIND;
            case 2 -> Themes.By.YEAR;
            default -> Themes.By.MUNICIPALITY;
        };
    }

    private void refreshLater() {
        UiLater.run(table, this::refresh);
    }

    /** Counts again and redraws the matrix. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        Optional<KnowledgeBaseSession> s = kb.session();
        if (s.isEmpty()) {
            status.setText(Messages.Search_notReady);
            return;
        }
        coverage = s.get().themes().coverage(chosen());
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            TableColumn first = new TableColumn(table, SWT.LEFT);
            first.setText(chosen() == Themes.By.KIND ? Messages.Facet_kind : chosen() == Themes.By.YEAR
                    ? Messages.Facet_year : Messages.Facet_municipality);
            first.setWidth(170);
            for (String ask : coverage.asks()) {
                TableColumn c = new TableColumn(table, SWT.CENTER);
                c.setText(ask);
                c.setToolTipText(coverage.askLabels().getOrDefault(ask, ""));
                c.setWidth(62);
            }
            int emptyCells = 0;
            for (Themes.Coverage.Row row : coverage.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, chosen() == Themes.By.KIND ? Messages.kind(row.value()) : row.value());
                int col = 1;
                for (String ask : coverage.asks()) {
                    Themes.Coverage.Cell cell = row.cells().get(ask);
                    item.setText(col, cell.isEmpty() ? "0" : cell.confirmed() + " / " + cell.proposed());
                    item.setBackground(col, cell.isEmpty() ? empty : some);
                    emptyCells += cell.isEmpty() ? 1 : 0;
                    col++;
                }
            }
            status.setText(NLS.bind(Messages.Coverage_status, new Object[] {coverage.rows().size(),
                    coverage.asks().size(), emptyCells}));
        } finally {
            table.setRedraw(true);
        }
    }

    /** The text of a cell (row, ask), for tests: "2 / 5", or "0". */
    public String cell(String rowValue, String ask) {
        for (Themes.Coverage.Row r : coverage.rows()) {
            if (r.value().equals(rowValue)) {
                Themes.Coverage.Cell c = r.cells().get(ask);
                return c.isEmpty() ? "0" : c.confirmed() + " / " + c.proposed();
            }
        }
        return null;
    }

    public Themes.Coverage coverage() {
        return coverage;
    }

    /** The passages of a cell: the Search view with the ask and the row as filters. */
    private void openCell(Point p) {
        TableItem item = table.getItem(p);
        if (item == null || coverage == null) {
            return;
        }
        int row = table.indexOf(item);
        for (int col = 1; col < table.getColumnCount(); col++) {
            if (item.getBounds(col).contains(p)) {
                openCell(coverage.rows().get(row).value(), coverage.asks().get(col - 1));
                return;
            }
        }
    }

    /** Shows the passages of one cell in the Search view. */
    public void openCell(String rowValue, String ask) {
        SearchFilter f = SearchFilter.NONE;
        if (!rowValue.equals(Themes.NONE)) {
            f = f.with(switch (chosen()) {
                case KIND -> QueryFields.KIND;
                case YEAR -> QueryFields.YEAR;
                default -> QueryFields.MUNICIPALITY;
            }, rowValue);
        }
        try {
            SearchView search = (SearchView) getSite().getPage().showView(SearchView.ID);
            search.show("theme:" + ask, f);
        } catch (PartInitException e) {
            LexgraphUiPlugin.getDefault().getLog().error("cannot open the search view", e);
        }
    }

    private Action export(String text, String format) {
        Action a = new Action(format.toUpperCase(java.util.Locale.ROOT) + "…") {
            @Override
            public void run() {
                if (coverage == null) {
                    return;
                }
                FileDialog d = new FileDialog(table.getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] {"*." + format});
                d.setFileName("coverage-" + chosen().key() + "." + format);
                d.setOverwrite(true);
                String file = d.open();
                if (file != null) {
                    write(Path.of(file), format);
                }
            }
        };
        a.setToolTipText(text);
        return a;
    }

    /** Writes the matrix on show as CSV, SVG or PNG. */
    public void write(Path file, String format) {
        String title = NLS.bind(Messages.Coverage_title, chosen().key());
        try {
            switch (format) {
                case "csv" -> Files.writeString(file, CoverageExport.csv(coverage));
                case "svg" -> Files.writeString(file, CoverageExport.svg(coverage, title));
                default -> Files.write(file, CoverageExport.png(coverage, title));
            }
            status.setText(NLS.bind(Messages.Coverage_written, file));
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Coverage_writeFailed, file, e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        kb.removeListener(listener);
        if (empty != null) {
            empty.dispose();
            some.dispose();
        }
        super.dispose();
    }
}
