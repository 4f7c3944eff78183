package org.lexgraph.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.lexgraph.core.Importer;
import org.lexgraph.ui.LexgraphUiPlugin;

/**
 * The workbench's own settings (kept with the workbench's state, not in a knowledge base): the knowledge base to open
 * when none is named, the languages scans are read in, and the limits of an import.
 */
public final class WorkbenchPreferences {

    /** The bundle whose preferences these are (the application reads the default knowledge base from it). */
    public static final String QUALIFIER = "org.lexgraph.ui";
    public static final String KNOWLEDGE_BASE = "knowledgeBase";
    public static final String OCR_LANGUAGES = "ocrLanguages";
    public static final String MAX_FILE_MB = "import.maxFileMb";
    public static final String MAX_TEXT_MILLION_CHARS = "import.maxTextMillionChars";
    public static final String TIMEOUT_SECONDS = "import.timeoutSeconds";
    public static final String THREADS = "import.threads";

    private WorkbenchPreferences() {
    }

    /** The defaults: no default knowledge base (the usual one), Dutch and English, the importer's own limits. */
    public static void initialise(IPreferenceStore store) {
        Importer.Limits d = Importer.Limits.DEFAULT;
        store.setDefault(KNOWLEDGE_BASE, "");
        store.setDefault(OCR_LANGUAGES, "nld+eng");
        store.setDefault(MAX_FILE_MB, (int) (d.maxFileBytes() >> 20));
        store.setDefault(MAX_TEXT_MILLION_CHARS, (int) (d.maxTextChars() / 1_000_000));
        store.setDefault(TIMEOUT_SECONDS, d.timeoutSeconds());
        store.setDefault(THREADS, d.threads());
    }

    private static IPreferenceStore store() {
        IPreferenceStore store = LexgraphUiPlugin.getDefault().getPreferenceStore();
        initialise(store);
        return store;
    }

    /** The limits every import of the workbench runs with. */
    public static Importer.Limits limits() {
        IPreferenceStore s = store();
        return new Importer.Limits((long) Math.max(1, s.getInt(MAX_FILE_MB)) << 20,
                Math.max(1, s.getInt(MAX_TEXT_MILLION_CHARS)) * 1_000_000L, Math.max(1, s.getInt(TIMEOUT_SECONDS)),
                Math.max(1, s.getInt(THREADS)));
    }

    /** The import options of the workbench: the default ones with the preferred limits. */
    public static Importer.Options importOptions() {
        return Importer.Options.DEFAULT.withLimits(limits());
    }

    /** Makes the settings that act through the process take effect (the OCR languages). */
    public static void apply() {
        String languages = store().getString(OCR_LANGUAGES).strip();
        if (languages.isEmpty() || languages.equals("nld+eng")) {
            System.clearProperty(Importer.OCR_LANGUAGES_PROPERTY);
        } else {
            System.setProperty(Importer.OCR_LANGUAGES_PROPERTY, languages);
        }
    }
}
