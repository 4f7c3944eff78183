package org.lexgraph.core.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aligns the articles of two versions of a regulation: first by number where the text still resembles itself, then
 * the rest by text similarity (an article renumbered, with or without changes), and what is left is inserted or
 * removed. Each pair gets its word-level differences. Stateless.
 */
public final class ArticleAligner {

    /** Below this similarity two articles with the same number are different articles (the number was reused). */
    static final double SAME_NUMBER_MIN = 0.35;
    /** At or above this similarity an article under another number is the same article, renumbered. */
    static final double RENUMBERED_MIN = 0.6;

    /** What happened to an article between two versions. */
    public enum Change {
        UNCHANGED, CHANGED, RENUMBERED, INSERTED, REMOVED
    }

    /** An article of one version: its number and label as printed, title, and whole text (leden included). */
    public record Article(String number, String label, String title, String text) {
        String key() {
            return number == null ? label.toLowerCase(Locale.ROOT) : number.strip().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One row of the comparison.
     *
     * @param before the article in the earlier version, or null when inserted
     * @param after the article in the later version, or null when removed
     * @param similarity of the two texts, 0..1 (1 when both are absent or equal)
     */
    public record Aligned(Change change, Article before, Article after, double similarity, List<WordDiff.Op> diff) {
        /** The article's number in the later version, else in the earlier one. */
        public String number() {
            return after != null ? after.number() : before.number();
        }

        public boolean changedText() {
            return diff.stream().anyMatch(op -> op.kind() != WordDiff.Kind.EQUAL);
        }
    }

    public List<Aligned> align(List<Article> before, List<Article> after) {
        Map<Integer, Integer> pairs = new HashMap<>(); // index in after → index in before
        boolean[] used = new boolean[before.size()];
        Map<String, Integer> beforeByNumber = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            beforeByNumber.putIfAbsent(before.get(i).key(), i);
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        // 1. the same number, if the text still resembles itself
        for (int j = 0; j < after.size(); j++) {
            Integer i = beforeByNumber.get(after.get(j).key());
            if (i != null && !used[i] && similarity(before.get(i).text(), after.get(j).text(), counts) >= SAME_NUMBER_MIN) {
                pairs.put(j, i);
                used[i] = true;
            }
        }
        // 2. the rest by text: the most similar pairs first
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            if (pairs.containsKey(j)) {
                continue;
            }
            for (int i = 0; i < before.size(); i++) {
                if (!used[i]) {
                    double s = similarity(before.get(i).text(), after.get(j).text(), counts);
                    if (s >= RENUMBERED_MIN) {
                        candidates.add(new double[] {s, i, j});
                    }
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!used[i] && !pairs.containsKey(j)) {
                pairs.put(j, i);
                used[i] = true;
            }
        }
        // 3. rows in the order of the later version; a removed article after the one that preceded it
        List<Aligned> rows = new ArrayList<>();
        int nextBefore = 0;
        for (int j = 0; j < after.size(); j++) {
            Integer i = pairs.get(j);
            if (i != null) {
                for (; nextBefore < i; nextBefore++) {
                    if (!used[nextBefore]) {
                        rows.add(removed(before.get(nextBefore)));
                        used[nextBefore] = true;
                    }
                }
                nextBefore = Math.max(nextBefore, i + 1);
                Article a = before.get(i);
                Article b = after.get(j);
                List<WordDiff.Op> diff = WordDiff.diff(a.text(), b.text());
                boolean same = diff.stream().allMatch(op -> op.kind() == WordDiff.Kind.EQUAL);
                Change change = !a.key().equals(b.key()) ? Change.RENUMBERED
                        : same ? Change.UNCHANGED : Change.CHANGED;
                rows.add(new Aligned(change, a, b, similarity(a.text(), b.text(), counts), diff));
            } else {
                Article b = after.get(j);
                rows.add(new Aligned(Change.INSERTED, null, b, 0,
                        List.of(new WordDiff.Op(WordDiff.Kind.INSERT, WordDiff.join(WordDiff.words(b.text()))))));
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (!used[i]) {
                rows.add(removed(before.get(i)));
            }
        }
        return rows;
    }

    private static Aligned removed(Article a) {
        return new Aligned(Change.REMOVED, a, null, 0,
                List.of(new WordDiff.Op(WordDiff.Kind.DELETE, WordDiff.join(WordDiff.words(a.text())))));
    }

    /** Cosine similarity of the two texts' word counts (case folded). */
    static double similarity(String a, String b, Map<String, Map<String, Integer>> cache) {
        Map<String, Integer> x = cache.computeIfAbsent(a, ArticleAligner::counts);
        Map<String, Integer> y = cache.computeIfAbsent(b, ArticleAligner::counts);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            Integer o = y.get(e.getKey());
            if (o != null) {
                dot += (double) e.getValue() * o;
            }
        }
        return dot == 0 ? 0 : dot / (norm(x) * norm(y));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : WordDiff.words(text)) {
            if (Character.isLetterOrDigit(w.charAt(0))) {
                m.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return m;
    }

    private static double norm(Map<String, Integer> m) {
        double s = 0;
        for (int v : m.values()) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }
}
