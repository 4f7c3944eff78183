package org.lexgraph.eu;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.cite.Citation;
import org.lexgraph.cite.CitationGrammar;
import org.lexgraph.cite.CitationType;

/**
 * Instruments of the European Union as Dutch texts cite them: {@code Richtlijn 2008/115/EG}, {@code Verordening (EG)
 * nr. 562/2006}, {@code Verordening (EU) 2016/679}, {@code Kaderbesluit 2002/584/JBZ}, with their CELEX number (for
 * a EUR-Lex permalink, made, never fetched), and the Publicatieblad ({@code PbEU, L 348}, {@code PbEU 2016, L 119}).
 * Contributed to the citation scanner through the extension point {@code org.lexgraph.core.citationGrammars}; without
 * this bundle such references are simply not recognised. Stateless and thread-safe.
 */
public final class EuGrammar implements CitationGrammar {

    private static final String FIRST = "RrVvKkPUu";
    private static final String INSTITUTION = "EU|EG|EEG|Euratom|JBZ|GBVB";
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?<kind>[Rr]ichtlijn|[Uu]itvoeringsverordening|[Vv]erordening|[Kk]aderbesluit)\\s+"
            + "(?:\\((?<inst>" + INSTITUTION + ")\\)\\s*)?(?:(?:nr\\.|Nr\\.|no\\.|No\\.?)\\s*)?"
            + "(?<a>\\d{1,4})/(?<b>\\d{1,4})(?:/(?<inst2>" + INSTITUTION + "))?(?![\\w/])");
    /** The Publicatieblad: PbEU, L 348; PbEG L 199; Pb EU C 83; PbEU 2016, L 119. */
    private static final Pattern JOURNAL = Pattern.compile(
            "(?<pb>PbEU|PbEG|Pb\\s+EU|Pb\\s+EG|PB)\\s*(?:(?:19|20)\\d{2}\\s*)?,?\\s*(?<series>[LC])\\s*(?<n>\\d{1,4})"
                    + "(?![\\w])");

    @Override
    public boolean startsAt(CharSequence t, int i) {
        if (FIRST.indexOf(t.charAt(i)) < 0 || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
            return false;
        }
        return starts(t, i, "Richtlijn") || starts(t, i, "richtlijn") || starts(t, i, "Verordening")
                || starts(t, i, "verordening") || starts(t, i, "Uitvoeringsverordening") || starts(t, i, "Kaderbesluit")
                || starts(t, i, "kaderbesluit") || starts(t, i, "PbE") || starts(t, i, "Pb E") || starts(t, i, "PB ")
                || starts(t, i, "PB,");
    }

    @Override
    public Citation parse(CharSequence text, int pos, int end) {
        Matcher m = look(INSTRUMENT, text, pos, end);
        if (m != null && (m.group("inst") != null || m.group("inst2") != null)) {
            String kind = m.group("kind").toLowerCase(Locale.ROOT);
            String a = m.group("a");
            String b = m.group("b");
            // a directive writes year/number; a regulation number/year until 2015, (EU) year/number since
            boolean yearFirst = m.group("inst2") != null || (a.length() == 4 && "EU".equals(m.group("inst")));
            String year = yearFirst ? a : b;
            String number = yearFirst ? b : a;
            if (year.length() == 2) {
                year = (Integer.parseInt(year) < 50 ? "20" : "19") + year;
            }
            char letter = kind.startsWith("richtlijn") ? 'L' : kind.startsWith("kaderbesluit") ? 'F' : 'R';
            String inst = m.group("inst") != null ? m.group("inst") : m.group("inst2");
            Map<String, String> f = new HashMap<>();
            f.put("instrument", kind);
            f.put("year", year);
            f.put("number", number);
            f.put("celex", "3" + year + letter + "0".repeat(Math.max(0, 4 - number.length())) + number);
            String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            f.put("formatted", m.group("inst2") != null ? name + " " + year + "/" + number + "/" + inst
                    : name + " (" + inst + ") " + (yearFirst ? year + "/" + number : "nr. " + number + "/" + year));
            return citation(text, pos, m.end(), f, "eu:" + letter + ":" + year + ":" + number);
        }
        Matcher j = look(JOURNAL, text, pos, end);
        if (j != null) {
            Map<String, String> f = new HashMap<>();
            f.put("series", j.group("series"));
            f.put("number", j.group("n"));
            f.put("formatted", "PbEU " + j.group("series") + " " + j.group("n"));
            return citation(text, pos, j.end(), f, "oj:" + j.group("series") + ":" + j.group("n"));
        }
        return null;
    }

    private static Citation citation(CharSequence text, int start, int end, Map<String, String> fields, String key) {
        return new Citation(start, end, text.subSequence(start, end).toString(), CitationType.EU, fields, key);
    }

    private static Matcher look(Pattern p, CharSequence text, int pos, int end) {
        return CitationGrammar.lookingAt(p, text, pos, end);
    }

    private static boolean starts(CharSequence t, int i, String s) {
        return CitationGrammar.startsWith(t, i, s);
    }
}
