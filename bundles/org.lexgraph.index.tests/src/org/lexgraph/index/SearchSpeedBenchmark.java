package org.lexgraph.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;

/**
 * Indexing rate, query latency (p50/p99 over a mix of term, phrase, boolean, fielded and plain-word queries) and heap,
 * for synthetic passages written with the corpus's vocabulary, at 100,000 and 1,000,000 passages (change with
 * LEXGRAPH_BENCH_SIZES). Goals at 1M: p50 < 10 ms, p99 < 50 ms, heap < 1 GB. Run with
 * {@code ./lexgraph-dev bench search}.
 */
public class SearchSpeedBenchmark {

    private static final String[] KINDS = {"regulation", "ruling", "parliamentary-paper", "ngo-document",
        "generic-document"};

    @Test
    public void speed() throws Exception {
        String sizes = System.getenv().getOrDefault("LEXGRAPH_BENCH_SIZES", "100000,1000000");
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.corpus().resolve("bwb-markdown"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String w : Files.readString(p).split("[^\\p{L}]+")) {
                    if (w.length() > 1) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nSearch speed benchmark (corpus vocabulary, %,d word tokens to draw from)%n",
                words.size());
        System.out.printf(Locale.ROOT, "%12s %14s %10s %10s %10s %10s%n", "passages", "index/s", "p50 ms",
                "p99 ms", "heap MB", "disk MB");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()), words);
        }
        System.out.println("goals at 1,000,000 passages: p50 < 10 ms, p99 < 50 ms, heap < 1024 MB");
    }

    private static void run(int n, List<String> words) throws Exception {
        Path dir = Files.createTempDirectory("lexgraph-speed");
        Random r = new Random(11);
        long t0 = System.nanoTime();
        try (PassageIndex index = PassageIndex.openWritable(dir)) {
            List<PassageRecord> batch = new ArrayList<>(1000);
            int perSource = 50;
            for (int i = 0; i < n; i++) {
                int start = r.nextInt(words.size() - 80);
                String text = String.join(" ", words.subList(start, start + 40 + r.nextInt(40)));
                String source = "s" + (i / perSource);
                batch.add(new PassageRecord("p" + i, source, "Bron " + source, KINDS[(i / perSource) % KINDS.length],
                        "/data/" + source, 1 + (i % perSource) / 5, "Artikel " + (i % 30), i % perSource, text));
                if ((i + 1) % perSource == 0) {
                    index.replaceSource(source, batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                index.replaceSource("last", batch);
            }
            index.commit(1);
            double indexSeconds = (System.nanoTime() - t0) / 1e9;

            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                int at = r.nextInt(words.size() - 3);
                String a = words.get(at);
                String b = words.get(at + 1);
                queries.add(switch (i % 5) {
                    case 0 -> a;
                    case 1 -> "\"" + a + " " + b + "\"";
                    case 2 -> a + " AND " + words.get(r.nextInt(words.size()));
                    case 3 -> "kind:" + KINDS[i % KINDS.length] + " AND " + a;
                    default -> a + " " + b + " " + words.get(at + 2);
                });
            }
            for (String q : queries.subList(0, 100)) {
                search(index, q);
            }
            long[] ns = new long[500];
            for (int i = 0; i < ns.length; i++) {
                long s = System.nanoTime();
                search(index, queries.get(100 + i));
                ns[i] = System.nanoTime() - s;
            }
            Arrays.sort(ns);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            long disk;
            try (Stream<Path> f = Files.walk(dir)) {
                disk = f.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "%,12d %,14.0f %10.2f %10.2f %10.0f %10.0f%n", n, n / indexSeconds,
                    ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, heap / 1048576.0, disk / 1048576.0);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void search(PassageIndex index, String q) {
        try {
            index.search(q, 10);
        } catch (QuerySyntaxException | java.io.IOException e) {
            // a query drawn from the corpus may be malformed (a stray operator word); it still counts as asked
        }
    }
}
