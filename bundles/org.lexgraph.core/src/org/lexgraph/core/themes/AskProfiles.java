package org.lexgraph.core.themes;

import org.lexgraph.core.internal.BundledFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lexgraph.model.Ask;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;

/**
 * The default ask profiles of the 2026 letter ({@code data/letter-2026/profiles.tsv}): the population words of the
 * taxonomy, and per ask the population condition, required and excluded words and threshold. Applied to a new
 * knowledge base's taxonomy, and once to older knowledge bases (format 1 to 2), never over a profile a user set.
 */
public final class AskProfiles {

    public static final String FILE = "/data/letter-2026/profiles.tsv";

    private AskProfiles() {
    }

    /** Gives the taxonomy's asks the default profiles where they have none; returns whether anything changed. */
    public static boolean applyDefaults(Taxonomy taxonomy) throws IOException {
        boolean changed = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(BundledFiles.open(FILE),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols[0].equals("population")) {
                    if (taxonomy.getPopulationTerms().isEmpty()) {
                        taxonomy.getPopulationTerms().addAll(terms(cols[1]));
                        changed = true;
                    }
                    continue;
                }
                Ask ask = find(taxonomy, cols[0]);
                if (ask == null || !ask.getRequiredTerms().isEmpty() || !ask.getExcludedTerms().isEmpty()
                        || ask.isPopulation() || ask.getThreshold() != 0) {
                    continue;
                }
                ask.setPopulation("yes".equals(cols[1].strip()));
                ask.getRequiredTerms().addAll(terms(cols[2]));
                ask.getExcludedTerms().addAll(terms(cols[3]));
                ask.setThreshold(cols.length > 4 && !cols[4].isBlank() ? Double.parseDouble(cols[4].strip()) : 0);
                changed = true;
            }
        }
        return changed;
    }

    private static List<String> terms(String column) {
        return column == null || column.isBlank() ? List.of()
                : java.util.Arrays.stream(column.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static Ask find(Taxonomy taxonomy, String key) {
        for (Theme t : taxonomy.getThemes()) {
            for (Ask a : t.getAsks()) {
                if (key.equals(a.getKey())) {
                    return a;
                }
            }
        }
        return null;
    }
}
