package org.lexgraph.core;

import org.lexgraph.core.internal.ModelStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.tests.support.Fixtures;

/**
 * Measures the model's persistence on a large knowledge base (default 10,000 sources with 50 passages each), once
 * with XMI and once with EMF's binary format for the source resources: time to save, to open (root only), to load
 * everything, the heap after a full load, and the size on disk. Prints a table; asserts nothing about time.
 * Not part of the test run: {@code ./lexgraph-dev bench model} (scale with LEXGRAPH_BENCH_SOURCES and
 * LEXGRAPH_BENCH_PASSAGES).
 */
public class ModelPersistenceBenchmark {

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    @Test
    public void xmiAgainstBinary() throws Exception {
        int sources = env("LEXGRAPH_BENCH_SOURCES", 10_000);
        int perSource = env("LEXGRAPH_BENCH_PASSAGES", 50);
        List<String> words = words();
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "lexgraph-bench-"
                + System.nanoTime()));
        System.out.printf(Locale.ROOT, "%nModel persistence benchmark: %,d sources x %d passages = %,d passages%n",
                sources, perSource, (long) sources * perSource);
        System.out.printf(Locale.ROOT, "%-7s %10s %12s %12s %12s %10s%n", "format", "save s", "open root s",
                "full load s", "heap MB", "disk MB");
        try {
            for (ModelStore.SourceFormat format : ModelStore.SourceFormat.values()) {
                Path folder = Files.createDirectories(base.resolve(format.name().toLowerCase(Locale.ROOT)));
                double save = save(folder, format, sources, perSource, words);
                gc();
                long before = usedHeap();
                long t0 = System.nanoTime();
                ModelStore store = new ModelStore(folder, new AtomicFiles(), format);
                KnowledgeBase kb = store.loadRoot();
                double open = (System.nanoTime() - t0) / 1e9;
                List<String> problems = new ArrayList<>();
                store.loadSources(kb, problems);
                long passages = 0;
                for (Source s : kb.getSources()) {
                    passages += s.getPassages().size();
                }
                double full = (System.nanoTime() - t0) / 1e9;
                gc();
                long heap = usedHeap() - before;
                if (!problems.isEmpty() || passages != (long) sources * perSource) {
                    throw new AssertionError("loaded " + passages + " passages with problems " + problems);
                }
                System.out.printf(Locale.ROOT, "%-7s %10.1f %12.3f %12.1f %12.0f %10.0f%n", format.name(), save,
                        open, full, heap / 1048576.0, size(folder) / 1048576.0);
                kb = null;
                store = null;
                gc();
            }
        } finally {
            deleteTree(base);
        }
    }

    private static double save(Path folder, ModelStore.SourceFormat format, int sources, int perSource,
            List<String> words) throws IOException {
        Random random = new Random(42);
        LexgraphFactory f = LexgraphFactory.eINSTANCE;
        ModelStore store = new ModelStore(folder, new AtomicFiles(), format);
        KnowledgeBase kb = store.createRoot("bench");
        List<Source> all = new ArrayList<>(sources);
        for (int i = 0; i < sources; i++) {
            Regulation s = f.createRegulation();
            s.setTitle("Regeling " + i);
            s.setWorkId(String.format(Locale.ROOT, "BWBR%07d", i));
            s.setOriginalPath("/data/bench/regeling-" + i + ".pdf");
            s.setContentHash("sha256:" + Long.toHexString(random.nextLong()));
            s.setStatus(SourceStatus.OK);
            s.setDate(new java.util.Date(1_500_000_000_000L + i * 86_400_000L));
            for (int j = 0; j < perSource; j++) {
                Passage p = f.createPassage();
                p.setOrdinal(j);
                p.setPage(1 + j / 5);
                p.setAnchor("Artikel " + (1 + j / 3));
                StringBuilder text = new StringBuilder();
                while (text.length() < 400) {
                    text.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                p.setText(text.toString().strip());
                s.getPassages().add(p);
            }
            store.attachSource(kb, s);
            all.add(s);
        }
        long t0 = System.nanoTime();
        for (Source s : all) {
            store.saveSource(s);
        }
        store.saveRoot(kb);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<String> words() throws IOException {
        String text = Files.readString(Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md"));
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
