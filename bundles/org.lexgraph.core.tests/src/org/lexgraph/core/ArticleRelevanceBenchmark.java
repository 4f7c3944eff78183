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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.RankingOptions;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.tests.support.Fixtures;

/**
 * Finding the governing article: questions on the 13 laws of the test corpus, each judged with the article(s) that
 * answer it ({@code relevance/articles.tsv}). Lexgraph's passage search (hits taken to their article) against Lucene
 * BM25 with one document per article (the same text, the query escaped; Standard and Dutch analyzers), in the same
 * run: MRR@10, Success@1 and Success@10, by language. Not part of the test run: {@code ./lexgraph-dev bench relevance}.
 */
public class ArticleRelevanceBenchmark {

    record Question(String id, String language, String query, Set<String> articles) {
    }

    interface Ranker {
        List<String> rank(String query) throws Exception;
    }

    private static final Pattern ARTICLE = Pattern.compile("^Artikel\\s+([0-9]+[0-9a-z:.]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BWB = Pattern.compile("(BWBR\\d{7})");

    @Test
    public void governingArticleAgainstBm25PerArticle() throws Exception {
        List<Question> questions = questions();
        Path kb = Files.createTempDirectory("lexgraph-articles");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.corpus().resolve("bwb-markdown")), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            // every article's text, from the passages Lexgraph indexed (what is not in an article is a unit too)
            Map<String, StringBuilder> articles = new LinkedHashMap<>();
            s.read(root -> {
                for (Source src : root.getSources()) {
                    if (!src.eIsProxy() && src.getStatus() == SourceStatus.OK) {
                        for (PassageRecord p : org.lexgraph.core.internal.IndexRecords.of(src)) {
                            articles.computeIfAbsent(articleOf(p.file(), p.anchor(), p.passageId()),
                                    k -> new StringBuilder()).append(p.anchor()).append('\n').append(p.text())
                                    .append('\n');
                        }
                    }
                }
                return null;
            });
            Map<String, Ranker> systems = new LinkedHashMap<>();
            systems.put("Lucene BM25 StandardAnalyzer, one document per article", bm25(articles,
                    new StandardAnalyzer()));
            systems.put("Lucene BM25 DutchAnalyzer, one document per article", bm25(articles, new DutchAnalyzer()));
            systems.put(LEXGRAPH, q -> lexgraph(s, RankingOptions.DEFAULT, q));
            systems.put(GROUPED, q -> grouped(s, RankingOptions.DEFAULT, q));
            systems.put("  the same, sections deciding which source first too", q -> grouped(s,
                    RankingOptions.DEFAULT.withSectionInSource(1), q));
            systems.put("Lexgraph − titles and preambles weighing less", q -> lexgraph(s,
                    RankingOptions.DEFAULT.withOutsideArticle(1), q));
            systems.put("Lexgraph − English-Dutch translations", q -> lexgraph(s,
                    RankingOptions.DEFAULT.withTranslations(0), q));
            systems.put("Lexgraph − nearness of the words", q -> lexgraph(s,
                    RankingOptions.DEFAULT.withNearness(0), q));
            systems.put("Lexgraph − the article's whole text (the passage alone)", q -> lexgraph(s,
                    RankingOptions.DEFAULT.withSection(0), q));
            systems.put("Lexgraph − the law's whole text and title", q -> lexgraph(s,
                    RankingOptions.DEFAULT.withSource(0), q));
            DocumentRelevanceBenchmark.variants(RankingOptions.DEFAULT).forEach((v, o) -> {
                systems.put("Lexgraph variant " + v, q -> lexgraph(s, o, q));
                systems.put("Lexgraph variant " + v + " by source", q -> grouped(s, o, q));
            });
            System.out.printf(Locale.ROOT, "%nArticle relevance benchmark: %d questions (%d Dutch, %d English) over %,d"
                    + " articles and other parts of the 13 laws of %s%n", questions.size(),
                    questions.stream().filter(q -> q.language().equals("nl")).count(),
                    questions.stream().filter(q -> q.language().equals("en")).count(), articles.size(),
                    Fixtures.corpus().resolve("bwb-markdown"));
            System.out.printf(Locale.ROOT, "%-56s %7s %6s %7s | %7s %7s%n", "system", "MRR@10", "S@1", "S@10",
                    "MRR nl", "MRR en");
            Map<String, Map<String, Double>> reciprocal = new LinkedHashMap<>();
            for (var e : systems.entrySet()) {
                double mrr = 0;
                double s1 = 0;
                double s10 = 0;
                Map<String, double[]> byLanguage = new HashMap<>();
                Map<String, Double> mine = new LinkedHashMap<>();
                for (Question q : questions) {
                    List<String> ranked = e.getValue().rank(q.query());
                    double rr = 0;
                    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                        if (q.articles().contains(ranked.get(i))) {
                            rr = 1.0 / (i + 1);
                            break;
                        }
                    }
                    mine.put(q.id(), rr);
                    mrr += rr;
                    s1 += rr == 1 ? 1 : 0;
                    s10 += rr > 0 ? 1 : 0;
                    double[] l = byLanguage.computeIfAbsent(q.language(), k -> new double[2]);
                    l[0] += rr;
                    l[1]++;
                }
                reciprocal.put(e.getKey(), mine);
                int n = questions.size();
                System.out.printf(Locale.ROOT, "%-56s %7.3f %6.3f %7.3f | %7.3f %7.3f%n", e.getKey(), mrr / n, s1 / n,
                        s10 / n, mean(byLanguage.get("nl")), mean(byLanguage.get("en")));
            }
            System.out.println("Questions where Lexgraph does not put the governing article first (RR by passage,"
                    + " by source as shown):");
            Map<String, Double> lexgraph = reciprocal.get(LEXGRAPH);
            Map<String, Double> shown = reciprocal.get(GROUPED);
            for (Question q : questions) {
                if (lexgraph.get(q.id()) < 1 || shown.get(q.id()) < 1) {
                    List<String> top = lexgraph(s, RankingOptions.DEFAULT, q.query());
                    List<String> byShown = grouped(s, RankingOptions.DEFAULT, q.query());
                    System.out.printf(Locale.ROOT, "  %-4s RR %.2f %.2f  %-60s want %s, got %s, shown %s%n", q.id(),
                            lexgraph.get(q.id()), shown.get(q.id()), q.query(), q.articles(),
                            top.subList(0, Math.min(3, top.size())), byShown.subList(0, Math.min(3, byShown.size())));
                }
            }
        } finally {
            DocumentRelevanceBenchmark.delete(kb);
        }
    }

    private static final String LEXGRAPH = "Lexgraph search (passages, taken to their article)";
    private static final String GROUPED = "Lexgraph search by source, 3 passages each (as shown)";

    private static List<String> lexgraph(KnowledgeBaseSession s, RankingOptions options, String q) throws Exception {
        s.rankWith(options);
        List<String> out = new ArrayList<>();
        for (SearchHit h : s.search().run(SearchRequest.of(q, 100)).hits()) {
            String a = articleOf(h.file(), h.anchor(), h.passageId());
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The articles in the order the CLI and the Search view show them: sources, each with its best passages. */
    private static List<String> grouped(KnowledgeBaseSession s, RankingOptions options, String q) throws Exception {
        s.rankWith(options);
        List<String> out = new ArrayList<>();
        for (SearchHit h : s.search().run(SearchRequest.of(q, 10).bySource(3)).hits()) {
            String a = articleOf(h.file(), h.anchor(), h.passageId());
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static double mean(double[] sum) {
        return sum == null || sum[1] == 0 ? 0 : sum[0] / sum[1];
    }

    /** {@code BWBR0011823:10} for a passage of article 10; other parts are units of their own. */
    static String articleOf(String file, String anchor, String passageId) {
        Matcher law = BWB.matcher(file == null ? "" : file);
        Matcher article = ARTICLE.matcher(anchor == null ? "" : anchor.strip());
        if (law.find() && article.find()) {
            return law.group(1) + ":" + article.group(1).replaceAll("[.:]$", "");
        }
        return "part:" + passageId;
    }

    static List<Question> questions() throws Exception {
        List<Question> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ArticleRelevanceBenchmark.class.getResourceAsStream("relevance/articles.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Question(f[0], f[1], f[2], Set.of(f[3].split(" "))));
            }
        }
        return out;
    }

    /** BM25 with one document per unit, as the document benchmark builds it. */
    static Ranker bm25(Map<String, StringBuilder> units, Analyzer analyzer) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        units.forEach((k, v) -> texts.put(k, v.toString()));
        DocumentRelevanceBenchmark.Ranker plain = DocumentRelevanceBenchmark.bm25(texts, analyzer);
        return plain::rank;
    }
}
