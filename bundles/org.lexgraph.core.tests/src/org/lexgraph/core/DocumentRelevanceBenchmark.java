package org.lexgraph.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.index.RankingOptions;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SourceGroup;
import org.lexgraph.tests.support.VisibleText;

/**
 * Document search measured on the development set of whole real documents with graded queries (a folder with
 * {@code NNN-name.ext} documents and {@code QUERIES.tsv}: {@code qid, language, query, NNN:grade ...}), given as
 * {@code -Dlexgraph.devset=DIR} ({@code ./lexgraph-dev bench relevance} passes the shared development set when it is
 * there; the test command never does). In the same run and on the same files: Lucene BM25 over whole documents with
 * the query escaped (Standard and Dutch analyzers) and Recoll's {@code recollq} (any and all terms) when installed.
 * Prints nDCG@10, P@5, R@10 and MRR overall, by language and by kind of query, then the queries where Lexgraph
 * ranks below the best baseline.
 */
public class DocumentRelevanceBenchmark {

    record Judged(String id, String language, String query, Map<String, Integer> grades, String type) {
    }

    /** A way of ranking documents for a query: their numbers ({@code NNN}), best first. */
    interface Ranker {
        List<String> rank(String query) throws Exception;
    }

    private static final Pattern DOC = Pattern.compile("(\\d{3})-[^/]*$");

    @Test
    public void documentsAgainstBm25AndRecoll() throws Exception {
        String given = System.getProperty("lexgraph.devset");
        if (given == null || !Files.isRegularFile(Path.of(given, "QUERIES.tsv"))) {
            System.out.println("(document relevance: no development set given, -Dlexgraph.devset=DIR)");
            return;
        }
        Path devset = Path.of(given).toAbsolutePath().normalize();
        List<Path> docs;
        try (Stream<Path> list = Files.list(devset)) {
            docs = list.filter(p -> DOC.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Judged> judged = judgments(devset.resolve("QUERIES.tsv"));
        Path kb = Files.createTempDirectory("lexgraph-docrel");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(docs, Importer.Options.DEFAULT, new NullProgressMonitor());
            Map<String, String> visible = new LinkedHashMap<>();
            for (Path d : docs) {
                visible.put(number(d.toString()), VisibleText.of(d));
            }
            Map<String, Ranker> systems = new LinkedHashMap<>();
            systems.put("Lucene BM25 StandardAnalyzer, whole documents", bm25(visible, new StandardAnalyzer()));
            systems.put("Lucene BM25 DutchAnalyzer, whole documents", bm25(visible, new DutchAnalyzer()));
            Path recoll = recollIndex(docs);
            if (recoll != null) {
                systems.put("recollq, any term (-o)", q -> recollq(recoll, "-o", q));
                systems.put("recollq, all terms (-a)", q -> recollq(recoll, "-a", q));
            }
            RankingOptions all = RankingOptions.DEFAULT;
            systems.put("Lexgraph search", q -> lexgraph(s, all, q));
            // ablations: each component taken out (or alone), to see what it adds or costs
            systems.put("Lexgraph − whole text (best passage alone)", q -> lexgraph(s, all.withWholeText(0), q));
            systems.put("Lexgraph − best passage (whole text alone)", q -> lexgraph(s, all.withWholeText(1), q));
            systems.put("Lexgraph − thesaurus synonyms", q -> lexgraph(s, all.withSynonyms(0), q));
            systems.put("Lexgraph − English-Dutch translations", q -> lexgraph(s, all.withTranslations(0), q));
            systems.put("Lexgraph − nearness of the words", q -> lexgraph(s, all.withNearness(0), q));
            systems.put("Lexgraph − words of unresolved citations", q -> lexgraph(s, all.withCitationWords(0), q));
            systems.put("Lexgraph − titles and preambles weighing less",
                    q -> lexgraph(s, all.withOutsideArticle(1), q));
            systems.put("Lexgraph − query stop words (EN, questions)",
                    q -> lexgraph(s, all.withQueryStopWords(false), q));
            systems.put("Lexgraph − sections (a passage by its own words)", q -> lexgraph(s, all.withSection(0), q));
            variants(all).forEach((v, o) -> systems.put("Lexgraph variant " + v, q -> lexgraph(s, o, q)));
            print(devset, docs.size(), judged, systems);
            s.rankWith(all);
        } finally {
            delete(kb);
        }
    }

    /**
     * Weights to try beside the defaults, from {@code LEXGRAPH_BENCH_VARIANTS="0.3:0.1:0.8:0.5,0.7:0.1:0.8"} (whole
     * text, synonyms, translations and optionally section, source and section in source), passed by {@code ./lexgraph-dev bench relevance}.
     */
    static Map<String, RankingOptions> variants(RankingOptions all) {
        Map<String, RankingOptions> out = new LinkedHashMap<>();
        for (String v : System.getProperty("lexgraph.variants", "").split(",")) {
            if (!v.isBlank()) {
                String[] w = v.split(":");
                RankingOptions o = all.withWholeText(Float.parseFloat(w[0])).withSynonyms(Float.parseFloat(w[1]))
                        .withTranslations(Float.parseFloat(w[2]));
                o = w.length > 3 ? o.withSection(Float.parseFloat(w[3])) : o;
                o = w.length > 4 ? o.withSource(Float.parseFloat(w[4])) : o;
                out.put(v, w.length > 5 ? o.withSectionInSource(Float.parseFloat(w[5])) : o);
            }
        }
        return out;
    }

    static List<String> lexgraph(KnowledgeBaseSession s, RankingOptions options, String q) throws Exception {
        s.rankWith(options);
        List<String> out = new ArrayList<>();
        for (SourceGroup g : s.search().run(SearchRequest.of(q, 10).bySource(1)).groups()) {
            // a source that is not one of the set's documents (the letter every knowledge base holds) takes a rank
            String n = number(g.file());
            String key = n != null ? n : "other:" + g.sourceId();
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    static void print(Path devset, int documents, List<Judged> judged, Map<String, Ranker> systems) throws Exception {
        System.out.printf(Locale.ROOT, "%nDocument relevance benchmark: %d queries (%d Dutch, %d English) over %d whole"
                + " documents of %s%n", judged.size(), judged.stream().filter(j -> j.language().equals("nl")).count(),
                judged.stream().filter(j -> j.language().equals("en")).count(), documents, devset);
        List<String> types = List.of("words", "question", "identifier", "citation");
        System.out.printf(Locale.ROOT, "%-46s %7s %6s %6s %6s | %6s %6s |", "system", "nDCG@10", "P@5", "R@10", "MRR",
                "nl", "en");
        for (String t : types) {
            System.out.printf(Locale.ROOT, " %10s", t + " (" + judged.stream().filter(j -> j.type().equals(t)).count()
                    + ")");
        }
        System.out.println();
        Map<String, Map<String, Double>> perQuery = new LinkedHashMap<>();
        for (var e : systems.entrySet()) {
            Map<String, double[]> sums = new HashMap<>();
            Map<String, Double> mine = new LinkedHashMap<>();
            for (Judged j : judged) {
                List<String> ranked = e.getValue().rank(j.query());
                double[] m = metrics(ranked, j.grades());
                mine.put(j.id(), m[0]);
                for (String k : List.of("all", j.language(), j.type())) {
                    double[] sum = sums.computeIfAbsent(k, x -> new double[5]);
                    for (int i = 0; i < 4; i++) {
                        sum[i] += m[i];
                    }
                    sum[4]++;
                }
            }
            perQuery.put(e.getKey(), mine);
            double[] all = sums.get("all");
            System.out.printf(Locale.ROOT, "%-46s %7.3f %6.3f %6.3f %6.3f | %6.3f %6.3f |", e.getKey(),
                    all[0] / all[4], all[1] / all[4], all[2] / all[4], all[3] / all[4], mean(sums.get("nl")),
                    mean(sums.get("en")));
            for (String t : types) {
                System.out.printf(Locale.ROOT, " %10.3f", mean(sums.get(t)));
            }
            System.out.println();
        }
        Map<String, Double> lexgraph = perQuery.get("Lexgraph search");
        System.out.println("Queries where Lexgraph's nDCG@10 is below the best whole-document baseline's:");
        for (Judged j : judged) {
            double best = perQuery.entrySet().stream().filter(e -> !e.getKey().startsWith("Lexgraph"))
                    .mapToDouble(e -> e.getValue().get(j.id())).max().orElse(0);
            if (lexgraph.get(j.id()) + 1e-9 < best) {
                System.out.printf(Locale.ROOT, "  %-4s %-9s %-70s %.3f < %.3f  %s%n", j.id(), j.type(),
                        j.query().length() > 70 ? j.query().substring(0, 67) + "..." : j.query(), lexgraph.get(j.id()),
                        best, lexgraphTop(systems.get("Lexgraph search"), j));
            }
        }
    }

    private static String lexgraphTop(Ranker lexgraph, Judged j) throws Exception {
        List<String> top = lexgraph.rank(j.query());
        return "top " + top.subList(0, Math.min(5, top.size())) + ", relevant " + j.grades();
    }

    private static double mean(double[] sum) {
        return sum == null || sum[4] == 0 ? 0 : sum[0] / sum[4];
    }

    /** nDCG@10 (gains 2^grade - 1), P@5, R@10, MRR (first relevant document of any grade). */
    static double[] metrics(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        double p5 = ranked.stream().limit(5).filter(d -> grades.getOrDefault(d, 0) > 0).count() / 5.0;
        double r10 = relevant == 0 ? 0
                : ranked.stream().limit(10).filter(d -> grades.getOrDefault(d, 0) > 0).count() / (double) relevant;
        double mrr = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                mrr = 1.0 / (i + 1);
                break;
            }
        }
        return new double[] {idcg == 0 ? 0 : dcg / idcg, p5, r10, mrr};
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static List<Judged> judgments(Path tsv) throws IOException {
        List<Judged> out = new ArrayList<>();
        CitationScanner scanner = new CitationScanner();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 4 || f[0].equals("qid")) {
                continue;
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            Matcher m = Pattern.compile("(\\d{3}):(\\d)").matcher(f[3]);
            while (m.find()) {
                grades.put(m.group(1), Integer.parseInt(m.group(2)));
            }
            out.add(new Judged(f[0], f[1], f[2], grades, type(scanner, f[2])));
        }
        return out;
    }

    private static final Pattern QUESTION = Pattern.compile("(?i)^(wie|wat|waar|wanneer|welke?|hoe|waarom|heeft|hebben"
            + "|is|zijn|kan|kunnen|mag|mogen|moet|moeten|which|what|who|whom|where|when|why|how|is|are|does|do|can|may"
            + "|must|should)\\b.*|.*\\?\\s*$");

    /** identifier: the query is a citation; citation: a citation with words; question; words. */
    static String type(CitationScanner scanner, String q) {
        var cited = scanner.scan(q);
        if (!cited.isEmpty()) {
            StringBuilder rest = new StringBuilder(q);
            for (int i = cited.size() - 1; i >= 0; i--) {
                rest.delete(cited.get(i).start(), cited.get(i).end());
            }
            return rest.toString().replaceAll("[\\p{Punct}\\s]+", "").isEmpty() ? "identifier" : "citation";
        }
        if (q.matches("(?i)\\W*(ECLI:|LJN |kst-|stcrt-|stb\\.|gmb-|CVDR)\\S.*")) {
            return "identifier";
        }
        return QUESTION.matcher(q.strip()).matches() ? "question" : "words";
    }

    /** Lucene BM25, one document per file with its whole visible text, the query escaped and its words OR-ed. */
    static Ranker bm25(Map<String, String> texts, Analyzer analyzer) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (var e : texts.entrySet()) {
                Document d = new Document();
                d.add(new StringField("id", e.getKey(), Field.Store.YES));
                d.add(new TextField("text", e.getValue(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        return q -> {
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(new QueryParser("text", analyzer).parse(QueryParser.escape(q)), 10)
                    .scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return out;
        };
    }

    /** Recoll's index of the same files in a configuration of its own; null when recollindex is not installed. */
    static Path recollIndex(List<Path> docs) throws Exception {
        Path conf = Files.createTempDirectory("lexgraph-recoll");
        Path folder = docs.get(0).getParent();
        Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + folder + "\nindexstemminglanguages = dutch "
                + "english\nskippedNames = *.tsv *.py README.md SOURCES.md\n");
        try {
            Process p = new ProcessBuilder("recollindex", "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("(recollindex failed: Recoll left out)");
                return null;
            }
        } catch (IOException e) {
            System.out.println("(recollindex is not installed: Recoll left out; Debian: apt-get install recoll)");
            return null;
        }
        return conf;
    }

    static List<String> recollq(Path conf, String mode, String q) throws Exception {
        Process p = new ProcessBuilder("recollq", "-c", conf.toString(), mode, "-b", "-n", "0-10", q)
                .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        List<String> ranked = new ArrayList<>();
        for (String line : out.split("\n")) {
            String n = number(line.strip());
            if (n != null && !ranked.contains(n)) {
                ranked.add(n);
            }
        }
        return ranked;
    }

    static String number(String file) {
        if (file == null) {
            return null;
        }
        Matcher m = DOC.matcher(file);
        return m.find() ? m.group(1) : null;
    }

    static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
