package org.lexgraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Real citation strings in every official form, the negatives that must not match, and random text. */
public class CitationScannerTest {

    private final CitationScanner scanner = new CitationScanner();
    private final CitationFormatter formatter = new CitationFormatter();

    private Citation only(String text) {
        List<Citation> found = scanner.scan(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    private void key(String text, CitationType type, String key) {
        Citation c = only(text);
        assertEquals(type, c.type(), text);
        assertEquals(key, c.key(), text);
    }

    @Test
    public void kamerstukkenInAllTheirForms() {
        key("Kamerstukken II 2015/16, 34442, nr. 3, p. 7.", CitationType.KAMERSTUK, "kst:34442:3");
        key("Kamerstukken I 1995/96, 23700, nr. 188b, p. 3.", CitationType.KAMERSTUK, "kst:23700:188b");
        key("Kamerstukken I 2014/15, 33802, C, p. 3.", CitationType.KAMERSTUK, "kst:33802:C");
        key("Kamerstukken II 1993/94-1996/97, 23761.", CitationType.KAMERSTUK, "kst:23761");
        key("Kamerstukken I 2008/09, 31700 VI, D, p. 4;", CitationType.KAMERSTUK, "kst:31700-VI:D");
        key("Kamerstukken II 2024/25, 36600 XVI, nr. 161", CitationType.KAMERSTUK, "kst:36600-XVI:161");
        key("Kamerstukken II, 2024–2025, 36 600 XVI, nr. 161, 18.12.24", CitationType.KAMERSTUK, "kst:36600-XVI:161");
        key("Kamerstukken II 1999/2000, 2000/2001, 2001/2002, 26 855.", CitationType.KAMERSTUK, "kst:26855");
        assertEquals("kst:26855:250", scanner.scan("Kamerstukken I 2000/2001, 26 855 (250, 250a); 2001/2002").get(0)
                .key());
        key("Kamerstuk 19637, nr. 2445", CitationType.KAMERSTUK, "kst:19637:2445");
        key("Kamerstuk 29689-1128", CitationType.KAMERSTUK, "kst:29689:1128");
        key("TK 2017-2018, 34 851, nr. 4", CitationType.KAMERSTUK, "kst:34851:4");
        key("Bijlage bij Kamerstukken II 2015/16, 34389, nr. 9", CitationType.KAMERSTUK, "kst:34389:9");
        key("Kamerstukken II 2019/20, 21501-33, nr. 800", CitationType.KAMERSTUK, "kst:21501-33:800");
        key("Kamerstukken II 2012/13, 33400-IIA, nr. 2", CitationType.KAMERSTUK, "kst:33400-IIA:2");
        Citation c = only("Kamerstukken II, 2024–2025, 36 600 XVI, nr. 161, 18.12.24");
        assertEquals("II", c.field("kamer"));
        assertEquals("2024-2025", c.field("vergaderjaar"));
        assertEquals("36600", c.field("dossier"));
        assertEquals("XVI", c.field("chapter"));
        assertEquals("161", c.field("ondernummer"));
        assertEquals("Kamerstukken II, 2024–2025, 36 600 XVI, nr. 161", c.text());
        assertEquals("Kamerstukken II 2024/25, 36600 XVI, nr. 161", formatter.leidraad(c));
        assertEquals("kst-36600-XVI-161", formatter.permalink(c).orElseThrow());
        Citation p = only("Kamerstukken II 2015/16, 34442, nr. 3, p. 7.");
        assertEquals("7", p.field("page"));
        assertEquals("Kamerstukken II 2015/16, 34442, nr. 3, p. 7", formatter.leidraad(p));
        assertEquals("Kamerstukken I 1999/2000, 26855, nr. 1",
                formatter.leidraad(only("Kamerstukken I 1999/2000, 26 855, nr. 1")));
    }

    @Test
    public void kamerstukkenWrittenAsTheirNumberAlone() {
        // lists of incoming papers and agendas write a Kamerstuk as its number: dossier(-sub)-nr
        key("Aanvulling geannoteerde agenda Raad Algemene Zaken - 21501-02-1855", CitationType.KAMERSTUK,
                "kst:21501-02:1855");
        key("Lijst van vragen over de jaarverslagen (22112-2531).", CitationType.KAMERSTUK, "kst:22112:2531");
        key("Brief over de begroting 34775-XVI-129 van VWS", CitationType.KAMERSTUK, "kst:34775-XVI:129");
        key("Kamerstuk 21501-02-1855", CitationType.KAMERSTUK, "kst:21501-02:1855");
        key("de motie (32 545, nr. 143) is aangenomen", CitationType.KAMERSTUK, "kst:32545:143");
        for (String text : List.of("zaaknummer 12345-6789-AB", "artikel 12345-6.2", "tussen 2018-2019 en 2020-21",
                "kenmerk 700430-130986-WJZ", "postbus 20018-A", "bel 08000-1234 gratis")) {
            assertTrue(scanner.scan(text).stream().noneMatch(c -> c.type() == CitationType.KAMERSTUK), text);
        }
    }

    @Test
    public void handelingenAndAanhangsel() {
        key("Handelingen II 2007/08, nr. 108, p. 7909-7943", CitationType.HANDELINGEN, "hand:II:2007-2008:108");
        key("Handelingen II 2010/11, nr. 108, item 5, p. 25-36", CitationType.HANDELINGEN, "hand:II:2010-2011:108:5");
        key("Handelingen I 2014/15, nr. 11, item 4, p. 5", CitationType.HANDELINGEN, "hand:I:2014-2015:11:4");
        key("Aanhangsel Handelingen II 2014/15, nr. 1241", CitationType.AANHANGSEL, "ah:II:2014-2015:1241");
        key("Aanhangsel Handelingen, vergaderjaar 2020–2021, nr. 2523", CitationType.AANHANGSEL,
                "ah:II:2020-2021:2523");
        assertEquals("Handelingen II 2010/11, nr. 108, item 5, p. 25-36",
                formatter.leidraad(only("Handelingen II 2010/11, nr. 108, item 5, p. 25-36")));
    }

    @Test
    public void gazettesAndPublicationIds() {
        key("Stb. 2022, 543", CitationType.GAZETTE, "stb:2022:543");
        key("gepubliceerd in Stb 2019 45", CitationType.GAZETTE, "stb:2019:45");
        key("Staatsblad 2013, 331", CitationType.GAZETTE, "stb:2013:331");
        key("Gemeenteblad 2020, 45", CitationType.GAZETTE, "gmb:2020:45");
        key("Gmb. 2019/123", CitationType.GAZETTE, "gmb:2019:123");
        key("Trb. 1966, 91", CitationType.GAZETTE, "trb:1966:91");
        key("Stcrt. 2009, 9231", CitationType.GAZETTE, "stcrt:2009:9231");
        key("Gmb. 2025, 408560", CitationType.GAZETTE, "gmb:2025:408560");
        key("stcrt-2009-9231", CitationType.PUBLICATION_ID, "stcrt:2009:9231");
        key("gmb-2022-66747", CitationType.PUBLICATION_ID, "gmb:2022:66747");
        key("kst-34851-4", CitationType.PUBLICATION_ID, "kst:34851:4");
        key("kst-26643-144-h1", CitationType.PUBLICATION_ID, "kst:26643:144");
        key("kst-32123-XIV-A-b1", CitationType.PUBLICATION_ID, "kst:32123-XIV:A");
        key("kst-21501-33-226", CitationType.PUBLICATION_ID, "kst:21501-33:226");
        key("kst-32168-3-b2", CitationType.PUBLICATION_ID, "kst:32168:3");
        key("blg-1014762", CitationType.PUBLICATION_ID, "pub:blg-1014762");
        key("h-tk-20082009-7140-7144", CitationType.PUBLICATION_ID, "pub:h-tk-20082009-7140-7144");
        key("ah-tk-20202021-2168", CitationType.PUBLICATION_ID, "pub:ah-tk-20202021-2168");
        key("kv-tk-2021Z03234", CitationType.PUBLICATION_ID, "pub:kv-tk-2021Z03234");
        key("2024D50790", CitationType.TK_NUMBER, "tk:2024D50790");
        key("zaak 2024Z21508", CitationType.TK_NUMBER, "tk:2024Z21508");
        assertEquals(only("Kamerstukken II 2024/25, 36600 XVI, nr. 161").key(), only("kst-36600-XVI-161").key(),
                "a Kamerstuk and its publication id are one document");
    }

    @Test
    public void lawsRegulationsAndRulings() {
        key("BWBR0018450", CitationType.BWB, "bwb:BWBR0018450");
        key("jci1.3:c:BWBR0005416&titel=IV&hoofdstuk=XV&paragraaf=3&artikel=222", CitationType.BWB,
                "bwb:BWBR0005416:art:222");
        key("BWB://1.0:c:BWBR0008903&artikel=12&g=2011-11-08", CitationType.BWB, "bwb:BWBR0008903:art:12");
        key("BWB://1.0:r:BWBR0005416", CitationType.BWB, "bwb:BWBR0005416");
        Citation url = only("zie https://wetten.overheid.nl/BWBR0005416/2022-08-01 voor de tekst");
        assertEquals("https://wetten.overheid.nl/BWBR0005416/2022-08-01", url.text());
        assertEquals("2022-08-01", url.field("date"));
        key("CVDR641839", CitationType.CVDR, "cvdr:641839");
        key("CVDR641872/2", CitationType.CVDR, "cvdr:641872/2");
        key("CVDR641872_2", CitationType.CVDR, "cvdr:641872/2");
        key("CVDR://90740_1", CitationType.CVDR, "cvdr:90740/1");
        Citation cvdr = only("bron: 1.1:CVDR229520-1");
        assertEquals("cvdr:229520/1", cvdr.key());
        assertEquals("1.1:CVDR229520-1", cvdr.text());
        for (String e : List.of("ECLI:NL:HR:2015:472", "ECLI:NL:HR:2005:AR5213", "ECLI:NL:CRVB:2012:BW8957",
                "ECLI:NL:RVS:2019:625", "ECLI:NL:RBAMS:2022:1472", "ECLI:FR:CC:2014:2014.432.QPC")) {
            key(e, CitationType.ECLI, "ecli:" + e);
        }
        Citation sentence = only("ABRvS 2 februari 2022, ECLI:NL:RVS:2022:334.");
        assertEquals("ECLI:NL:RVS:2022:334", sentence.text(), "the full stop ends the sentence");
        key("ECLI:NL:CRVB:2013:1886:DOC", CitationType.ECLI, "ecli:ECLI:NL:CRVB:2013:1886");
        key("HR 18 maart 2005, LJN BB7360", CitationType.LJN, "ljn:BB7360");
        key("/akn/nl/act/gm0301/2020/omgevingsplan", CitationType.AKN, "akn:/akn/nl/act/gm0301/2020/omgevingsplan");
    }

    @Test
    public void articleReferencesInProse() {
        Citation a = only("op grond van artikel 5:9, aanhef en onder b, Awb is");
        assertEquals(CitationType.ARTICLE, a.type());
        assertEquals("bwb:BWBR0005537:art:5:9", a.key());
        assertEquals("b", a.field("onder"));
        Citation wob = only("artikel 10, tweede lid, aanhef en onder e, van de Wob");
        assertEquals("law:wob:art:10", wob.key(), "the Wob is known by name, its BWB id not yet");
        assertEquals("2", wob.field("lid"));
        assertEquals("art. 10 lid 2 onder e Wob", formatter.leidraad(wob));
        Citation bw = only("artikel 6:80 lid 1 aanhef en onder b BW");
        assertEquals("law:bw:art:6:80", bw.key(), "book 6 of the BW has no id in the table");
        assertEquals("bwb:BWBR0002656:art:1:19e", only("artikel 1:19e BW").key());
        Citation woo = only("artikel 3.3, zevende lid jo. vijfde lid, aanhef en onder i, Woo");
        assertEquals("7", woo.field("lid"));
        assertEquals("i", woo.field("onder"));
        key("art. 122a Zvw", CitationType.ARTICLE, "bwb:BWBR0018450:art:122a");
        key("artikel 10 van de Vreemdelingenwet 2000", CitationType.ARTICLE, "bwb:BWBR0011823:art:10");
        key("Artikel 8 Vw 2000", CitationType.ARTICLE, "bwb:BWBR0011823:art:8");
        assertEquals("jci1.3:c:BWBR0018450&artikel=122a", formatter.permalink(only("art. 122a Zvw")).orElseThrow());
        // an act the text named before: a reference the document resolves ("de richtlijn", "de wet", "die wet")
        key("artikel 8 van de richtlijn", CitationType.ARTICLE, "ref:richtlijn:art:8");
        key("artikel 1(F) van het Vluchtelingenverdrag", CitationType.ARTICLE, "law:vluchtelingenverdrag:art:1(F)");
        key("artikel 8 van het EVRM", CitationType.ARTICLE, "law:evrm:art:8");
        key("artikel 8 van het Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden",
                CitationType.ARTICLE, "law:evrm:art:8");
        assertTrue(scanner.scan("in dit artikel wordt").isEmpty());
    }

    @Test
    public void articlesOfLawsTheTableDoesNotKnow() {
        key("op grond van artikel 9b Les- en cursusgeldwet is", CitationType.ARTICLE,
                "law:les--en-cursusgeldwet:art:9b");
        key("artikel 66, eerste lid, van de Comptabiliteitswet 2001 bepaalt", CitationType.ARTICLE,
                "law:comptabiliteitswet-2001:art:66");
        key("zie artikel 4 van de Rva 1997.", CitationType.ARTICLE, "law:rva-1997:art:4");
        key("artikel 2.3, derde lid WSF 2000", CitationType.ARTICLE, "law:wsf-2000:art:2.3");
        key("artikel 3, derde lid, van de Regeling verstrekkingen asielzoekers 2005 geldt", CitationType.ARTICLE,
                "law:regeling-verstrekkingen-asielzoekers-2005:art:3");
        key("artikel 4.5.9 van de APV", CitationType.ARTICLE, "law:apv:art:4.5.9");
        key("artikel 4 van de Wet op de jeugdzorg is van toepassing", CitationType.ARTICLE,
                "law:wet-op-de-jeugdzorg:art:4");
        key("artikel 3.1.6, tweede lid, van het Besluit ruimtelijke ordening, voor zover", CitationType.ARTICLE,
                "law:besluit-ruimtelijke-ordening:art:3.1.6");
        // an article's own heading is no reference at all
        for (String text : List.of("Artikel 3 Overgangsregeling\nDeze regeling", "Artikel 12 Citeertitel",
                "Artikel 4\nDe gemeente")) {
            assertTrue(scanner.scan(text).isEmpty(), text + " -> " + scanner.scan(text));
        }
        // a capitalised word that is no law is not taken for one: the article is cited without an act
        key("artikel 5 van de Minister", CitationType.ARTICLE, "ref:art:5");
        key("in artikel 3 Nederland", CitationType.ARTICLE, "ref:art:3");
    }

    @Test
    public void caseNumbersAndNoEuLawWithoutItsGrammar() {
        key("De Centrale Raad van Beroep, in zaak 14/3462 WWB-VV, oordeelt", CitationType.CASE_NUMBER,
                "case:14/3462");
        key("uitspraak van 25 september 2008, 07/3773", CitationType.CASE_NUMBER, "case:07/3773");
        key("in de zaak 14/ 2378 WWB", CitationType.CASE_NUMBER, "case:14/2378");
        key("ABRvS 200808149/1/H2", CitationType.CASE_NUMBER, "case:200808149/1/H2");
        for (String text : List.of("op 12/03/2014 ontvangen", "sinds 03/2014 geldt", "vergaderjaar 2009/10",
                "24/7 bereikbaar")) {
            assertTrue(scanner.scan(text).stream().noneMatch(c -> c.type() == CitationType.CASE_NUMBER),
                    text + " -> " + scanner.scan(text));
        }
        // EU law is a grammar a bundle adds (org.lexgraph.eu, EuGrammarTest): without it, it is simply not found
        assertTrue(scanner.scan("gelet op Richtlijn 2008/115/EG en Verordening (EU) 2016/679 (PbEU, L 348)").stream()
                .noneMatch(c -> c.type() == CitationType.EU));
    }

    @Test
    public void anAddedGrammarIsAskedWhereItsStartsAre() {
        CitationGrammar pages = new CitationGrammar() {
            @Override
            public boolean startsAt(CharSequence t, int i) {
                return t.length() - i >= 3 && t.subSequence(i, i + 3).toString().equals("ZZ-");
            }

            @Override
            public Citation parse(CharSequence t, int pos, int end) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("ZZ-(\\d+)").matcher(t);
                m.region(pos, end);
                return m.lookingAt() ? new Citation(pos, m.end(), m.group(), CitationType.CASE_NUMBER,
                        java.util.Map.of(), "zz:" + m.group(1)) : null;
            }
        };
        CitationScanner with = new CitationScanner(LawNames.builtIn(), List.of(pages));
        assertEquals(List.of("zz:12", "bwb:BWBR0011823:art:10"), with.scan("zie ZZ-12 en art. 10 Vw 2000").stream()
                .map(Citation::key).toList());
    }

    @Test
    public void articlesNamedByTheirContext() {
        // the act's own articles
        Citation own = only("de subsidie, bedoeld in artikel 4, tweede lid, van deze verordening, wordt");
        assertEquals("self:art:4", own.key());
        assertEquals("2", own.field("lid"));
        assertEquals("art. 4 lid 2", formatter.leidraad(own));
        key("zoals artikel 12 van dit besluit bepaalt", CitationType.ARTICLE, "self:art:12");
        // an act the document defined ("wet: de Wet maatschappelijke ondersteuning") or named just before
        key("als bedoeld in artikel 19a, eerste lid, van de wet", CitationType.ARTICLE, "ref:wet:art:19a");
        key("op grond van artikel 29a van die wet", CitationType.ARTICLE, "ref:wet:art:29a");
        Citation dated = only("artikel 1, eerste lid, van het besluit van 3 april 1998 luidt");
        assertEquals("ref:besluit:art:1", dated.key());
        assertEquals("artikel 1, eerste lid, van het besluit van 3 april 1998", dated.text());
        // no act at all: the document says which
        Citation bare = only("de kosten, bedoeld in artikel 6b, eerste lid, onder a, worden");
        assertEquals("ref:art:6b", bare.key());
        assertEquals("a", bare.field("onder"));
        key("Artikel 3, eerste lid, is van overeenkomstige toepassing", CitationType.ARTICLE, "ref:art:3");
        // a short name after "van de/het": an abbreviation
        key("artikel 15 van het Bbz", CitationType.ARTICLE, "law:bbz:art:15");
    }

    @Test
    public void listsWithTheirPartsAcrossActs() {
        List<Citation> a = scanner.scan("de artikelen 2, derde lid, 6, 7, vijfde, zesde en zevende lid, 8, eerste tot"
                + " en met vierde lid, en 10, tweede lid, zijn van toepassing");
        assertEquals(List.of("ref:art:2", "ref:art:6", "ref:art:7", "ref:art:8", "ref:art:10"),
                a.stream().map(Citation::key).toList());
        assertEquals(List.of("3", "", "5", "1", "2"), a.stream().map(c -> java.util.Objects.toString(c.field("lid"),
                "")).toList());
        assertEquals("10, tweede lid", a.get(4).text());
        List<Citation> onderdelen = scanner.scan("artikel 8, onderdelen f, g, h, j of k, van de Vreemdelingenwet"
                + " 2000");
        assertEquals(1, onderdelen.size(), onderdelen.toString());
        assertEquals("bwb:BWBR0011823:art:8", onderdelen.get(0).key());
        assertEquals("f", onderdelen.get(0).field("onder"));
        List<Citation> danWel = scanner.scan("artikel 30, dan wel artikel 31, tweede lid, onderdeel h, i en k, van de"
                + " Vreemdelingenwet 2000");
        assertEquals(List.of("bwb:BWBR0011823:art:30", "bwb:BWBR0011823:art:31"),
                danWel.stream().map(Citation::key).toList());
        assertEquals("31, tweede lid, onderdeel h, i en k, van de Vreemdelingenwet 2000", danWel.get(1).text());
        // spans never overlap
        for (List<Citation> list : List.of(a, onderdelen, danWel)) {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).end() <= list.get(i).start(), list.toString());
            }
        }
    }

    @Test
    public void theLawBeforeTheArticleAndTheLidBeforeIt() {
        List<Citation> p = scanner.scan("Op grond van de Participatiewet (artikel 10 en 11) heeft hij geen recht.");
        assertEquals(List.of("bwb:BWBR0015703:art:10", "bwb:BWBR0015703:art:11"), p.stream().map(Citation::key)
                .toList());
        Citation lid = only("Het tweede en vierde lid van artikel 10 van de Vreemdelingenwet 2000 gelden.");
        assertEquals("Het tweede en vierde lid van artikel 10 van de Vreemdelingenwet 2000", lid.text());
        assertEquals("art. 10 lid 2 Vreemdelingenwet 2000", formatter.leidraad(lid));
        List<Citation> juncto = scanner.scan("Artikel 3 juncto artikel 4 van de Algemene wet bestuursrecht");
        assertEquals(List.of("bwb:BWBR0005537:art:3", "bwb:BWBR0005537:art:4"), juncto.stream().map(Citation::key)
                .toList());
        assertEquals("Artikel 3", juncto.get(0).text());
        List<Citation> range = scanner.scan("De artikelen 3 tot en met 5 van de Vreemdelingenwet 2000 gelden.");
        assertEquals("artikelen 3", range.get(0).text(), "the words joining a range are no part of its start");
        assertEquals("bwb:BWBR0011823:art:5", range.get(1).key());
        key("Zie artikel 4 van de Algemene subsidieverordening Utrecht 2019 voor", CitationType.ARTICLE,
                "law:algemene-subsidieverordening-utrecht-2019:art:4");
    }

    @Test
    public void aPapersNumberBeforeItsDossier() {
        key("Motie van het lid X, nr. 253 ( 29538 ), aangenomen", CitationType.KAMERSTUK, "kst:29538:253");
        key("nr. 12 (36600-XVI)", CitationType.KAMERSTUK, "kst:36600-XVI:12");
        assertTrue(scanner.scan("nr. 253 van de agenda").isEmpty());
    }

    @Test
    public void listsGiveOneCitationPerNumber() {
        String articles = "volgt uit de artikelen 6:18 en 6:19, eerste lid, in verbinding met artikel 6:24 van de "
                + "Algemene wet bestuursrecht (Awb) dat";
        List<Citation> a = scanner.scan(articles);
        assertEquals(List.of("bwb:BWBR0005537:art:6:18", "bwb:BWBR0005537:art:6:19", "bwb:BWBR0005537:art:6:24"),
                a.stream().map(Citation::key).toList());
        assertEquals("artikelen 6:18", a.get(0).text());
        assertEquals("6:19, eerste lid", a.get(1).text(), "a member of a list spans its own parts");
        assertEquals("1", a.get(1).field("lid"));
        assertEquals("artikel 6:24", a.get(2).text());
        String eclis = "uitspraken van 30 juli 2015, ECLI:NL:CRVB:2015:2551 en 2552.";
        assertEquals(List.of("ecli:ECLI:NL:CRVB:2015:2551", "ecli:ECLI:NL:CRVB:2015:2552"),
                scanner.scan(eclis).stream().map(Citation::key).toList());
        List<Citation> k = scanner.scan("Kamerstukken I 2000/2001, 26 855 (250, 250a); 2001/2002");
        assertEquals(List.of("kst:26855:250", "kst:26855:250a"), k.stream().map(Citation::key).toList());
        assertEquals("Kamerstukken I 2000/2001, 26 855 (250", k.get(0).text());
        assertEquals("250a", k.get(1).text());
        for (List<Citation> list : List.of(a, scanner.scan(eclis), k)) {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).end() <= list.get(i).start(), "spans do not overlap: " + list);
            }
        }
        assertEquals(1, scanner.scan("ECLI:NL:HR:2005:AR5213 en 12 andere zaken").size(),
                "an LJN-style ordinal has no numbered siblings");
    }

    @Test
    public void ordinaryNumbersAreNotCitations() {
        for (String text : List.of("Op 18.12.24 om 14:30 uur", "Bel 020-1234567 of 06-12345678",
                "Kerkstraat 12, 1234 AB Amsterdam", "een bedrag van € 36.600,00", "zie nr. 5 in de tabel",
                "art. zonder nummer", "Het TK-debat duurde lang", "in 2024 en 2025", "BB7360 zonder LJN",
                "ECLI zonder nummer", "de Stb is geen afkorting hier", "kst is ook geen id")) {
            assertTrue(scanner.scan(text).isEmpty(), text + " -> " + scanner.scan(text));
        }
    }

    @Test
    public void citationsAreFoundInProse() {
        String text = "De minister schreef (Kamerstukken II 2024/25, 36600 XVI, nr. 161) dat de regeling stopt; zie "
                + "ook ECLI:NL:RVS:2019:625 en Stb. 2022, 543.";
        List<Citation> found = scanner.scan(text);
        assertEquals(List.of("kst:36600-XVI:161", "ecli:ECLI:NL:RVS:2019:625", "stb:2022:543"),
                found.stream().map(Citation::key).toList());
        for (Citation c : found) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
    }

    @Test
    public void randomAndMutatedTextNeverBreaksTheScanner() {
        Random r = new Random(7);
        String alphabet = "Kamerstukken II I 2024/25, 36600 XVI nr. 161 p. ECLI:NL:RVS: Stb. 2022 CVDR BWBR0005416"
                + " jci1.3:c:& artikel= kst- gmb- LJN BB7360 /akn/nl/ – - , ; ( ) \n";
        String[] seeds = {"Kamerstukken II 2024/25, 36600 XVI, nr. 161, p. 2", "ECLI:NL:HR:2005:AR5213",
                "Handelingen II 2010/11, nr. 108, item 5", "jci1.3:c:BWBR0005416&artikel=222", "CVDR641872/2"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (i % 2 == 0) {
                sb.append(seeds[r.nextInt(seeds.length)]);
                for (int k = r.nextInt(4); k > 0 && sb.length() > 0; k--) {
                    int at = r.nextInt(sb.length());
                    sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            } else {
                for (int k = r.nextInt(120); k > 0; k--) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String text = sb.toString();
            for (Citation c : scanner.scan(text)) {
                assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), text);
                assertEquals(c.text(), text.substring(c.start(), c.end()));
                String formatted = formatter.leidraad(c);
                List<Citation> again = scanner.scan(formatted);
                if (!again.isEmpty() && c.type() != CitationType.TK_NUMBER && c.type() != CitationType.AKN) {
                    assertEquals(formatted, formatter.leidraad(again.get(0)),
                            "format, parse, format is stable for " + text);
                }
            }
        }
    }
}
