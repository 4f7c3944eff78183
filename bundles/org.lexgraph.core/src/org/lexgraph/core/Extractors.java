package org.lexgraph.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;

/**
 * The extractors contributed through the extension point {@value #EXTENSION_POINT} ({@code schema/extractors.exsd}),
 * lowest order first, each asked only for the media types it declares; the built-in ones are contributed by
 * {@code org.lexgraph.extract}. One whose class cannot be made is left out with a warning; with none at all (outside
 * an OSGi framework) imports keep the built-in extractors. Thread-safe.
 */
public final class Extractors {

    public static final String EXTENSION_POINT = "org.lexgraph.core.extractors";

    private static final Logger LOG = Logger.getLogger(Extractors.class.getName());

    /** A contributed extractor: who contributes it, its id, its order, the media types and extensions it claims. */
    public record Contribution(String bundle, String id, String name, int order, List<String> mediaTypes,
            Map<String, String> extensions) {
    }

    /** The contributed extractors, made, with what they claim. */
    record Made(Contribution contribution, Extractor extractor) {
    }

    private Extractors() {
    }

    /** The contributed extractors, lowest order first. */
    public static List<Contribution> contributed() {
        return made().stream().map(Made::contribution).toList();
    }

    static List<Made> made() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Made> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = e.getAttribute("id");
            int order = 1000;
            try {
                order = e.getAttribute("order") == null ? 1000 : Integer.parseInt(e.getAttribute("order").strip());
            } catch (NumberFormatException ex) {
                LOG.warning(() -> "extractor " + id + ": order " + e.getAttribute("order")
                        + " is not a number; 1000 is used");
            }
            List<String> types = new ArrayList<>();
            Map<String, String> extensions = new LinkedHashMap<>();
            for (IConfigurationElement f : e.getChildren("format")) {
                String type = f.getAttribute("mediaType");
                if (type == null || type.isBlank()) {
                    continue;
                }
                types.add(type.strip());
                String ext = f.getAttribute("extensions");
                if (ext != null) {
                    for (String x : ext.split(",")) {
                        String k = x.strip().toLowerCase(Locale.ROOT);
                        if (k.startsWith(".")) {
                            k = k.substring(1);
                        }
                        if (!k.isEmpty()) {
                            extensions.putIfAbsent(k, type.strip());
                        }
                    }
                }
            }
            if (types.isEmpty()) {
                LOG.warning(() -> "extractor " + id + " of " + e.getContributor().getName()
                        + " left out: it names no format");
                continue;
            }
            try {
                Extractor made = (Extractor) e.createExecutableExtension("class");
                out.add(new Made(new Contribution(e.getContributor().getName(), id, e.getAttribute("name"), order,
                        List.copyOf(types), Map.copyOf(extensions)), new Declared(made, Set.copyOf(types))));
            } catch (CoreException | ClassCastException ex) {
                LOG.warning(() -> "extractor " + id + " of " + e.getContributor().getName() + " left out: "
                        + ex.getMessage());
            }
        }
        out.sort(Comparator.comparingInt((Made m) -> m.contribution().order()));
        return out;
    }

    /** The media types claimed by file-name extension, the first claim (lowest order) of an extension winning. */
    static Map<String, String> claims(List<Made> made) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Made m : made) {
            m.contribution().extensions().forEach(out::putIfAbsent);
        }
        return out;
    }

    /** A contributed extractor asked only for the media types its contribution declares. */
    private record Declared(Extractor extractor, Set<String> mediaTypes) implements Extractor {

        @Override
        public String id() {
            return extractor.id();
        }

        @Override
        public boolean supports(String mediaType) {
            return mediaTypes.contains(mediaType) && extractor.supports(mediaType);
        }

        @Override
        public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
            return extractor.extract(file, mediaType);
        }
    }
}
