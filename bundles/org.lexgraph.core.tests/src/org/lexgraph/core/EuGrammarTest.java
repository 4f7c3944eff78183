package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lexgraph.cite.Citation;
import org.lexgraph.cite.CitationFormatter;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.cite.CitationType;

/**
 * EU law is an optional capability: the bundle org.lexgraph.eu adds its grammar only through the extension point
 * org.lexgraph.core.citationGrammars. With it (the product's scanner) EU instruments are found, keyed and given a
 * CELEX permalink; without it (a scanner with no added grammar) nothing breaks and they are simply not found.
 */
public class EuGrammarTest {

    private static final String TEXT = "gelet op Richtlijn 2008/115/EG, Verordening (EG) nr. 562/2006, Verordening (EG)"
            + " 883/04, de AVG, Verordening (EU) 2016/679, Kaderbesluit 2002/584/JBZ (PbEU, L 348; PbEU 2016, L 119)"
            + " en artikel 10 van de Vreemdelingenwet 2000, in zaak 14/3462 WWB-VV";

    @Test
    public void withTheBundleEuLawIsFoundAndWithoutItNothingBreaks() {
        assertTrue(LawNameTables.grammarIds().contains("org.lexgraph.eu:eu"), LawNameTables.grammarIds().toString());
        List<Citation> with = LawNameTables.scanner().scan(TEXT);
        assertEquals(List.of("eu:L:2008:115", "eu:R:2006:562", "eu:R:2004:883", "eu:R:2016:679", "eu:F:2002:584",
                "oj:L:348", "oj:L:119"), with.stream().filter(c -> c.type() == CitationType.EU).map(Citation::key)
                        .toList());
        assertEquals("CELEX:32008L0115", new CitationFormatter().permalink(with.get(0)).orElseThrow());
        assertEquals("Verordening (EU) 2016/679", new CitationFormatter().leidraad(with.get(3)));
        // what is not EU law is the same with or without the bundle
        List<Citation> without = new CitationScanner().scan(TEXT);
        assertTrue(without.stream().noneMatch(c -> c.type() == CitationType.EU), without.toString());
        assertEquals(with.stream().filter(c -> c.type() != CitationType.EU).map(Citation::key).toList(),
                without.stream().map(Citation::key).toList());
        // a municipal ordinance with a number is no EU instrument
        assertTrue(LawNameTables.scanner().scan("Verordening 2019/12 van de gemeente").stream()
                .noneMatch(c -> c.type() == CitationType.EU));
    }
}
