package org.lexgraph.core.citations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.cite.Citation;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Source;

/**
 * What the acts a document names by context are, so that its article references can be resolved: its own articles
 * ("artikel 3 van deze verordening", or a regulation's bare "artikel 3"), the acts it defines ("wet: de Wet
 * maatschappelijke ondersteuning" makes "artikel 16 van de wet" an article of the Wmo) and the act it named last
 * ("artikel 29a van die wet"). Keys the scanner leaves open ({@code self:…}, {@code ref:…}) become the key of the
 * act meant, or stay open when the document does not say. One per source being linked; not thread-safe.
 */
public final class ActContext {

    /**
     * "wet: de Wet maatschappelijke ondersteuning;" and "b. de regeling: Regeling …;" in a list of definitions (the
     * term may still carry the emphasis marks of a Markdown copy: "*wet:*").
     */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:^|[\\n;:]|\\b[a-z]{1,2}\\.)\\s*[*_]{0,2}(?:de\\s+|het\\s+)?(wet|besluit|regeling|verordening|richtlijn)"
                    + "[*_]{0,2}\\s*:[*_]{0,2}\\s*(?:de\\s+|het\\s+)?([A-Z][^;\\n]{2,160}?)\\s*(?:[;\\n]|\\.(?:\\s|$)|$)");

    private final CitationScanner scanner;
    /** The key of the document's own act ({@code bwb:BWBR…}, {@code cvdr:…}), or null. */
    private final String own;
    private final boolean isRegulation;
    /** The acts the document defines, by the word it uses for them ("wet" → {@code bwb:BWBR0020031}). */
    private final Map<String, String> defined = new HashMap<>();
    /** The act of the last article the document cited by name, for "die wet" and a later bare article. */
    private String lastNamed;

    ActContext(Source source, String ownKey, CitationScanner scanner) {
        this.scanner = scanner;
        this.own = ownKey;
        this.isRegulation = source instanceof Regulation;
        for (Passage p : source.getPassages()) {
            Matcher m = DEFINITION.matcher(p.getText() == null ? "" : p.getText());
            while (m.find()) {
                String act = actKey(m.group(2));
                if (act != null) {
                    defined.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), act);
                }
            }
        }
    }

    /** The key of the act a written-out name means, as a citation of one of its articles would have it; or null. */
    private String actKey(String name) {
        for (Citation c : scanner.scan("artikel 1 van de " + name.strip())) {
            if (c.key().startsWith("bwb:") || c.key().startsWith("law:")) {
                return CitationLinker.baseKey(c.key());
            }
        }
        return null;
    }

    /**
     * The key a found citation stands for in this document; remembers the acts it names for later anaphora. Keys
     * that name their act come back unchanged.
     */
    String resolve(Citation found) {
        String key = found.key();
        int art = key.indexOf(":art:");
        if (art < 0) {
            return key;
        }
        String article = key.substring(art + 5);
        if (key.startsWith("bwb:") || key.startsWith("law:")) {
            lastNamed = key.substring(0, art);
            return key;
        }
        if (key.startsWith("self:")) {
            return own != null ? own + ":art:" + article : key;
        }
        String kind = key.substring(0, art).equals("ref") ? null : key.substring(4, art).replace('-', ' ');
        if (kind == null) {
            // a bare article: a regulation's own, elsewhere the one named last
            String act = isRegulation ? own : lastNamed;
            return act != null ? act + ":art:" + article : isRegulation ? "self:art:" + article : key;
        }
        String law = found.field("law") == null ? "" : found.field("law");
        boolean anaphora = law.startsWith("die ") || law.startsWith("dat ");
        String act = !anaphora && defined.containsKey(kind) ? defined.get(kind) : anaphora ? lastNamed : null;
        return act != null ? act + ":art:" + article : key;
    }
}
