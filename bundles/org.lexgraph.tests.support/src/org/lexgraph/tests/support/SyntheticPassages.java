package org.lexgraph.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchRequest;

/**
 * Passages for the speed benchmarks: written with the vocabulary of the corpus's laws (drawn at random, 40 to 80
 * words), 50 to a source, carrying a kind, municipality, actors, themes and a date; and the mix of queries users type
 * and ask for (term, phrase, boolean, fielded, plain words, faceted, grouped by source, newest first). The same seed
 * gives the same passages and queries, so that two indexes are measured on the same work.
 */
public final class SyntheticPassages {

    public static final int PER_SOURCE = 50;
    public static final String[] KINDS = {"regulation", "ruling", "parliamentary-paper", "ngo-document",
        "generic-document"};
    public static final String[] MUNICIPALITIES = {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Zwolle",
        "Groningen", "Eindhoven", "Tilburg", "Nijmegen", "Arnhem", "Leiden", "Maastricht"};
    /** The kinds of query of the mix, each as often. */
    public static final String[] QUERY_KINDS = {"term", "phrase", "boolean", "fielded", "plain words", "faceted",
        "by source", "by date"};

    private final List<String> words;

    private SyntheticPassages(List<String> words) {
        this.words = words;
    }

    /** The vocabulary of the corpus's laws (fixtures/corpus/bwb-markdown). */
    public static SyntheticPassages ofCorpus() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.corpus().resolve("bwb-markdown"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String w : Files.readString(p).split("[^\\p{L}]+")) {
                    if (w.length() > 1) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new SyntheticPassages(words);
    }

    public int vocabularySize() {
        return words.size();
    }

    /** Receives the passages of one source at a time. */
    public interface SourceSink {
        void accept(String sourceId, List<PassageRecord> passages) throws IOException;
    }

    /** Writes {@code n} passages, one source at a time, drawn with the given random numbers. */
    public void generate(int n, Random r, SourceSink sink) throws IOException {
        List<PassageRecord> batch = new ArrayList<>(PER_SOURCE);
        for (int i = 0; i < n; i++) {
            int start = r.nextInt(words.size() - 80);
            String text = String.join(" ", words.subList(start, start + 40 + r.nextInt(40)));
            int src = i / PER_SOURCE;
            String source = "s" + src;
            int year = 1995 + src % 31;
            Map<String, List<String>> fields = new HashMap<>();
            fields.put(IndexSchema.MUNICIPALITY, List.of(MUNICIPALITIES[src % MUNICIPALITIES.length]));
            fields.put(IndexSchema.ACTOR, List.of("Gemeente " + MUNICIPALITIES[src % MUNICIPALITIES.length],
                    "Actor " + src % 97));
            if (i % 7 == 0) {
                fields.put(IndexSchema.THEME, List.of("T" + (1 + i % 4), "T" + (1 + i % 4) + "." + (1 + i % 3)));
            }
            batch.add(new PassageRecord("p" + i, source, "Bron " + source, KINDS[src % KINDS.length],
                    "/data/" + source, 1 + (i % PER_SOURCE) / 5, "Artikel " + (i % 30), i % PER_SOURCE, text,
                    List.of(), List.of(), year, year * 10000 + 101 + src % 12 * 100, fields));
            if ((i + 1) % PER_SOURCE == 0) {
                sink.accept(source, batch);
                batch = new ArrayList<>(PER_SOURCE);
            }
        }
        if (!batch.isEmpty()) {
            sink.accept("last", batch);
        }
    }

    /** One query of the mix, and its kind. */
    public record Query(String kind, SearchRequest request) {
    }

    /** {@code n} queries of the mix, each kind as often, drawn with the given random numbers. */
    public List<Query> queries(int n, Random r) {
        List<Query> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(words.size() - 3);
            String a = words.get(at);
            String b = words.get(at + 1);
            String k = QUERY_KINDS[i % QUERY_KINDS.length];
            SearchRequest q = switch (k) {
                case "term" -> SearchRequest.of(a, 10);
                case "phrase" -> SearchRequest.of("\"" + a + " " + b + "\"", 10);
                case "boolean" -> SearchRequest.of(a + " AND " + words.get(r.nextInt(words.size())), 10);
                case "fielded" -> SearchRequest.of("kind:" + KINDS[i % KINDS.length] + " AND " + a, 10);
                case "plain words" -> SearchRequest.of(a + " " + b + " " + words.get(at + 2), 10);
                case "faceted" -> SearchRequest.of(a + " " + b, 10).withFacets(true).withFilter(SearchFilter.NONE
                        .with(IndexSchema.MUNICIPALITY, MUNICIPALITIES[i % MUNICIPALITIES.length]));
                case "by source" -> SearchRequest.of(a + " " + b, 10).bySource(3);
                default -> SearchRequest.of(a + " " + b, 10).withOrder(SearchRequest.Order.DATE);
            };
            out.add(new Query(k, q));
        }
        return out;
    }
}
