package org.lexgraph.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.KnowledgeBaseStats;

/**
 * The counts of a knowledge base as of one generation of its root, kept in {@value #FILE}: a read-only command
 * ({@code info}, the workbench's status) answers from them without loading every source. Written whenever the counts
 * are worked out by a session that holds the knowledge base; a cache of another generation is not used.
 */
public final class StatsCache {

    public static final String FILE = "stats.properties";

    private StatsCache() {
    }

    /** The counts saved for this generation, if any (folder, index size and index state are the caller's). */
    public static Optional<KnowledgeBaseStats> read(Path folder, long generation) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(in);
            if (Long.parseLong(p.getProperty("generation", "-1")) != generation) {
                return Optional.empty();
            }
            Map<String, Integer> byKind = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("kind.")) {
                    byKind.put(k.substring(5), Integer.parseInt(p.getProperty(k)));
                }
            }
            return Optional.of(new KnowledgeBaseStats(folder.toString(), n(p, "sources"), byKind, n(p, "passages"),
                    n(p, "failedSources"), n(p, "damagedFiles"), 0, false, n(p, "citations"),
                    n(p, "citationsResolved"), n(p, "actors"), n(p, "taxonomies"), n(p, "themes"), n(p, "asks"),
                    n(p, "themeLinks"), n(p, "collections"), n(p, "baskets"), n(p, "savedSearches"), n(p, "notes")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache is worked out again
        }
    }

    /** Saves the counts of this generation (atomically; a failure only means the next reader counts again). */
    public static void write(Path folder, long generation, KnowledgeBaseStats s) {
        Properties p = new Properties();
        p.setProperty("generation", Long.toString(generation));
        p.setProperty("sources", Integer.toString(s.sources()));
        s.sourcesByKind().forEach((k, v) -> p.setProperty("kind." + k, Integer.toString(v)));
        put(p, "passages", s.passages());
        put(p, "failedSources", s.failedSources());
        put(p, "damagedFiles", s.damagedFiles());
        put(p, "citations", s.citations());
        put(p, "citationsResolved", s.citationsResolved());
        put(p, "actors", s.actors());
        put(p, "taxonomies", s.taxonomies());
        put(p, "themes", s.themes());
        put(p, "asks", s.asks());
        put(p, "themeLinks", s.themeLinks());
        put(p, "collections", s.collections());
        put(p, "baskets", s.baskets());
        put(p, "savedSearches", s.savedSearches());
        put(p, "notes", s.notes());
        try {
            StringWriter w = new StringWriter();
            p.store(w, "counts of this knowledge base at one generation; worked out again when missing or older");
            new AtomicFiles().write(folder.resolve(FILE), w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the next reader counts again
        }
    }

    private static void put(Properties p, String key, int value) {
        p.setProperty(key, Integer.toString(value));
    }

    private static int n(Properties p, String key) {
        return Integer.parseInt(p.getProperty(key, "0"));
    }
}
