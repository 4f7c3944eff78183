package org.lexgraph.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The formats a basket can be exported in, contributed through the extension point {@value #EXTENSION_POINT}
 * ({@code schema/exporters.exsd}); the built-in five (Markdown, DOCX, CSL-JSON, RIS, BibTeX) are contributed by this
 * bundle's own {@code plugin.xml}. The command line's {@code export --format} and the Basket view's export dialog offer
 * what is contributed. An exporter whose class cannot be made is left out with a warning. Outside an OSGi framework
 * the built-in formats are used directly. Thread-safe.
 */
public final class Exporters {

    public static final String EXTENSION_POINT = "org.lexgraph.core.exporters";

    private static final Logger LOG = Logger.getLogger(Exporters.class.getName());

    /**
     * A format: its id (what {@code --format} takes), its label, its file extension, and whether it is binary (written
     * to a file only, never to standard output).
     */
    public record Format(String id, String label, String extension, boolean binary) {
    }

    private record Contributed(Format format, int order, IConfigurationElement element) {
    }

    private static final List<Format> BUILT_IN = List.of(new Format("markdown", "Markdown", "md", false),
            new Format("docx", "Word", "docx", true), new Format("csl-json", "CSL-JSON", "json", false),
            new Format("ris", "RIS", "ris", false), new Format("bibtex", "BibTeX", "bib", false));

    private Exporters() {
    }

    /** The formats, in their order. */
    public static List<Format> available() {
        List<Contributed> c = contributed();
        return c.isEmpty() ? BUILT_IN : c.stream().map(Contributed::format).toList();
    }

    /** The format with this id, if any. */
    public static java.util.Optional<Format> format(String id) {
        return available().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The basket written in the format with this id. */
    public static byte[] write(String id, String basket, List<QuoteView> quotes, Map<String, String> askLabels)
            throws IOException {
        List<Contributed> all = contributed();
        if (all.isEmpty()) {
            return builtIn(id).write(basket, quotes, askLabels);
        }
        for (Contributed c : all) {
            if (c.format().id().equals(id)) {
                try {
                    return ((BasketExporter) c.element().createExecutableExtension("class")).write(basket, quotes,
                            askLabels);
                } catch (CoreException | ClassCastException e) {
                    throw new IOException("the " + c.format().label() + " exporter of "
                            + c.element().getContributor().getName() + " cannot be made: " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("no export format " + id + "; one of "
                + available().stream().map(Format::id).toList());
    }

    private static BasketExporter builtIn(String id) {
        return switch (id) {
            case "markdown" -> new BasketExporter.Markdown();
            case "docx" -> new BasketExporter.Docx();
            case "csl-json" -> new BasketExporter.CslJson();
            case "ris" -> new BasketExporter.Ris();
            case "bibtex" -> new BasketExporter.Bibtex();
            default -> throw new IllegalArgumentException("no export format " + id + "; one of "
                    + BUILT_IN.stream().map(Format::id).toList());
        };
    }

    private static List<Contributed> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Contributed> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = e.getAttribute("id");
            if (!"exporter".equals(e.getName()) || id == null || id.isBlank() || e.getAttribute("class") == null) {
                LOG.warning(() -> "an exporter of " + e.getContributor().getName() + " without id or class is left out");
                continue;
            }
            if (out.stream().anyMatch(c -> c.format().id().equals(id))) {
                LOG.warning(() -> "a second exporter '" + id + "' of " + e.getContributor().getName() + " is left out");
                continue;
            }
            int order = 100;
            try {
                order = e.getAttribute("order") == null ? 100 : Integer.parseInt(e.getAttribute("order").strip());
            } catch (NumberFormatException ex) {
                LOG.warning(() -> "exporter " + id + ": order " + e.getAttribute("order") + " is not a number");
            }
            String label = e.getAttribute("label") == null ? id : e.getAttribute("label");
            String extension = e.getAttribute("extension") == null ? id : e.getAttribute("extension");
            out.add(new Contributed(new Format(id, label, extension, "true".equals(e.getAttribute("binary"))), order,
                    e));
        }
        out.sort(Comparator.comparingInt(Contributed::order));
        return out;
    }
}
