package org.lexgraph.core;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.tests.support.Fixtures;

/**
 * Relevance of search, measured on a judged set ({@code relevance/judgments.tsv}: 47 queries in Dutch and English and
 * citation lookups, passages graded 0/1/2 by hand-written rules) over the test corpus and the 2026 letter, imported
 * by the real pipeline. Prints nDCG@10 and recall@10 for Lexgraph's search and, on the same passages in the same run,
 * for Lucene's StandardAnalyzer and DutchAnalyzer and for variants of our chain (without compound splitting, splitting
 * queries too), so that what each part brings is visible. Not part of the test run: {@code ./lexgraph-dev bench
 * relevance}.
 */
public class RelevanceBenchmark {

    record Judged(String id, String language, String query, List<Rule> rules) {
    }

    record Rule(int grade, Pattern file, Pattern anchor, Pattern text) {
        boolean matches(PassageRecord p) {
            String name = p.file() == null ? "" : Path.of(p.file()).getFileName().toString();
            return file.matcher(name).find() && (anchor == null || anchor.matcher(p.anchor() == null ? ""
                    : p.anchor()).find()) && (text == null || text.matcher(p.text()).find());
        }
    }

    /** A way of ranking passages for a query: the ids of the first ten. */
    interface System {
        List<String> top10(String query) throws Exception;
    }

    static List<Judged> judgments() throws Exception {
        Map<String, Judged> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RelevanceBenchmark.class.getResourceAsStream("relevance/judgments.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f[0].equals("Q")) {
                    out.put(f[1], new Judged(f[1], f[2], f[3], new ArrayList<>()));
                } else if (f[0].equals("J")) {
                    out.get(f[1]).rules().add(new Rule(Integer.parseInt(f[2]), Pattern.compile(f[3]),
                            f[4].equals("*") ? null : Pattern.compile(f[4], Pattern.CASE_INSENSITIVE),
                            f[5].equals("*") ? null : Pattern.compile(f[5], Pattern.CASE_INSENSITIVE)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    @Test
    public void ndcgAndRecallAgainstLuceneAnalyzers() throws Exception {
        List<Judged> judged = judgments();
        Path kb = Files.createTempDirectory("lexgraph-relevance");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.corpus().resolve("bwb-markdown"), Fixtures.corpus().resolve("rechtspraak")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            List<PassageRecord> passages = s.read(root -> {
                List<PassageRecord> all = new ArrayList<>();
                for (Source src : root.getSources()) {
                    if (!src.eIsProxy() && src.getStatus() == SourceStatus.OK) {
                        all.addAll(org.lexgraph.core.internal.IndexRecords.of(src));
                    }
                }
                return all;
            });
            // the grade of every passage for every query
            Map<String, Map<String, Integer>> grades = new HashMap<>();
            for (Judged j : judged) {
                Map<String, Integer> g = new HashMap<>();
                for (PassageRecord p : passages) {
                    for (Rule rule : j.rules()) {
                        if (rule.matches(p)) {
                            g.merge(p.passageId(), rule.grade(), Math::max);
                        }
                    }
                }
                if (g.isEmpty()) {
                    throw new AssertionError(j.id() + ": no passage is judged relevant; the rules name nothing (of "
                            + passages.size() + " passages, e.g. " + passages.stream().filter(p -> j.rules().get(0)
                                    .file().matcher(p.file()).find()).limit(5).map(p -> p.file() + " | " + p.anchor())
                                    .toList() + ")");
                }
                grades.put(j.id(), g);
            }
            Map<String, System> systems = new LinkedHashMap<>();
            systems.put("Lucene StandardAnalyzer", plain(passages, new StandardAnalyzer(), new StandardAnalyzer()));
            systems.put("Lucene DutchAnalyzer", plain(passages, new DutchAnalyzer(), new DutchAnalyzer()));
            systems.put("our chain, no compound splitting", plain(passages, DutchAnalysis.textWithoutCompounds(),
                    DutchAnalysis.textWithoutCompounds()));
            systems.put("our chain, compounds split in queries too", plain(passages, DutchAnalysis.text(),
                    DutchAnalysis.text()));
            systems.put("our chain (compounds split in the index)", plain(passages, DutchAnalysis.text(),
                    DutchAnalysis.textQuery()));
            systems.put("Lexgraph search (+ thesaurus, citations, nearness)", q -> s.search().run(SearchRequest.of(q, 10))
                    .hits().stream().map(SearchHit::passageId).toList());

            java.lang.System.out.printf(Locale.ROOT, "%nRelevance benchmark: %d judged queries (%d Dutch, %d English,"
                    + " %d citations) over %,d passages of %s and the letter%n", judged.size(),
                    judged.stream().filter(j -> j.language().equals("nl")).count(),
                    judged.stream().filter(j -> j.language().equals("en")).count(),
                    judged.stream().filter(j -> j.language().equals("cite")).count(), passages.size(),
                    Fixtures.corpus());
            java.lang.System.out.printf(Locale.ROOT, "%-52s %8s %9s %8s %8s %8s%n", "system", "nDCG@10", "recall@10",
                    "nDCG nl", "nDCG en", "nDCG cite");
            Map<String, double[]> lexgraphPerQuery = new LinkedHashMap<>();
            // the pool: every passage some system ranks in its first ten, with its grade, for reviewing the judgments
            Map<String, PassageRecord> byId = new HashMap<>();
            passages.forEach(p -> byId.put(p.passageId(), p));
            StringBuilder pool = new StringBuilder();
            for (var e : systems.entrySet()) {
                double ndcg = 0;
                double recall = 0;
                Map<String, double[]> byLanguage = new HashMap<>();
                for (Judged j : judged) {
                    List<String> top = e.getValue().top10(j.query());
                    for (String id : top) {
                        PassageRecord p = byId.get(id);
                        pool.append(j.id()).append('\t').append(grades.get(j.id()).getOrDefault(id, 0)).append('\t')
                                .append(Path.of(p.file()).getFileName()).append('\t').append(p.anchor()).append('\t')
                                .append(p.text().replaceAll("\\s+", " "), 0, Math.min(p.text().length(), 150))
                                .append('\n');
                    }
                    double n = ndcg(top, grades.get(j.id()));
                    double r = recall(top, grades.get(j.id()));
                    ndcg += n;
                    recall += r;
                    double[] l = byLanguage.computeIfAbsent(j.language(), k -> new double[2]);
                    l[0] += n;
                    l[1]++;
                    if (e.getKey().startsWith("Lexgraph")) {
                        lexgraphPerQuery.put(j.id(), new double[] {n, r});
                    }
                }
                java.lang.System.out.printf(Locale.ROOT, "%-52s %8.3f %9.3f %8.3f %8.3f %8.3f%n", e.getKey(),
                        ndcg / judged.size(), recall / judged.size(), mean(byLanguage.get("nl")),
                        mean(byLanguage.get("en")), mean(byLanguage.get("cite")));
            }
            Path poolFile = Path.of("target", "relevance-pool.tsv").toAbsolutePath();
            Files.writeString(poolFile, pool.toString());
            java.lang.System.out.println("(the pool of first ten of every system, with grades: " + poolFile + ")");
            java.lang.System.out.println("Lexgraph search, queries with nDCG@10 below 0.5:");
            for (Judged j : judged) {
                double[] v = lexgraphPerQuery.get(j.id());
                if (v[0] < 0.5) {
                    java.lang.System.out.printf(Locale.ROOT, "  %s %-55s nDCG %.3f recall %.3f%n", j.id(),
                            j.query(), v[0], v[1]);
                }
            }
        } finally {
            try (var walk = Files.walk(kb)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double mean(double[] sumAndCount) {
        return sumAndCount == null || sumAndCount[1] == 0 ? 0 : sumAndCount[0] / sumAndCount[1];
    }

    /** Normalised discounted cumulative gain of the first ten, gains 2^grade - 1. */
    static double ndcg(List<String> top, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, top.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(top.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the relevant passages (grade 1 or 2) among the first ten. */
    static double recall(List<String> top, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = top.stream().limit(10).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    /**
     * The same passages in a plain Lucene index: text, title and anchor with the same boosts as ours, the words
     * OR-ed (what an application built on the analyzer would do); a query it cannot parse is searched as escaped.
     */
    private static System plain(List<PassageRecord> passages, Analyzer index, Analyzer query) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
            for (PassageRecord p : passages) {
                Document d = new Document();
                d.add(new StringField("id", p.passageId(), Field.Store.YES));
                d.add(new TextField("text", p.text(), Field.Store.NO));
                d.add(new TextField("title", p.title() == null ? "" : p.title(), Field.Store.NO));
                d.add(new TextField("anchor", p.anchor() == null ? "" : p.anchor(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        return q -> {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"text", "title", "anchor"}, query,
                    org.lexgraph.index.IndexSchema.FIELD_BOOSTS);
            Query parsed;
            try {
                parsed = parser.parse(q);
            } catch (ParseException e) {
                parsed = parser.parse(QueryParser.escape(q));
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(parsed, 10).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        };
    }
}
