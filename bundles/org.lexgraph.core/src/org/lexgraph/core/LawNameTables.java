package org.lexgraph.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.cite.LawNames;
import org.osgi.framework.Bundle;

/**
 * The law-name tables contributed through the extension point {@value #EXTENSION_POINT} ({@code schema/lawNames.exsd}),
 * the citation grammars contributed through {@value #GRAMMARS}, and the citation scanner that knows them all: a research team adds the names of its municipality's ordinances by
 * installing a bundle with a table, without touching Lexgraph. The built-in table is contributed the same way (by
 * {@code org.lexgraph.cite}). A table that cannot be read is left out and logged, naming its bundle, file and line;
 * outside an OSGi framework (or with no table at all) the built-in table alone is used. Thread-safe; the scanner is
 * made once.
 */
public final class LawNameTables {

    public static final String EXTENSION_POINT = "org.lexgraph.core.lawNames";

    private static final Logger LOG = Logger.getLogger(LawNameTables.class.getName());

    /** A contributed table: where it comes from and what it holds. */
    public record Table(String bundle, String file, String name, int priority) {
    }

    private static final class Holder {
        static final CitationScanner SCANNER = new CitationScanner(load(), grammars());
    }

    /** The extension point through which bundles add citation grammars ({@code schema/citationGrammars.exsd}). */
    public static final String GRAMMARS = "org.lexgraph.core.citationGrammars";

    /**
     * The citation grammars bundles contribute (EU law comes from {@code org.lexgraph.eu}), in the order of their
     * contributions; one whose class cannot be made is left out with a warning.
     */
    static List<org.lexgraph.cite.CitationGrammar> grammars() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<org.lexgraph.cite.CitationGrammar> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(GRAMMARS)) {
            try {
                out.add((org.lexgraph.cite.CitationGrammar) e.createExecutableExtension("class"));
            } catch (org.eclipse.core.runtime.CoreException | ClassCastException ex) {
                LOG.warning(() -> "citation grammar " + e.getAttribute("id") + " of " + e.getContributor().getName()
                        + " left out: " + ex.getMessage());
            }
        }
        return out;
    }

    /** The ids of the citation grammars contributed, for what a knowledge base can recognise ({@code info}). */
    public static List<String> grammarIds() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? List.of() : java.util.Arrays.stream(registry.getConfigurationElementsFor(GRAMMARS))
                .map(e -> e.getContributor().getName() + ":" + e.getAttribute("id")).toList();
    }

    private LawNameTables() {
    }

    /** A scanner that knows every contributed table (the one all of Lexgraph uses). */
    public static CitationScanner scanner() {
        return Holder.SCANNER;
    }

    /** The file of a knowledge base's own law names (same columns as the contributed tables), read first. */
    public static final String USER_FILE = "law-names.tsv";

    /**
     * The scanner for a knowledge base: the shared one, or when the knowledge base has its own law names ({@value
     * #USER_FILE}), one that reads those before the contributed tables. A malformed file is reported and left out.
     */
    public static CitationScanner scanner(java.nio.file.Path folder, List<String> problems) {
        java.nio.file.Path own = folder.resolve(USER_FILE);
        if (!java.nio.file.Files.isRegularFile(own)) {
            return scanner();
        }
        try {
            List<BufferedReader> readers = new ArrayList<>();
            readers.add(java.nio.file.Files.newBufferedReader(own, StandardCharsets.UTF_8));
            for (Contribution c : contributions()) {
                String text = read(c.table(), c.bundle());
                if (text != null) {
                    readers.add(new BufferedReader(new java.io.StringReader(text)));
                }
            }
            if (readers.size() == 1) {
                readers.add(new BufferedReader(new java.io.StringReader(LawNames.builtInText())));
            }
            return new CitationScanner(new LawNames(readers), grammars());
        } catch (IOException e) {
            problems.add(own + ": " + e.getMessage() + "; the contributed law names are used");
            return scanner();
        }
    }

    /** The tables contributed through the extension point, highest priority first. */
    public static List<Table> contributed() {
        return contributions().stream().map(Contribution::table).toList();
    }

    /** A table with the bundle it is read from (null when the contributor cannot be resolved). */
    private record Contribution(Table table, Bundle bundle) {
    }

    private static List<Contribution> contributions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Contribution> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"table".equals(e.getName())) {
                continue;
            }
            int priority = 0;
            try {
                priority = e.getAttribute("priority") == null ? 0 : Integer.parseInt(e.getAttribute("priority").strip());
            } catch (NumberFormatException ex) {
                LOG.warning(() -> "law-name table " + e.getAttribute("file") + " of " + e.getContributor().getName()
                        + ": priority " + e.getAttribute("priority") + " is not a number; 0 is used");
            }
            Bundle bundle = ClasspathContributions.installed() ? null
                    : org.eclipse.core.runtime.ContributorFactoryOSGi.resolve(e.getContributor());
            out.add(new Contribution(new Table(e.getContributor().getName(), e.getAttribute("file"),
                    e.getAttribute("name"), priority), bundle));
        }
        out.sort(Comparator.comparingInt((Contribution c) -> c.table().priority()).reversed());
        return out;
    }

    /** All contributed tables that can be read, or the built-in table when there are none. */
    static LawNames load() {
        List<String> texts = new ArrayList<>();
        for (Contribution c : contributions()) {
            Table t = c.table();
            String text = read(t, c.bundle());
            if (text == null) {
                continue;
            }
            try {
                new LawNames(new BufferedReader(new java.io.StringReader(text))); // a malformed table stays out
                texts.add(text);
            } catch (IOException e) {
                LOG.warning(() -> "law-name table " + t.file() + " of " + t.bundle() + " left out: " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            return LawNames.builtIn();
        }
        try {
            List<BufferedReader> readers = new ArrayList<>();
            for (String text : texts) {
                readers.add(new BufferedReader(new java.io.StringReader(text)));
            }
            return new LawNames(readers);
        } catch (IOException e) {
            throw new IllegalStateException("law-name tables that were read alone cannot be read together", e);
        }
    }

    private static String read(Table t, Bundle bundle) {
        URL url = bundle == null || t.file() == null ? ClasspathContributions.file(t.bundle(), t.file()).orElse(null)
                : entry(bundle, t.file());
        if (url == null) {
            LOG.warning(() -> "law-name table " + t.file() + " of " + t.bundle() + " left out: no such file in the"
                    + " bundle");
            return null;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            LOG.warning(() -> "law-name table " + t.file() + " of " + t.bundle() + " left out: " + e.getMessage());
            return null;
        }
    }

    /** The file in the bundle or in one of its fragments (a fragment contributes in its host's name). */
    private static URL entry(Bundle bundle, String file) {
        URL url = bundle.getEntry(file);
        if (url != null) {
            return url;
        }
        int slash = file.lastIndexOf('/');
        java.util.Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : file.substring(0, slash),
                file.substring(slash + 1), false);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }
}
