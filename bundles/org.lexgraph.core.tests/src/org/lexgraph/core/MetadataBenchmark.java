package org.lexgraph.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * What Lexgraph recognises of whole real documents (kind, title, date, identifiers, municipality, court) against the
 * development set's gold ({@code METADATA.tsv}), field by field, with the documents where a field is wrong. The rules
 * are the set's own ({@code score.py meta}): a municipal regulation may be reported as a regulation, a title is right
 * when equal to the gold or (longer than 12 characters) contained in it or containing it, identifiers when each gold
 * one is among them. Not part of the test run: {@code ./lexgraph-dev bench cite} with {@code -Dlexgraph.devset=DIR}.
 */
public class MetadataBenchmark {

    private static final Map<String, Set<String>> KINDS = Map.of("regulation", Set.of("regulation"),
            "municipal-regulation", Set.of("regulation", "municipal-regulation"), "ruling", Set.of("ruling"),
            "parliamentary-paper", Set.of("parliamentary-paper"), "gazette", Set.of("regulation", "gazette"));
    private static final List<String> FIELDS = List.of("kind", "title", "date", "identifiers", "municipality",
            "court");

    @Test
    public void fieldsAgainstTheGold() throws Exception {
        String given = System.getProperty("lexgraph.devset");
        if (given == null || !Files.isRegularFile(Path.of(given, "METADATA.tsv"))) {
            System.out.println("(metadata: no development set given, -Dlexgraph.devset=DIR)");
            return;
        }
        Path devset = Path.of(given).toAbsolutePath().normalize();
        List<Path> docs;
        try (Stream<Path> list = Files.list(devset)) {
            docs = list.filter(p -> p.getFileName().toString().matches("\\d{3}-.*")).sorted().toList();
        }
        Path kb = Files.createTempDirectory("lexgraph-meta");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(docs, Importer.Options.DEFAULT, new NullProgressMonitor());
            Map<String, SourceMetadata> got = new HashMap<>();
            for (SourceMetadata m : SourceMetadata.list(s)) {
                String name = m.file() == null ? "" : Path.of(m.file().split(" \u203A ")[0]).getFileName().toString();
                if (name.matches("\\d{3}-.*")) {
                    got.put(name.substring(0, 3), m);
                }
            }
            Map<String, int[]> score = new LinkedHashMap<>();
            FIELDS.forEach(f -> score.put(f, new int[2]));
            List<String> wrong = new ArrayList<>();
            List<String> lines = Files.readAllLines(devset.resolve("METADATA.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] g = (line + "\t\t\t\t\t\t\t").split("\t", -1);
                String id = g[0].substring(0, 3);
                SourceMetadata m = got.get(id);
                Map<String, String> gold = Map.of("kind", g[1], "title", g[2], "date", g[3], "identifiers", g[4],
                        "municipality", g[5], "court", g[6]);
                for (String field : FIELDS) {
                    String want = gold.get(field);
                    if (want.isBlank() || field.equals("kind") && !KINDS.containsKey(want)) {
                        continue;
                    }
                    boolean ok = m != null && right(field, want, m);
                    int[] c = score.get(field);
                    c[0] += ok ? 1 : 0;
                    c[1]++;
                    if (!ok) {
                        String have = m == null ? "(not imported)" : value(field, m);
                        wrong.add(String.format(Locale.ROOT, "%s %-12s want %s, got %s", id, field, clip(want),
                                clip(have)));
                    }
                }
            }
            int right = score.values().stream().mapToInt(c -> c[0]).sum();
            int all = score.values().stream().mapToInt(c -> c[1]).sum();
            System.out.printf(Locale.ROOT, "%nMetadata benchmark: %d documents of %s%n", got.size(), devset);
            StringBuilder row = new StringBuilder();
            score.forEach((f, c) -> row.append(String.format(Locale.ROOT, "%s %d/%d  ", f, c[0], c[1])));
            System.out.printf(Locale.ROOT, "%s overall %.3f%n", row, all == 0 ? 0 : (double) right / all);
            System.out.println("Where it is wrong:");
            wrong.forEach(w -> System.out.println("  " + w));
        } finally {
            DocumentRelevanceBenchmark.delete(kb);
        }
    }

    private static boolean right(String field, String want, SourceMetadata m) {
        String have = norm(value(field, m));
        String w = norm(want);
        return switch (field) {
            case "kind" -> KINDS.get(want).contains(have);
            case "date" -> have.startsWith(w);
            case "identifiers" -> {
                String ids = norm(String.join(",", m.identifiers())).replace(" ", "");
                boolean all = true;
                for (String id : want.split(",")) {
                    String i = norm(id).replace(" ", "");
                    all &= !i.isEmpty() && (ids.contains(i) || ids.contains(i.substring(i.lastIndexOf(':') + 1)));
                }
                yield all;
            }
            case "municipality" -> have.contains(w);
            case "court" -> !have.isEmpty() && (have.contains(w) || w.contains(have));
            default -> !have.isEmpty() && (have.equals(w) || have.length() > 12 && (w.contains(have)
                    || have.contains(w)));
        };
    }

    private static String value(String field, SourceMetadata m) {
        return switch (field) {
            case "kind" -> m.kind();
            case "title" -> m.title();
            case "date" -> m.date() == null ? null : m.date().toString();
            case "identifiers" -> String.join(", ", m.identifiers());
            case "municipality" -> m.municipality();
            default -> m.court();
        };
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }
}
