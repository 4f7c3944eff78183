package org.lexgraph.core.versions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.versions.ArticleAligner.Aligned;
import org.lexgraph.core.versions.ArticleAligner.Article;
import org.lexgraph.core.versions.ArticleAligner.Change;
import org.lexgraph.model.Regulation;
import org.lexgraph.tests.support.Fixtures;

/**
 * The comparison of two versions of the largest law of the test corpus (Regeling zorgverzekering, 1.2 MB): the
 * corpus has one version, so a second one is made from it deterministically (a tenth of the articles with a word
 * changed, 2 % removed, 2 % inserted, the articles after one point renumbered). Times the article alignment with word
 * differences, against a baseline in the same run: one word diff of the two whole texts, without alignment. Prints
 * time and heap; asserts nothing about time. {@code ./lexgraph-dev bench diff}.
 */
public class VersionDiffBenchmark {

    @Test
    public void largestLaw() throws Exception {
        Path kb = java.nio.file.Files.createTempDirectory("lexgraph-diff-bench");
        Path law = Fixtures.corpus().resolve("bwb-markdown/BWBR0018715.md");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(law), Importer.Options.DEFAULT, new NullProgressMonitor());
            List<Article> before = s.read(root -> root.getSources().stream().filter(x -> x instanceof Regulation)
                    .map(x -> (Regulation) x).filter(r -> law.toString().equals(r.getOriginalPath())).findFirst()
                    .map(r -> Versions.articles(r.getVersions().get(0))).orElseThrow());
            List<Article> after = mutate(before, new Random(42));
            long chars = before.stream().mapToLong(a -> a.text().length()).sum();
            System.out.printf(Locale.ROOT, "%nVersion diff benchmark: %s, %d articles (%.2f MB of article text) against"
                    + " a changed copy of %d articles%n", law.getFileName(), before.size(), chars / 1e6, after.size());
            System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "what", "ms", "heap MB", "changes");
            for (int round = 0; round < 3; round++) {
                gc();
                long heap = used();
                long t = System.nanoTime();
                List<Aligned> rows = new ArticleAligner().align(before, after);
                double ms = (System.nanoTime() - t) / 1e6;
                long changed = rows.stream().filter(r -> r.change() != Change.UNCHANGED).count();
                System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10d%n", "aligned articles + word diffs (run "
                        + (round + 1) + ")", ms, (used() - heap) / 1e6, changed);
                gc();
                heap = used();
                t = System.nanoTime();
                List<WordDiff.Op> whole = WordDiff.diff(join(before), join(after));
                ms = (System.nanoTime() - t) / 1e6;
                System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10d%n", "baseline: one word diff of the whole texts",
                        ms, (used() - heap) / 1e6, whole.stream().filter(o -> o.kind() != WordDiff.Kind.EQUAL).count());
            }
        }
    }

    private static List<Article> mutate(List<Article> in, Random r) {
        List<Article> out = new ArrayList<>();
        int shift = 0;
        int renumberFrom = in.size() / 2;
        for (int i = 0; i < in.size(); i++) {
            Article a = in.get(i);
            double p = r.nextDouble();
            if (p < 0.02) {
                shift--; // removed
                continue;
            }
            String text = a.text();
            if (p < 0.12) {
                String[] words = text.split(" ");
                words[r.nextInt(words.length)] = "gewijzigd";
                text = String.join(" ", words);
            }
            String number = i >= renumberFrom && a.number() != null && a.number().matches("\\d+")
                    ? String.valueOf(Integer.parseInt(a.number()) + 1 + shift) : a.number();
            out.add(new Article(number, "Artikel " + number, a.title(), text));
            if (p > 0.98) {
                out.add(new Article(a.number() + "a", "Artikel " + a.number() + "a", null,
                        "Een nieuw artikel over de bijdrage voor onverzekerbare vreemdelingen, nummer " + i + "."));
            }
        }
        return out;
    }

    private static String join(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        articles.forEach(a -> sb.append(a.text()).append('\n'));
        return sb.toString();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
