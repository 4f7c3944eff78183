package org.lexgraph.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms, abbreviations and an English to Dutch glossary, applied when a query is searched: a line
 * {@code a | b | c} makes the terms equivalent; {@code english => dutch | other} adds the Dutch terms to an English
 * query but not the other way. {@code #} starts a comment. Data a user can edit, kept in the knowledge base.
 * Immutable and thread-safe.
 */
public final class Thesaurus {

    /** No expansions. */
    public static final Thesaurus EMPTY = new Thesaurus(Map.of(), Set.of());

    private final Map<String, Set<String>> alternatives;
    /** The terms that came from the right side of {@code =>} lines: translations, not synonyms. */
    private final Set<String> translations;

    private Thesaurus(Map<String, Set<String>> alternatives, Set<String> translations) {
        this.alternatives = alternatives;
        this.translations = translations;
    }

    /** @throws IOException also for a malformed line, naming it */
    public static Thesaurus read(BufferedReader in) throws IOException {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        Set<String> translated = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.contains("=>")) {
                String[] sides = l.split("=>", 2);
                List<String> from = terms(sides[0]);
                List<String> to = terms(sides[1]);
                if (from.isEmpty() || to.isEmpty()) {
                    throw new IOException("line " + lineNo + ": terms are needed on both sides of =>");
                }
                for (String f : from) {
                    map.computeIfAbsent(normalise(f), k -> new LinkedHashSet<>()).addAll(to);
                }
                to.forEach(t -> translated.add(normalise(t)));
            } else {
                List<String> group = terms(l);
                if (group.size() < 2) {
                    continue; // a single term: nothing to add
                }
                for (String t : group) {
                    Set<String> alt = map.computeIfAbsent(normalise(t), k -> new LinkedHashSet<>());
                    for (String other : group) {
                        if (!normalise(other).equals(normalise(t))) {
                            alt.add(other);
                        }
                    }
                }
            }
        }
        return new Thesaurus(Map.copyOf(map), Set.copyOf(translated));
    }

    private static List<String> terms(String side) {
        List<String> out = new ArrayList<>();
        for (String t : side.split("\\|")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** The terms to search as well for a query: for every thesaurus term the query contains, its alternatives. */
    public List<String> expansions(String query) {
        String q = " " + normalise(query).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : alternatives.entrySet()) {
            String term = e.getKey().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!term.isEmpty() && q.contains(" " + term + " ")) {
                for (String alt : e.getValue()) {
                    if (!q.contains(" " + normalise(alt).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")) {
                        out.add(alt);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code term} (one of {@link #expansions}) translates the query's words ({@code =>} lines: the user's
     * meaning in the texts' language) rather than widening them with a synonym.
     */
    public boolean isTranslation(String term) {
        return translations.contains(normalise(term));
    }

    static String normalise(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}+", "").strip();
    }

    public int size() {
        return alternatives.size();
    }
}
