package org.lexgraph.cite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;

/**
 * Scanner throughput on the laws and rulings of the test corpus, on one thread, against two baselines in the same
 * run: the trigger search alone (the floor) and every grammar searched over the whole text (what the triggers save).
 * Goal: 20 MB/s or more. Run with {@code ./lexgraph-dev bench cite}.
 */
public class CitationScannerBenchmark {

    @Test
    public void throughput() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.corpus())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        CitationScanner scanner = new CitationScanner();
        Pattern naive = Pattern.compile("Kamerstukken?\\s+(?:II|I)?\\s*\\d{4}/\\d{2,4},\\s*\\d{5}[^.;]{0,40}"
                + "|ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]+|(?:Stb|Stcrt|Trb|Gmb)\\.\\s*\\d{4},\\s*\\d+"
                + "|BWB[RV]\\d{7}|CVDR\\d+(?:[_/]\\d+)?|Handelingen\\s+(?:II|I)?\\s*\\d{4}/\\d{2,4},\\s*nr\\.\\s*\\d+");
        // warm up the JIT on the same work
        for (int i = 0; i < 3; i++) {
            for (String t : texts) {
                scanner.scan(t);
            }
        }
        int rounds = 10;
        long found = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                found += scanner.scan(t).size();
            }
        }
        double scan = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long triggers = 0;
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                for (int p = CitationScanner.nextTrigger(t, 0); p >= 0; p = CitationScanner.nextTrigger(t, p + 1)) {
                    triggers++;
                }
            }
        }
        double floor = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        long naiveFound = 0;
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                for (var m = naive.matcher(t); m.find();) {
                    naiveFound++;
                }
            }
        }
        double whole = (System.nanoTime() - t2) / 1e9;
        double mb = chars * rounds / 1e6;
        System.out.printf(Locale.ROOT, "%nCitation scanner benchmark: %d files, %.1f MB of text x %d rounds%n",
                texts.size(), chars / 1e6, rounds);
        System.out.printf(Locale.ROOT, "%-34s %10s %12s%n", "pass", "MB/s", "matches");
        System.out.printf(Locale.ROOT, "%-34s %10.1f %12d%n", "trigger search only (floor)", mb / floor,
                triggers / rounds);
        System.out.printf(Locale.ROOT, "%-34s %10.1f %12d%n", "CitationScanner", mb / scan, found / rounds);
        System.out.printf(Locale.ROOT, "%-34s %10.1f %12d%n", "one regex over the whole text", mb / whole,
                naiveFound / rounds);
    }
}
