package org.lexgraph.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.lexgraph.model.Ask;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;

/**
 * Reads a taxonomy written as tab-separated lines {@code key, parent key, label, terms}: a line without a parent is a
 * theme, a line with one an ask of that theme; terms are comma-separated. {@code #} starts a comment. So a taxonomy
 * is data a user can write, not code.
 */
public final class TaxonomyReader {

    /** @throws IOException also for malformed lines, naming the line */
    public Taxonomy read(BufferedReader in, String key, String name) throws IOException {
        LexgraphFactory f = LexgraphFactory.eINSTANCE;
        Taxonomy taxonomy = f.createTaxonomy();
        taxonomy.setKey(key);
        taxonomy.setName(name);
        Map<String, Theme> themes = new HashMap<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].isBlank() || cols[2].isBlank()) {
                throw new IOException("line " + lineNo + ": expected key, parent, label and terms separated by tabs");
            }
            String parent = cols[1].strip();
            String[] terms = cols.length > 3 && !cols[3].isBlank() ? cols[3].split("\\s*,\\s*") : new String[0];
            if (parent.isEmpty()) {
                Theme t = f.createTheme();
                t.setKey(cols[0].strip());
                t.setLabel(cols[2].strip());
                t.setDescription(String.join(", ", terms));
                taxonomy.getThemes().add(t);
                themes.put(t.getKey(), t);
            } else {
                Theme theme = themes.get(parent);
                if (theme == null) {
                    throw new IOException("line " + lineNo + ": ask " + cols[0] + " names theme " + parent
                            + ", which is not defined above it");
                }
                Ask ask = f.createAsk();
                ask.setKey(cols[0].strip());
                ask.setLabel(cols[2].strip());
                for (String term : terms) {
                    ask.getTerms().add(term.strip());
                }
                theme.getAsks().add(ask);
            }
        }
        return taxonomy;
    }
}
