package org.lexgraph.core.sharing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.lexgraph.core.AtomicFiles;

/**
 * Which index a knowledge base searches and publishes into, kept in its folder ({@value #FILE}): none means its own
 * embedded index; else a collection on SolrCloud ({@code solr://host:port/collection}) and the name the knowledge base
 * publishes under there (shown with every hit from it). Credentials are never kept here.
 *
 * @param location the collection, as {@code solr://…} or {@code solrs://…}
 * @param name whose knowledge base this is, for the others who search the collection
 */
public record IndexBinding(String location, String name) {

    public static final String FILE = "index-binding.properties";

    /** The knowledge base's binding, or empty when it uses its own index. */
    public static Optional<IndexBinding> read(Path folder) throws IOException {
        Path f = folder.resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String location = p.getProperty("collection");
        String name = p.getProperty("name");
        if (location == null || location.isBlank() || name == null || name.isBlank()) {
            throw new IOException(f + " must name a collection and the name published under (collection=, name=)");
        }
        return Optional.of(new IndexBinding(location.strip(), name.strip()));
    }

    /** Writes the binding into the folder (atomically). */
    public void write(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("collection", location);
        p.setProperty("name", name);
        StringWriter w = new StringWriter();
        p.store(w, "the index this knowledge base searches and publishes into (lexgraph index use local: its own)");
        new AtomicFiles().write(folder.resolve(FILE), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the knowledge base use its own index again. */
    public static void remove(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }
}
