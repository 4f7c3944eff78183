package org.lexgraph.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.tables.TermTables.LawNameRow;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;
import org.lexgraph.ui.WidgetIds;

/**
 * Window › Preferences › Lexgraph: the knowledge base to open by default, the languages of scans, the limits of an
 * import (the workbench's settings), and the open knowledge base's thesaurus and law names as tables (its files).
 * Bad values are named and nothing is saved until they are right.
 */
public class LexgraphPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text knowledgeBase;
    private Text ocrLanguages;
    private Spinner maxFileMb;
    private Spinner maxTextChars;
    private Spinner timeout;
    private Spinner threads;
    private RowsTable thesaurus;
    private RowsTable lawNames;
    private List<List<String>> thesaurusShown = List.of();
    private List<List<String>> lawNamesShown = List.of();

    @Override
    public void init(IWorkbench workbench) {
        IPreferenceStore store = LexgraphUiPlugin.getDefault().getPreferenceStore();
        WorkbenchPreferences.initialise(store);
        setPreferenceStore(store);
        setDescription(Messages.Prefs_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        TabFolder tabs = WidgetIds.tag(new TabFolder(parent, SWT.TOP), "prefs.tabs");
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 380).applyTo(tabs);
        tab(tabs, Messages.Prefs_general, this::general);
        tab(tabs, Messages.Prefs_thesaurus, c -> {
            label(c, Messages.Prefs_thesaurusHelp);
            thesaurus = new RowsTable(c, "prefs.thesaurus", List.of(Messages.Prefs_thesaurusColumn), List.of(520));
        });
        tab(tabs, Messages.Prefs_lawNames, c -> {
            label(c, Messages.Prefs_lawNamesHelp);
            lawNames = new RowsTable(c, "prefs.lawNames", List.of(Messages.Prefs_lawName, Messages.Prefs_lawBook,
                    Messages.Prefs_lawId), List.of(280, 60, 160));
        });
        loadTables();
        return tabs;
    }

    private interface Contents {
        void fill(Composite c);
    }

    private static void tab(TabFolder tabs, String title, Contents contents) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        contents.fill(c);
        item.setControl(c);
    }

    private void general(Composite c) {
        IPreferenceStore s = getPreferenceStore();
        new Label(c, SWT.NONE).setText(Messages.Prefs_knowledgeBase);
        knowledgeBase = WidgetIds.tag(new Text(c, SWT.BORDER), "prefs.knowledgeBase");
        knowledgeBase.setText(s.getString(WorkbenchPreferences.KNOWLEDGE_BASE));
        knowledgeBase.setMessage(Messages.Prefs_knowledgeBaseHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(knowledgeBase);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Prefs_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(knowledgeBase.getText());
            String dir = d.open();
            if (dir != null) {
                knowledgeBase.setText(dir);
            }
        });
        label(c, Messages.Prefs_knowledgeBaseNote);
        new Label(c, SWT.NONE).setText(Messages.Prefs_ocrLanguages);
        ocrLanguages = WidgetIds.tag(new Text(c, SWT.BORDER), "prefs.ocrLanguages");
        ocrLanguages.setText(s.getString(WorkbenchPreferences.OCR_LANGUAGES));
        ocrLanguages.addListener(SWT.Modify, e -> setErrorMessage(null)); // said again at OK if still wrong
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(ocrLanguages);
        maxFileMb = spinner(c, Messages.Prefs_maxFileMb, "prefs.maxFileMb", 1, 10_000,
                s.getInt(WorkbenchPreferences.MAX_FILE_MB));
        maxTextChars = spinner(c, Messages.Prefs_maxTextChars, "prefs.maxTextChars", 1, 1_000,
                s.getInt(WorkbenchPreferences.MAX_TEXT_MILLION_CHARS));
        timeout = spinner(c, Messages.Prefs_timeout, "prefs.timeout", 5, 3_600, s.getInt(WorkbenchPreferences.TIMEOUT_SECONDS));
        threads = spinner(c, Messages.Prefs_threads, "prefs.threads", 1, 64, s.getInt(WorkbenchPreferences.THREADS));
    }

    private static Spinner spinner(Composite c, String label, String id, int min, int max, int value) {
        new Label(c, SWT.NONE).setText(label);
        Spinner sp = WidgetIds.tag(new Spinner(c, SWT.BORDER), id);
        sp.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
        GridDataFactory.fillDefaults().span(2, 1).hint(90, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(sp);
        return sp;
    }

    private static void label(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(l);
    }

    /** The open knowledge base's tables (none open: the tabs say so and stay empty). */
    private void loadTables() {
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        if (session.isEmpty()) {
            thesaurus.setEnabled(false);
            lawNames.setEnabled(false);
            return;
        }
        try {
            List<List<String>> rows = new ArrayList<>();
            session.get().tables().thesaurus().forEach(r -> rows.add(List.of(r)));
            thesaurusShown = rows;
            thesaurus.setRows(rows);
            List<List<String>> names = new ArrayList<>();
            session.get().tables().lawNames().forEach(r -> names.add(List.of(r.name(), r.book(), r.id())));
            lawNamesShown = names;
            lawNames.setRows(names);
        } catch (KnowledgeBaseException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void performDefaults() {
        IPreferenceStore s = getPreferenceStore();
        knowledgeBase.setText(s.getDefaultString(WorkbenchPreferences.KNOWLEDGE_BASE));
        ocrLanguages.setText(s.getDefaultString(WorkbenchPreferences.OCR_LANGUAGES));
        maxFileMb.setSelection(s.getDefaultInt(WorkbenchPreferences.MAX_FILE_MB));
        maxTextChars.setSelection(s.getDefaultInt(WorkbenchPreferences.MAX_TEXT_MILLION_CHARS));
        timeout.setSelection(s.getDefaultInt(WorkbenchPreferences.TIMEOUT_SECONDS));
        threads.setSelection(s.getDefaultInt(WorkbenchPreferences.THREADS));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        String languages = ocrLanguages.getText().strip();
        if (!languages.isEmpty() && !languages.matches("[a-z_]{3,}(\\s*[+,]\\s*[a-z_]{3,})*")) {
            setErrorMessage(org.eclipse.osgi.util.NLS.bind(Messages.Prefs_badLanguages, languages));
            return false;
        }
        Optional<KnowledgeBaseSession> session = LexgraphUiPlugin.knowledgeBase().session();
        try {
            if (session.isPresent() && !thesaurus.rows().equals(thesaurusShown)) {
                session.get().tables().saveThesaurus(thesaurus.rows().stream().map(r -> r.get(0)).toList());
                thesaurusShown = thesaurus.rows();
            }
            if (session.isPresent() && !lawNames.rows().equals(lawNamesShown)) {
                session.get().tables().saveLawNames(lawNames.rows().stream()
                        .map(r -> new LawNameRow(r.get(0), r.get(1), r.get(2))).toList());
                lawNamesShown = lawNames.rows();
            }
        } catch (KnowledgeBaseException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        IPreferenceStore s = getPreferenceStore();
        s.setValue(WorkbenchPreferences.KNOWLEDGE_BASE, knowledgeBase.getText().strip());
        s.setValue(WorkbenchPreferences.OCR_LANGUAGES, languages.replaceAll("\\s*[+,]\\s*", "+"));
        s.setValue(WorkbenchPreferences.MAX_FILE_MB, maxFileMb.getSelection());
        s.setValue(WorkbenchPreferences.MAX_TEXT_MILLION_CHARS, maxTextChars.getSelection());
        s.setValue(WorkbenchPreferences.TIMEOUT_SECONDS, timeout.getSelection());
        s.setValue(WorkbenchPreferences.THREADS, threads.getSelection());
        WorkbenchPreferences.apply();
        setErrorMessage(null);
        return true;
    }
}
