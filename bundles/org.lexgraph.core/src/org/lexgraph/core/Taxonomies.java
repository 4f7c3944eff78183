package org.lexgraph.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/**
 * Taxonomies that bundles ship as data, contributed through the extension point {@value #EXTENSION_POINT}
 * ({@code schema/taxonomies.exsd}): a coalition's own themes and asks, a municipality's policy agenda. One marked
 * {@code default} is added to every new knowledge base; the others are offered ({@code lexgraph taxonomy available},
 * {@code taxonomy add --contributed KEY}). The file has the form of {@link TaxonomyReader}. Thread-safe.
 */
public final class Taxonomies {

    public static final String EXTENSION_POINT = "org.lexgraph.core.taxonomies";

    /** A contributed taxonomy: where it comes from, its key and name, and whether new knowledge bases get it. */
    public record Offered(String bundle, String key, String name, String file, boolean isDefault) {
    }

    private Taxonomies() {
    }

    /** The contributed taxonomies, in the order of their contributions. */
    public static List<Offered> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Offered> out = new ArrayList<>();
        if (registry == null) {
            return out;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("taxonomy".equals(e.getName()) && e.getAttribute("key") != null && e.getAttribute("file") != null) {
                out.add(new Offered(e.getContributor().getName(), e.getAttribute("key"),
                        e.getAttribute("name") == null ? e.getAttribute("key") : e.getAttribute("name"),
                        e.getAttribute("file"), "true".equals(e.getAttribute("default"))));
            }
        }
        return out;
    }

    /** The contributed taxonomy with this key, if any. */
    public static Optional<Offered> find(String key) {
        return contributed().stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** The taxonomy's file, opened from the bundle that contributes it. */
    public static BufferedReader open(Offered o) throws IOException {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (o.key().equals(e.getAttribute("key")) && o.bundle().equals(e.getContributor().getName())) {
                    URL url;
                    if (ClasspathContributions.installed()) {
                        url = ClasspathContributions.file(o.bundle(), o.file()).orElse(null);
                    } else {
                        Bundle bundle = ContributorFactoryOSGi.resolve(e.getContributor());
                        url = bundle == null ? null : bundle.getEntry(o.file());
                    }
                    if (url != null) {
                        return new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        throw new IOException("taxonomy " + o.key() + " of " + o.bundle() + ": " + o.file() + " is not in the bundle");
    }
}
