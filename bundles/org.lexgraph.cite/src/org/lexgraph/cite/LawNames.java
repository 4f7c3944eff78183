package org.lexgraph.cite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table of law names and abbreviations that article references in prose name ({@code art. 122a Zvw},
 * {@code artikel 10 van de Vreemdelingenwet 2000}), each mapped to its BWB id where known; a code split into books
 * (the BW) maps per book. Data, not code: {@code laws.tsv} ships with Lexgraph and users can load their own.
 * Immutable and thread-safe.
 */
public final class LawNames {

    /** A law as the table knows it; {@code bwb} is null when only the name (and its slug) is known. */
    record Law(String name, String book, String bwb, String slug) {
    }

    private final Map<String, List<Law>> byName = new HashMap<>();
    private final Pattern names;

    public LawNames(BufferedReader table) throws IOException {
        this(List.of(table));
    }

    /**
     * The tables together, in order (a name in two tables maps to the ids of both, the first first): the built-in
     * table with those that bundles or users contribute.
     *
     * @throws IOException for a malformed line, naming the table (by its position) and the line
     */
    public LawNames(List<BufferedReader> tables) throws IOException {
        for (int t = 0; t < tables.size(); t++) {
            try {
                read(tables.get(t));
            } catch (IOException e) {
                throw new IOException((tables.size() > 1 ? "table " + (t + 1) + ", " : "") + e.getMessage(), e);
            }
        }
        List<String> sorted = new ArrayList<>(byName.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String n : sorted) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(n));
        }
        names = Pattern.compile(alternation.toString());
    }

    private void read(BufferedReader table) throws IOException {
        int lineNo = 0;
        for (String line = table.readLine(); line != null; line = table.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].isBlank()) {
                throw new IOException("line " + lineNo + ": a law name is needed in the first column");
            }
            String book = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
            String id = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : null;
            String bwb = null;
            String slug = null;
            if (id != null && id.startsWith("=") && id.length() > 1) {
                slug = id.substring(1);
            } else if (id != null && id.matches("BWB[RV]\\d{7}")) {
                bwb = id;
            } else if (id != null) {
                throw new IOException("line " + lineNo + ": " + id + " is neither a BWB id (BWBR or BWBV and 7 digits)"
                        + " nor =slug");
            }
            byName.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>())
                    .add(new Law(cols[0].strip(), book, bwb, slug));
        }
    }

    /** The built-in table's text, for registries that offer it beside their own (one line per law name). */
    public static BufferedReader builtInTable() {
        InputStream in = LawNames.class.getResourceAsStream("laws.tsv");
        if (in == null) {
            throw new IllegalStateException("laws.tsv is missing from org.lexgraph.cite");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The table that ships with Lexgraph. */
    /** The built-in table's text (to read with a user's table before it). */
    public static String builtInText() {
        try (InputStream in = LawNames.class.getResourceAsStream("laws.tsv")) {
            if (in == null) {
                throw new IllegalStateException("laws.tsv is missing from org.lexgraph.cite");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LawNames builtIn() {
        try (InputStream in = LawNames.class.getResourceAsStream("laws.tsv")) {
            if (in == null) {
                throw new IllegalStateException("laws.tsv is missing from org.lexgraph.cite");
            }
            return new LawNames(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names, longest first, as one regular expression. */
    String pattern() {
        return names.pattern();
    }

    /**
     * The key part for a law name and article: {@code bwb:BWBR…} where the id is known, else {@code law:slug} (the
     * slug from the table, or the name itself).
     */
    String lawKey(String name, String article) {
        String bwb = bwb(name, article);
        if (bwb != null) {
            return "bwb:" + bwb;
        }
        for (Law l : byName.getOrDefault(name, List.of())) {
            if (l.slug() != null) {
                return "law:" + l.slug();
            }
        }
        return nameKey(name);
    }

    /**
     * The key of an act the table does not know, from its name as written ({@code law:verordening-jeugdhulp-2020}):
     * also the key under which a regulation in the knowledge base is cited by its title.
     */
    public static String nameKey(String name) {
        return "law:" + name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** The BWB id of a law name for an article number ({@code 6:80} is in book 6 of the BW), or null. */
    String bwb(String name, String article) {
        List<Law> laws = byName.get(name);
        if (laws == null) {
            return null;
        }
        String book = article.contains(":") ? article.substring(0, article.indexOf(':')) : null;
        for (Law l : laws) {
            if (l.book() != null && l.book().equals(book)) {
                return l.bwb();
            }
        }
        for (Law l : laws) {
            if (l.book() == null) {
                return l.bwb();
            }
        }
        return null;
    }
}
