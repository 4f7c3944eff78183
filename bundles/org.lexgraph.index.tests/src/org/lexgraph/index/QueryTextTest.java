package org.lexgraph.index;

import org.lexgraph.query.SearchResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users type, read into queries that always parse; and thousands of random and mutated queries searched. */
public class QueryTextTest {

    @TempDir
    Path dir;

    private static String read(String typed) {
        return QueryText.read(typed).query();
    }

    @Test
    public void naturalInputIsReadAsWords() {
        assertEquals("Wmo Jeugdwet", read("Wmo/Jeugdwet"));
        assertEquals("LVV BBB", read("LVV / BBB"));
        assertEquals("wie betaalt de zorg (jeugdhulp)", read("wie betaalt de zorg (jeugdhulp)?"));
        assertEquals("Is opvang verplicht", read("Is opvang verplicht?"));
        assertEquals("Vraag hoe lang", read("Vraag: hoe lang"));
        assertEquals("Bbz-krediet rente 8% (Tozo 2%)", read("Bbz-krediet rente 8% (Tozo 2%)"));
        assertEquals("bestemmingsplan \"Zuidwest - MOB-complex\" Bussum",
                read("bestemmingsplan \"Zuidwest - MOB-complex\" Bussum"));
        assertEquals("opvang", read("opvang -"));
        assertEquals("art. 8 lid 1", read("art. 8 [lid 1]"));
        assertEquals("a b", read("a \\ b!"));
        assertEquals("", QueryText.read("Wmo/Jeugdwet").notice(), "no syntax was meant");
    }

    @Test
    public void wellFormedSyntaxIsKept() {
        assertEquals("opvang AND (zorg OR onderwijs)", read("opvang AND (zorg OR onderwijs)"));
        assertEquals("+opvang -nachtopvang", read("+opvang -nachtopvang"));
        assertEquals("kind:regulation AND vreemdeling", read("kind:regulation AND vreemdeling"));
        assertEquals("municipality:\"Den Haag\" opvang", read("municipality:\"Den Haag\" opvang"));
        assertEquals("year:[2015 TO *] AND vreemdeling", read("year:[2015 TO *] AND vreemdeling"));
        assertEquals("kind:(ruling OR regulation)", read("kind:(ruling OR regulation)"));
        assertEquals("\"rechtmatig verblijf\"~3 opvang^2 vreemdel* verblijf~1", read(
                "\"rechtmatig verblijf\"~3 opvang^2 vreemdel* verblijf~1"));
        assertEquals("bijst?nd", read("bijst?nd"));
    }

    @Test
    public void brokenSyntaxIsReadAsWordsAndSaidSo() {
        QueryText quote = QueryText.read("\"rechtmatig verblijf");
        assertEquals("rechtmatig verblijf", quote.query());
        assertTrue(quote.notice().startsWith("unbalanced quotes"), quote.notice());
        QueryText group = QueryText.read("(opvang OR zorg");
        assertEquals("opvang OR zorg", group.query());
        assertTrue(group.notice().startsWith("unbalanced parentheses"), group.notice());
        QueryText dangling = QueryText.read("opvang AND");
        assertEquals("opvang and", dangling.query());
        assertTrue(dangling.notice().contains("needs words on both sides"), dangling.notice());
        QueryText field = QueryText.read("gemeente:Utrecht opvang");
        assertEquals("gemeente Utrecht opvang", field.query());
        assertTrue(field.notice().startsWith("no field \u201Cgemeente:\u201D"), field.notice());
        assertEquals("opvang", read("*opvang"), "a leading wildcard would scan every word");
        assertTrue(QueryText.read("?!").isBlank());
    }

    @Test
    public void thousandsOfRandomAndMutatedQueriesAreSearchedWithoutAnError() throws Exception {
        String[] seeds = {"stappenplan beëindiging opvang uitgeprocedeerde asielzoekers", "toezicht Jeugdwet/Wmo 2015",
            "Heeft een vreemdeling recht op bijstand?", "\"medisch noodzakelijke zorg\" AND vreemdeling",
            "kind:regulation AND (opvang OR zorg)", "year:[2010 TO 2015] rechtmatig verblijf", "art. 10 Vw 2000",
            "Bbz-krediet rente 8% (Tozo 2%)", "bestemmingsplan \"Zuidwest - MOB-complex\" Bussum",
            "which inspectorates supervise the Youth Act?", "municipality:Utrecht nachtopvang", "verblijf~1 opvang^2",
            "eiswijziging in hoger beroep: strijd met goede procesorde?", "LVV / BBB", "+zorg -opvang", "vreemdel*"};
        String[] words = {"opvang", "vreemdeling", "zorg", "rechtmatig", "verblijf", "AND", "OR", "NOT", "Wmo",
            "jeugdhulp", "kind:", "year:", "municipality:", "title:", "2015", "art.", "8", "lid", "\"", "(", ")", "?",
            "*", "/", "\\", ":", "^", "~", "[", "]", "{", "}", "!", "+", "-", "&&", "||", "TO", "ß", "é", "'", "."};
        String syntax = "\"()?*/\\:^~[]{}!+-&| ";
        Random random = new Random(20261130);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2500; i++) { // words and syntax at random
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int w = 0; w < n; w++) {
                q.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            queries.add(q.toString());
        }
        for (int i = 0; i < 2500; i++) { // a real query with characters inserted, deleted or replaced
            StringBuilder q = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && q.length() > 0; e++) {
                int at = random.nextInt(q.length());
                char c = syntax.charAt(random.nextInt(syntax.length()));
                switch (random.nextInt(3)) {
                    case 0 -> q.insert(at, c);
                    case 1 -> q.deleteCharAt(at);
                    default -> q.setCharAt(at, c);
                }
            }
            queries.add(q.toString());
        }
        try (PassageIndex index = PassageIndex.openWritable(dir.resolve("index"))) {
            index.replaceSource("s1", List.of(new PassageRecord("p1", "s1", "Vreemdelingenwet 2000", "regulation",
                    "/tmp/vw.md", 0, "Artikel 10", 0,
                    "De vreemdeling die geen rechtmatig verblijf heeft, kan geen aanspraak maken op opvang of zorg."),
                    new PassageRecord("p2", "s1", "Vreemdelingenwet 2000", "regulation", "/tmp/vw.md", 0,
                            "Artikel 8", 1, "Rechtmatig verblijf in Nederland heeft de vreemdeling ...")));
            index.commit(1);
            int fellBack = 0;
            for (String q : queries) {
                if (q.isBlank()) {
                    continue;
                }
                try {
                    SearchResult r = index.search(q, 5);
                    if (r.notice().endsWith("its words were searched")) {
                        fellBack++;
                    }
                } catch (Exception e) {
                    fail("the query \u00AB" + q + "\u00BB failed: " + e, e);
                }
            }
            // what QueryText makes of a query parses; only what it cannot foresee (year:abc) falls back to words
            assertTrue(fellBack < queries.size() / 50, fellBack + " of " + queries.size() + " fell back to words");
        }
    }
}
