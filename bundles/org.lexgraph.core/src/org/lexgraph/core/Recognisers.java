package org.lexgraph.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.MetadataRecogniser;

/**
 * The metadata recognisers contributed through the extension point {@value #EXTENSION_POINT}
 * ({@code schema/metadataRecognisers.exsd}), in their order; the built-in one is contributed by
 * {@code org.lexgraph.extract}. A recogniser whose class cannot be made is left out with a warning; with none at all
 * (outside an OSGi framework) the extractors keep the built-in recogniser. Thread-safe.
 */
public final class Recognisers {

    public static final String EXTENSION_POINT = "org.lexgraph.core.metadataRecognisers";

    private static final Logger LOG = Logger.getLogger(Recognisers.class.getName());

    /** A contributed recogniser: who contributes it, its id and its place in the order. */
    public record Contribution(String bundle, String id, String name, int order) {
    }

    private record Made(Contribution contribution, MetadataRecogniser recogniser) {
    }

    private Recognisers() {
    }

    /**
     * The contributed extractors ({@link Extractors}; the built-in ones when none is contributed), recognising with
     * every contributed recogniser in order.
     */
    public static ExtractorRegistry extractors() {
        List<MetadataRecogniser> ordered = made().stream().map(Made::recogniser).toList();
        List<Extractors.Made> formats = Extractors.made();
        ExtractorRegistry registry = formats.isEmpty() ? ExtractorRegistry.builtIn()
                : ExtractorRegistry.builtIn().withExtractors(formats.stream().map(Extractors.Made::extractor)
                        .toList(), Extractors.claims(formats));
        return ordered.isEmpty() ? registry : registry.withRecognisers(ordered);
    }

    /** The contributed recognisers, in their order. */
    public static List<Contribution> contributed() {
        return made().stream().map(Made::contribution).toList();
    }

    private static List<Made> made() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Made> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            int order = 100;
            try {
                order = e.getAttribute("order") == null ? 100 : Integer.parseInt(e.getAttribute("order").strip());
            } catch (NumberFormatException ex) {
                LOG.warning(() -> "recogniser " + e.getAttribute("id") + ": order " + e.getAttribute("order")
                        + " is not a number; 100 is used");
            }
            try {
                out.add(new Made(new Contribution(e.getContributor().getName(), e.getAttribute("id"),
                        e.getAttribute("name"), order), (MetadataRecogniser) e.createExecutableExtension("class")));
            } catch (CoreException | ClassCastException ex) {
                LOG.warning(() -> "recogniser " + e.getAttribute("id") + " of " + e.getContributor().getName()
                        + " left out: " + ex.getMessage());
            }
        }
        out.sort(Comparator.comparingInt((Made m) -> m.contribution().order()));
        return out;
    }
}
