package org.lexgraph.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.tests.support.Fixtures;

/**
 * Precision and recall per type on citations labelled by hand in real rulings ({@code labelled/rulings.tsv}),
 * compared as sets of keys per document. Prints the figures; fails only when precision drops below 90 %, since a
 * wrong link costs a reader more than a missing one.
 */
public class LabelledSetTest {

    @Test
    public void precisionAndRecallPerType() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LabelledSetTest.class.getResourceAsStream("/labelled/rulings.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    expected.computeIfAbsent(c[0], k -> new TreeSet<>()).add(c[1] + " " + c[2]);
                }
            }
        }
        ExtractorRegistry extractors = ExtractorRegistry.builtIn();
        CitationScanner scanner = new CitationScanner();
        Map<String, int[]> perType = new TreeMap<>(); // true positives, found, labelled
        for (var e : expected.entrySet()) {
            ExtractedDocument doc = extractors.extract(Fixtures.corpus().resolve("rechtspraak").resolve(e.getKey()));
            String text = doc.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
            Set<String> found = new TreeSet<>();
            for (Citation c : scanner.scan(text)) {
                found.add(c.type().name().toLowerCase(Locale.ROOT) + " " + c.key());
            }
            for (String f : found) {
                int[] t = perType.computeIfAbsent(f.split(" ")[0], k -> new int[3]);
                t[1]++;
                if (e.getValue().contains(f)) {
                    t[0]++;
                }
            }
            for (String l : e.getValue()) {
                perType.computeIfAbsent(l.split(" ")[0], k -> new int[3])[2]++;
            }
        }
        List<String> report = new ArrayList<>();
        int tp = 0;
        int found = 0;
        for (var t : perType.entrySet()) {
            int[] v = t.getValue();
            tp += v[0];
            found += v[1];
            report.add(String.format(Locale.ROOT, "%-10s precision %5.1f %% (%d/%d)  recall %5.1f %% (%d/%d)",
                    t.getKey(), v[1] == 0 ? 100.0 : 100.0 * v[0] / v[1], v[0], v[1],
                    v[2] == 0 ? 100.0 : 100.0 * v[0] / v[2], v[0], v[2]));
        }
        System.out.println("\nCitation scanner on the labelled rulings:\n" + String.join("\n", report));
        assertTrue(found == 0 || tp >= 0.9 * found, String.join("\n", report));
    }
}
