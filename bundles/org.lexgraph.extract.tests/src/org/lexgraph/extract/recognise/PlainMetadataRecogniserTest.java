package org.lexgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/** What a plain copy's own words say it is: a letter to parliament, a motion's date, a circular. */
public class PlainMetadataRecogniserTest {

    private final PlainMetadataRecogniser recogniser = new PlainMetadataRecogniser();

    private ExtractedDocument recognise(String name, String... blocks) {
        List<TextBlock> b = Arrays.stream(blocks).map(t -> TextBlock.body(t, 1)).toList();
        return recogniser.recognise(Path.of("/tmp", name), new ExtractedDocument("application/pdf", b, Map.of(), 1));
    }

    /** The document's own date as the single pattern found it before it was split into the date and its lead. */
    private static final java.util.regex.Pattern ONE_PATTERN = java.util.regex.Pattern.compile(
            "(?i)(?:\\bdatum\\b:?|\\bDen Haag,|\\b's-Gravenhage,|\\bd\\.d\\.|\\bvastgesteld (?:in de (?:openbare )?vergadering )?van|(?-i:\\b(?:Vastgesteld|Voorgesteld))|\\bgedaan te [A-Z][a-z]+,?|\\bUitspraakdatum:?)\\s*(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})");

    @Test
    public void theOwnDateIsTheFirstDateAfterItsIntroducingWordsAsOnePatternFoundIt() {
        List<String> heads = List.of("Datum 3 oktober 2018 Betreft vragen",
                "In de brief van 12 maart 2020 staat het. Den Haag, 14 april 2021",
                "datum:\n\n   7 juni 2019", "Datum12 maart 2020 en datum 1 12 maart 2021 en d.d. 2 mei 2022",
                "Vastgesteld 9 juli 2015", "vastgesteld 9 juli 2015", "VASTGESTELD IN DE OPENBARE VERGADERING VAN 5 MEI 2011",
                "Gedaan te Brussel, 16 december 2008", "gedaan te brussel, 16 december 2008",
                "Uitspraakdatum: 01 februari 2013", "'s-Gravenhage, 30 november 2026 en Den Haag, 1 december 2026",
                "Geen datum hier: 3 oktober", "De datum van 3 oktober 2018", "datum 123 maart 2021 en datum 23 maart 2022",
                "Kenmerk 2021-0000 Datum " + " ".repeat(30) + "\t 15 januari 2024", "");
        for (String head : heads) {
            java.util.regex.Matcher one = ONE_PATTERN.matcher(head);
            java.util.regex.Matcher split = PlainMetadataRecogniser.ownDate(head);
            if (one.find()) {
                assertEquals(one.group(1) + " " + one.group(2) + " " + one.group(3),
                        split == null ? null : split.group(1) + " " + split.group(2) + " " + split.group(3), head);
            } else {
                assertNull(split, head);
            }
        }
    }

    @Test
    public void aLetterToTheChamberIsAParliamentaryPaper() {
        // the letterhead as a PDF gives it: one run of words, in no particular order
        ExtractedDocument d = recognise("brief.pdf", "> Retouradres Postbus 16375 2500 BJ Den Haag",
                "Datum 3 oktober 2018 Betreft Onbeantwoorde vragen Aan de voorzitter van de Tweede Kamer der"
                        + " Staten-Generaal Postbus 20018 2500 EA DEN HAAG");
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("II", d.metadata(MetadataKeys.CHAMBER));
        assertEquals("2018-10-03", d.metadata(MetadataKeys.DATE));
        // a letter that mentions one it sent to the chamber is not itself one
        ExtractedDocument other = recognise("stappenplan.txt", "Aan de colleges van burgemeester en wethouders",
                "Ik verwijs u naar de bijgevoegde brief aan de Voorzitter van de Tweede Kamer van 23 maart 1998.");
        assertNotEquals("parliamentary-paper", other.metadata(MetadataKeys.KIND));
    }

    @Test
    public void aMotionIsDatedByTheDayItWasProposed() {
        ExtractedDocument d = recognise("motie.pdf", "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2020–2021 32 545"
                + " Wet- en regelgeving financiële markten Nr. 143 MOTIE VAN DE LEDEN VAN DIJK EN GRINWIS Voorgesteld"
                + " 6 juli 2021 De Kamer, gehoord de beraadslaging,");
        assertEquals("2021-07-06", d.metadata(MetadataKeys.DATE));
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("143", d.metadata(MetadataKeys.ONDERNUMMER));
        assertNull(recognise("verslag.txt", "Deze motie is voorgesteld door het lid Bergkamp.")
                .metadata(MetadataKeys.DATE), "the verb in a sentence dates nothing");
    }

    @Test
    public void aCircularOrAnInstructionIsAPolicyRule() {
        assertEquals("regulation", recognise("circulaire.md", "Uitsluiting bepaalde categorieën asielzoekers",
                "Circulaire aan het bestuur van het Centraal Orgaan opvang asielzoekers. Naar aanleiding van uw brief")
                .metadata(MetadataKeys.KIND));
        assertEquals("regulation", recognise("aanwijzing.md", "Aanwijzing huiselijk geweld en eergerelateerd geweld",
                "Deze aanwijzing stelt regels omtrent de opsporing.").metadata(MetadataKeys.KIND));
    }

    @Test
    public void municipalRegulationsInTheirPlainCopies() {
        // a Gemeenteblad as text: the header lines run together
        ExtractedDocument gmb = recognise("nadere-regels.txt", "GEMEENTEBLAD Officiële uitgave van de gemeente"
                + " Pijnacker-Nootdorp Nr. 66747 11 februari 2022", "Nadere regels jeugdhulp gemeente"
                + " Pijnacker-Nootdorp 2020", "Het college van burgemeester en wethouders van de gemeente"
                + " Pijnacker-Nootdorp;", "Artikel 1 Begripsbepalingen");
        assertEquals("Pijnacker-Nootdorp", gmb.metadata(MetadataKeys.MUNICIPALITY), "not 'Pijnacker-Nootdorp Nr'");
        assertEquals("gmb-2022-66747", gmb.metadata(MetadataKeys.PUBLICATION_ID));
        assertEquals("2022-02-11", gmb.metadata(MetadataKeys.DATE));
        assertEquals("regulation", gmb.metadata(MetadataKeys.KIND));
        // the regulation's page on lokaleregelgeving.overheid.nl, its metadata table as text
        ExtractedDocument cvdr = recognise("winkeltijden.html", "Verordening winkeltijden Zwolle 2019",
                "Organisatie Zwolle Organisatietype Gemeente Officiële naam regeling Verordening winkeltijden Zwolle"
                        + " 2019 Datum inwerkingtreding 01-07-2019 Identificatie CVDR627344_1",
                "Artikel 1 Begripsbepalingen");
        assertEquals("Zwolle", cvdr.metadata(MetadataKeys.MUNICIPALITY), "not the table's next label");
        assertEquals("CVDR627344", cvdr.metadata(MetadataKeys.WORK_ID));
        assertEquals("CVDR627344_1", cvdr.metadata(MetadataKeys.VERSION_ID));
        assertEquals("2019-07-01", cvdr.metadata(MetadataKeys.VALID_FROM));
        assertEquals("Alphen aan den Rijn", PlainMetadataRecogniser.municipalityName("Alphen aan den Rijn Nr"));
        assertEquals("De Ronde Venen", PlainMetadataRecogniser.municipalityName("De Ronde Venen"));
        assertNull(PlainMetadataRecogniser.municipalityName("Officiële"));
    }

    @Test
    public void aRulingsPageSavedAsTextNamesItsCourtAndDay() {
        ExtractedDocument d = recognise("uitspraak.html", "ECLI:NL:RBDHA:2021:1234", "Instantie Rechtbank Den Haag"
                + " Datum uitspraak 12-03-2021 Datum publicatie 15-03-2021 Zaaknummer AWB 20/5678",
                "Inhoudsindicatie", "Opvang van een vreemdeling zonder rechtmatig verblijf.");
        assertEquals("ECLI:NL:RBDHA:2021:1234", d.metadata(MetadataKeys.ECLI));
        assertEquals("ruling", d.metadata(MetadataKeys.KIND));
        assertEquals("Rechtbank Den Haag", d.metadata(MetadataKeys.COURT));
        assertEquals("2021-03-12", d.metadata(MetadataKeys.DATE));
        // only the ECLI: the court its code stands for
        assertEquals("Centrale Raad van Beroep", recognise("crvb.txt", "ECLI:NL:CRVB:2014:3494",
                "Uitspraak op het hoger beroep.").metadata(MetadataKeys.COURT));
    }
}
