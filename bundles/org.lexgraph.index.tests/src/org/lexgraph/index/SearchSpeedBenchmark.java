package org.lexgraph.index;

import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.QuerySyntaxException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.SyntheticPassages;

/**
 * Indexing rate, query latency (p50/p99 over a mix of term, phrase, boolean, fielded, plain-word, faceted, grouped
 * and date-sorted queries, and per kind) and heap, for synthetic passages written with the corpus's vocabulary and
 * carrying municipality, actor, theme and date fields, at 100,000 and 1,000,000 passages (change with
 * LEXGRAPH_BENCH_SIZES). Deep paging is measured both ways in the same run: page 1,001 of ten by offset against the
 * same page after the previous page's last hit. Goals at 1M: p50 < 10 ms, p99 < 50 ms, heap < 1 GB. Run with
 * {@code ./lexgraph-dev bench search}.
 */
public class SearchSpeedBenchmark {

    @Test
    public void speed() throws Exception {
        String sizes = System.getenv().getOrDefault("LEXGRAPH_BENCH_SIZES", "100000,1000000");
        SyntheticPassages passages = SyntheticPassages.ofCorpus();
        System.out.printf(Locale.ROOT, "%nSearch speed benchmark (corpus vocabulary, %,d word tokens to draw from)%n",
                passages.vocabularySize());
        System.out.printf(Locale.ROOT, "%12s %14s %10s %10s %10s %10s%n", "passages", "index/s", "p50 ms",
                "p99 ms", "heap MB", "disk MB");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()), passages);
        }
        System.out.println("goals at 1,000,000 passages: p50 < 10 ms, p99 < 50 ms, heap < 1024 MB");
    }

    private static void run(int n, SyntheticPassages passages) throws Exception {
        Path dir = Files.createTempDirectory("lexgraph-speed");
        Random r = new Random(11);
        long t0 = System.nanoTime();
        try (PassageIndex index = PassageIndex.openWritable(dir)) {
            passages.generate(n, r, index::replaceSource);
            index.commit(1);
            double indexSeconds = (System.nanoTime() - t0) / 1e9;

            // a mix of what users type and ask for, each kind as often
            List<SearchRequest> queries = new ArrayList<>();
            List<String> kindOf = new ArrayList<>();
            for (SyntheticPassages.Query q : passages.queries(800, r)) {
                queries.add(q.request());
                kindOf.add(q.kind());
            }
            for (SearchRequest q : queries.subList(0, 160)) {
                search(index, q);
            }
            long[] ns = new long[640];
            java.util.Map<String, List<Long>> byKind = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ns.length; i++) {
                long s = System.nanoTime();
                search(index, queries.get(160 + i));
                ns[i] = System.nanoTime() - s;
                byKind.computeIfAbsent(kindOf.get(160 + i), x -> new ArrayList<>()).add(ns[i]);
            }
            Arrays.sort(ns);
            // deep paging: page 1,001 (hits 10,001 to 10,010) of a common word, by offset and after a hit
            String common = "artikel";
            SearchRequest first = SearchRequest.of(common, 10_000);
            SearchRequest.Page after = index.search(first, List.of(), Thesaurus.EMPTY).next();
            long[] byOffset = new long[20];
            long[] byCursor = new long[20];
            for (int i = 0; i < 25; i++) {
                long s = System.nanoTime();
                index.search(SearchRequest.of(common, 10).withOffset(10_000), List.of(), Thesaurus.EMPTY);
                long t = System.nanoTime() - s;
                s = System.nanoTime();
                index.search(SearchRequest.of(common, 10).after(after), List.of(), Thesaurus.EMPTY);
                long u = System.nanoTime() - s;
                if (i >= 5) {
                    byOffset[i - 5] = t;
                    byCursor[i - 5] = u;
                }
            }
            Arrays.sort(byOffset);
            Arrays.sort(byCursor);
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
            for (var e : byKind.entrySet()) {
                long[] k = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%12s %14s %10.2f %10.2f%n", "", e.getKey(), k[k.length / 2] / 1e6,
                        k[(int) (k.length * 0.99)] / 1e6);
            }
            System.out.printf(Locale.ROOT, "%12s %14s %10.2f %10.2f   (hits 10,001-10,010 of \"%s\")%n", "",
                    "page by offset", byOffset[byOffset.length / 2] / 1e6, byOffset[byOffset.length - 1] / 1e6, common);
            System.out.printf(Locale.ROOT, "%12s %14s %10.2f %10.2f%n", "", "page after hit",
                    byCursor[byCursor.length / 2] / 1e6, byCursor[byCursor.length - 1] / 1e6);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void search(PassageIndex index, SearchRequest q) {
        try {
            index.search(q, List.of(), Thesaurus.EMPTY);
        } catch (QuerySyntaxException | java.io.IOException e) {
            // a query drawn from the corpus may be malformed (a stray operator word); it still counts as asked
        }
    }
}
