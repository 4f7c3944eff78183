package org.lexgraph.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.TextBlock;

/**
 * Citation precision and recall on a development set of whole real documents whose citations were labelled
 * exhaustively ({@code CITATIONS.tsv}: file, literal, type, normalised), against a plain baseline in the same run:
 * regular expressions for the standard forms (Kamerstukken, Handelingen, gazettes, ECLI, LJN, "artikel N" with a
 * capitalised act after it, EU instruments, case numbers), as a user would write them in an afternoon. The matching
 * rules are the development set's own ({@code score.py cite}): a gold literal is found by a span that contains it or
 * lies inside it with at least half its length (or 12 characters: one member of a list); a span is correct when it
 * lies inside a gold literal of its file or contains one. Prints recall by type and the literals Lexgraph misses.
 * Not part of the test run: {@code ./lexgraph-dev bench cite} with {@code -Dlexgraph.devset=DIR}.
 */
public class CitationRecallBenchmark {

    record Gold(String file, String literal, String type) {
    }

    private static final Pattern BASELINE = Pattern.compile(String.join("|",
            "Kamerstukk?(?:en)?\\s+I{1,2}\\s+\\d{4}/\\d{2,4},\\s*\\d{5}(?:[ -][IVXL]+)?,\\s*nr\\.\\s*\\d+",
            "Handelingen\\s+I{1,2}\\s+\\d{4}/\\d{2,4},\\s*nr\\.\\s*\\d+",
            "(?:Stb|Stcrt|Trb|Gmb|Prb)\\.\\s*\\d{4},\\s*\\d+",
            "ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]+",
            "LJN:?\\s+[A-Z]{2}\\d{4}",
            "[Aa]rt(?:ikel|\\.)\\s*\\d+[a-z]*(?:[.:]\\d+[a-z]*)*(?:,?\\s*(?:eerste|tweede|derde|vierde|vijfde|zesde)"
                    + "\\s+lid)?,?\\s+(?:van\\s+(?:de|het)\\s+)?[A-Z][\\p{L}-]*(?:\\s+[a-z][\\p{L}-]*){0,5}",
            "(?:Richtlijn|Verordening)\\s+(?:\\((?:EU|EG|EEG)\\)\\s*)?(?:nr\\.\\s*)?\\d{2,4}/\\d{1,4}(?:/(?:EU|EG|EEG))?",
            "\\b\\d{2}/\\d{3,5}\\b"));

    @Test
    public void citationsAgainstAPlainBaseline() throws Exception {
        String given = System.getProperty("lexgraph.devset");
        if (given == null || given.isBlank()) {
            System.out.println("(citation recall: no development set given, -Dlexgraph.devset=DIR)");
            return;
        }
        Path devset = Path.of(given).toAbsolutePath().normalize();
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(devset.resolve("CITATIONS.tsv")).stream().skip(1).toList()) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                gold.add(new Gold(f[0].substring(0, 3), norm(f[1]), f[2]));
            }
        }
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(devset)) {
            list.filter(p -> p.getFileName().toString().matches("\\d{3}-.*")).forEach(p -> files.put(
                    p.getFileName().toString().substring(0, 3), p));
        }
        ExtractorRegistry extractors = ExtractorRegistry.builtIn();
        CitationScanner scanner = LawNameTables.scanner();
        Map<String, String> texts = new TreeMap<>();
        for (String id : gold.stream().map(Gold::file).distinct().toList()) {
            ExtractedDocument doc = extractors.extract(files.get(id));
            StringBuilder sb = new StringBuilder();
            for (TextBlock b : doc.blocks()) {
                sb.append(b.text()).append('\n');
            }
            texts.put(id, sb.toString());
        }
        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        systems.put("plain regular expressions (the standard forms)", text -> {
            List<String> out = new ArrayList<>();
            Matcher m = BASELINE.matcher(text);
            while (m.find()) {
                out.add(norm(m.group()));
            }
            return out;
        });
        systems.put("Lexgraph citation scanner", text -> scanner.scan(text).stream().map(c -> norm(c.text()))
                .toList());
        System.out.printf(Locale.ROOT, "%nCitation benchmark: %d labelled citations (%d to find) in %d documents of %s%n",
                gold.size(), gold.stream().filter(g -> !g.type().equals("OTHER")).count(), texts.size(), devset);
        List<String> types = gold.stream().map(Gold::type).filter(t -> !t.equals("OTHER")).distinct().sorted()
                .toList();
        System.out.printf(Locale.ROOT, "%-48s %9s %7s %6s | %s%n", "system", "precision", "recall", "F1",
                String.join(" ", types.stream().map(t -> String.format(Locale.ROOT, "%9s", t)).toList()));
        List<String> misses = new ArrayList<>();
        for (var e : systems.entrySet()) {
            Map<String, List<String>> found = new TreeMap<>();
            texts.forEach((id, t) -> found.put(id, e.getValue().apply(t)));
            int shouldFind = 0;
            int foundGold = 0;
            Map<String, int[]> byType = new TreeMap<>();
            for (Gold g : gold) {
                if (g.type().equals("OTHER")) {
                    continue;
                }
                boolean ok = found.get(g.file()).stream().anyMatch(s -> foundBy(g.literal(), s));
                shouldFind++;
                foundGold += ok ? 1 : 0;
                int[] t = byType.computeIfAbsent(g.type(), k -> new int[2]);
                t[0] += ok ? 1 : 0;
                t[1]++;
                if (!ok && e.getKey().startsWith("Lexgraph")) {
                    misses.add(g.file() + " " + g.type() + "  " + g.literal());
                }
            }
            int spans = 0;
            int correct = 0;
            for (var f : found.entrySet()) {
                List<String> literals = gold.stream().filter(g -> g.file().equals(f.getKey())).map(Gold::literal)
                        .toList();
                for (String s : f.getValue()) {
                    spans++;
                    correct += literals.stream().anyMatch(g -> s.length() >= 3 && (g.contains(s) || s.contains(g)))
                            ? 1 : 0;
                }
            }
            double p = spans == 0 ? 0 : (double) correct / spans;
            double r = shouldFind == 0 ? 0 : (double) foundGold / shouldFind;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(Locale.ROOT, "%-48s %9.3f %7.3f %6.3f | %s%n", e.getKey(), p, r, f1,
                    String.join(" ", types.stream().map(t -> String.format(Locale.ROOT, "%9s",
                            byType.getOrDefault(t, new int[2])[0] + "/" + byType.getOrDefault(t, new int[2])[1]))
                            .toList()));
        }
        System.out.println("Where Lexgraph fails (labelled citations it does not find):");
        misses.forEach(m -> System.out.println("  " + (m.length() > 150 ? m.substring(0, 147) + "..." : m)));
    }

    private static boolean foundBy(String gold, String span) {
        return !span.isEmpty() && (span.contains(gold) || (gold.contains(span)
                && span.length() >= Math.min(gold.length() / 2.0, 12)));
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
