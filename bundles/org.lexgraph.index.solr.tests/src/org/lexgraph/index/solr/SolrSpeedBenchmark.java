package org.lexgraph.index.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.PassageSearch;
import org.lexgraph.index.Thesaurus;
import org.lexgraph.tests.support.SyntheticPassages;

/**
 * The shared collection against the embedded index on the same machine, in the same run: the same synthetic passages
 * (1,000,000 by default; LEXGRAPH_BENCH_SIZES) written into each — the embedded index as an import does (a source at a
 * time, one commit), the collection as a knowledge base publishes (its passages analysed here and sent pre-analysed,
 * 20 sources a request, one commit) — and the same mix of 800 queries (160 to warm up) through each one's search,
 * snippets and spans included: indexing rate and query p50/p99, overall and per kind of query. The collection is on
 * the local two-node SolrCloud of {@code ./lexgraph-dev bench solr} (2 shards, 2 replicas). Skipped without one.
 */
public class SolrSpeedBenchmark {

    private static final int SOURCES_PER_REQUEST = 20;

    @Test
    public void speed() throws Exception {
        String where = System.getProperty("lexgraph.solr");
        if (where == null || where.isBlank()) {
            System.out.println("Shared index benchmark: no cluster given (-Dlexgraph.solr=solr://...); "
                    + "run it with ./lexgraph-dev bench solr");
            return;
        }
        int n = Integer.parseInt(System.getenv().getOrDefault("LEXGRAPH_BENCH_SIZES", "1000000").split(",")[0]
                .strip());
        SyntheticPassages passages = SyntheticPassages.ofCorpus();
        System.out.printf(Locale.ROOT, "%nShared index benchmark: %,d passages, embedded index and SolrCloud (%s), "
                + "the same passages and queries%n", n, where);

        Path dir = Files.createTempDirectory("lexgraph-solr-bench");
        Result embedded;
        Result solr;
        try (PassageIndex index = PassageIndex.openWritable(dir)) {
            Random r = new Random(11);
            long t0 = System.nanoTime();
            passages.generate(n, r, index::replaceSource);
            index.commit(1);
            double seconds = (System.nanoTime() - t0) / 1e9;
            embedded = latency("embedded Lucene", n / seconds, index, passages.queries(800, r));
        } finally {
            delete(dir);
        }
        try (SolrCollection c = SolrCollection.connect(SolrLocation.parse(where), "bench", Optional.empty())) {
            c.ensureExists(2, 2);
            c.removeAll();
            c.commit();
            Random r = new Random(11);
            Map<String, List<PassageRecord>> batch = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            passages.generate(n, r, (source, records) -> {
                batch.put(source, records);
                if (batch.size() == SOURCES_PER_REQUEST) {
                    c.replaceSources(batch);
                    batch.clear();
                }
            });
            c.replaceSources(batch);
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (c.passageCount("bench") != n) {
                throw new AssertionError("the collection holds " + c.passageCount("bench") + " passages, not " + n);
            }
            solr = latency("SolrCloud 2x2", n / seconds, c.search(), passages.queries(800, r));
        }
        System.out.printf(Locale.ROOT, "%-18s %12s %10s %10s%n", "", "index/s", "p50 ms", "p99 ms");
        for (Result x : List.of(embedded, solr)) {
            System.out.printf(Locale.ROOT, "%-18s %,12.0f %10.2f %10.2f%n", x.name(), x.rate(), x.p50(), x.p99());
        }
        System.out.printf(Locale.ROOT, "%-18s %21s %21s%n", "per kind (p50/p99)", embedded.name(), solr.name());
        for (String kind : SyntheticPassages.QUERY_KINDS) {
            double[] e = embedded.byKind().get(kind);
            double[] s = solr.byKind().get(kind);
            System.out.printf(Locale.ROOT, "%-18s %10.2f %10.2f %10.2f %10.2f%n", kind, e[0], e[1], s[0], s[1]);
        }
    }

    private record Result(String name, double rate, double p50, double p99, Map<String, double[]> byKind) {
    }

    private static Result latency(String name, double rate, PassageSearch search, List<SyntheticPassages.Query> qs)
            throws Exception {
        for (SyntheticPassages.Query q : qs.subList(0, 160)) {
            search(search, q);
        }
        long[] ns = new long[qs.size() - 160];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < ns.length; i++) {
            SyntheticPassages.Query q = qs.get(160 + i);
            long s = System.nanoTime();
            search(search, q);
            ns[i] = System.nanoTime() - s;
            byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(ns[i]);
        }
        Arrays.sort(ns);
        Map<String, double[]> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> {
            long[] a = v.stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.put(k, new double[] {a[a.length / 2] / 1e6, a[(int) (a.length * 0.99)] / 1e6});
        });
        return new Result(name, rate, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, kinds);
    }

    private static void search(PassageSearch search, SyntheticPassages.Query q) throws java.io.IOException {
        try {
            search.search(q.request(), List.of(), "", Thesaurus.EMPTY);
        } catch (org.lexgraph.query.QuerySyntaxException e) {
            // a query drawn from the corpus may be malformed (a stray operator word); it still counts as asked
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
