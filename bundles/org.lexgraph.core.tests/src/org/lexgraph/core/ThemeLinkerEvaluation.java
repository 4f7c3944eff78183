package org.lexgraph.core;

import org.lexgraph.core.themes.Themes;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;

/**
 * The theme linker with its default profiles against documents labelled by hand ({@code themes/labels.tsv}: which
 * asks each of 41 documents addresses; the test corpus, the letter and 22 invented municipal and NGO texts).
 * A document addresses an ask for the linker when one of its passages has a link to it that is not rejected.
 * Prints precision, recall and F1 at ask and at theme level, then per ask where it fails. Not part of the test run:
 * {@code ./lexgraph-dev bench themes}.
 */
public class ThemeLinkerEvaluation {

    static Map<String, Set<String>> labels() throws Exception {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ThemeLinkerEvaluation.class.getResourceAsStream("themes/labels.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> asks = new TreeSet<>();
                for (String a : f[1].split(",")) {
                    if (!a.isBlank() && !a.strip().equals("-")) {
                        asks.add(a.strip());
                    }
                }
                out.put(f[0], asks);
            }
        }
        return out;
    }

    /** Writes the invented documents of the labels into a folder. */
    static Path writeDocuments(Map<String, Set<String>> labels) throws Exception {
        Path dir = Files.createTempDirectory("lexgraph-themes-docs");
        for (String name : labels.keySet()) {
            try (InputStream in = ThemeLinkerEvaluation.class.getResourceAsStream("themes/" + name)) {
                if (in != null) {
                    Files.copy(in, dir.resolve(name));
                }
            }
        }
        return dir;
    }

    @Test
    public void precisionRecallF1() throws Exception {
        Map<String, Set<String>> labels = labels();
        Path docs = writeDocuments(labels);
        Path kb = Files.createTempDirectory("lexgraph-themes-kb");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            long t0 = System.nanoTime();
            s.imports().importPaths(List.of(docs, Fixtures.corpus().resolve("bwb-markdown"),
                    Fixtures.corpus().resolve("rechtspraak")), Importer.Options.DEFAULT, new NullProgressMonitor());
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            s.themes().linkThemes(null);
            double linkSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Set<String>> found = new TreeMap<>();
            labels.keySet().forEach(f -> found.put(f, new TreeSet<>()));
            for (Themes.LinkView l : s.themes().themeLinks(null, null)) {
                String name = l.file() == null ? "" : Path.of(l.file()).getFileName().toString();
                if (found.containsKey(name) && !l.state().equals("rejected")) {
                    found.get(name).add(l.askKey());
                }
            }
            int links = s.themes().themeLinks(null, null).size();
            System.out.printf(Locale.ROOT, "%nTheme linker evaluation: %d documents labelled by hand (%d asks "
                    + "labelled in all), default profiles; %d links proposed; import %.1f s, a full linker run %.1f s%n",
                    labels.size(), labels.values().stream().mapToInt(Set::size).sum(), links, importSeconds,
                    linkSeconds);
            System.out.printf(Locale.ROOT, "%-8s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1",
                    "tp", "fp", "fn");
            score("ask", labels, found, a -> a);
            score("theme", labels, found, a -> a.contains(".") ? a.substring(0, a.indexOf('.')) : a);
            System.out.println("per ask (false positives: documents linked but not labelled; false negatives: labelled"
                    + " but not linked):");
            Set<String> asks = new TreeSet<>();
            labels.values().forEach(asks::addAll);
            for (String ask : asks) {
                List<String> fp = new ArrayList<>();
                List<String> fn = new ArrayList<>();
                for (String doc : labels.keySet()) {
                    boolean l = labels.get(doc).contains(ask);
                    boolean f = found.get(doc).contains(ask);
                    if (f && !l) {
                        fp.add(doc);
                    } else if (l && !f) {
                        fn.add(doc);
                    }
                }
                if (!fp.isEmpty() || !fn.isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-5s fp %s%n        fn %s%n", ask, fp, fn);
                }
            }
        } finally {
            for (Path p : List.of(kb, docs)) {
                try (var walk = Files.walk(p)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
                }
            }
        }
    }

    private static void score(String level, Map<String, Set<String>> labels, Map<String, Set<String>> found,
            java.util.function.Function<String, String> key) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String doc : labels.keySet()) {
            Set<String> l = new TreeSet<>();
            labels.get(doc).forEach(a -> l.add(key.apply(a)));
            Set<String> f = new TreeSet<>();
            found.get(doc).forEach(a -> f.add(key.apply(a)));
            for (String a : f) {
                if (l.contains(a)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String a : l) {
                if (!f.contains(a)) {
                    fn++;
                }
            }
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-8s %9.3f %9.3f %9.3f %6d %6d %6d%n", level, p, r, f1, tp, fp, fn);
    }
}
