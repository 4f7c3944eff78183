package org.lexgraph.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.StructureNode;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.extract.segment.PassageSegmenter;
import org.lexgraph.extract.segment.Segment;
import org.lexgraph.tests.support.Fixtures;

/** The official Dutch XML formats, read by content with their metadata and structure. */
public class OfficialXmlTest {

    private final ExtractorRegistry registry = ExtractorRegistry.builtIn();

    @TempDir
    Path dir;
    Path official;

    @BeforeEach
    void copyFixtures() throws Exception {
        official = Fixtures.official(dir);
    }

    private static StructureNode node(ExtractedDocument d, String key) {
        return StructureNode.flatten(d.structure()).stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + key + " in " + StructureNode.flatten(d.structure())));
    }

    private static String textOf(ExtractedDocument d, String element) {
        return d.blocks().stream().filter(b -> element.equals(b.element())).map(TextBlock::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    public void cvdrGivesMunicipalityValidityLegalBasisAndArticleTree() throws Exception {
        // the file name says nothing: the format is recognised by its root element
        Path renamed = Files.copy(official.resolve("cvdr/CVDR700001_1.xml"), dir.resolve("download (3).xml"));
        ExtractedDocument d = registry.extract(renamed);
        assertEquals("regulation", d.metadata(MetadataKeys.KIND));
        assertEquals("CVDR700001", d.metadata(MetadataKeys.WORK_ID));
        assertEquals("CVDR700001_1", d.metadata(MetadataKeys.VERSION_ID));
        assertEquals("Utrecht", d.metadata(MetadataKeys.MUNICIPALITY));
        assertEquals("CVDR dcterms:creator", d.origin(MetadataKeys.MUNICIPALITY));
        assertEquals("2023-02-01", d.metadata(MetadataKeys.VALID_FROM));
        assertEquals("2024-06-30", d.metadata(MetadataKeys.VALID_TO));
        assertEquals("gmb-2023-40001", d.metadata(MetadataKeys.PUBLICATION));
        assertEquals("nieuwe regeling", d.metadata(MetadataKeys.CHANGE));
        assertEquals("Verordening opvang ongedocumenteerden Utrecht 2023", d.metadata(MetadataKeys.TITLE));
        assertEquals(2, d.metadata(MetadataKeys.LEGAL_BASIS).split(MetadataKeys.SEPARATOR).length,
                d.metadata(MetadataKeys.LEGAL_BASIS));

        assertEquals(List.of("ch:1", "ch:2"), d.structure().stream().map(StructureNode::key).toList());
        StructureNode art2 = node(d, "art:2");
        assertEquals(StructureNode.Kind.ARTICLE, art2.kind());
        assertEquals("Artikel 2", art2.label());
        assertEquals("Toegang tot de opvang", art2.title());
        assertEquals(List.of("art:2/lid:1", "art:2/lid:2", "art:2/lid:3"),
                art2.children().stream().map(StructureNode::key).toList());
        assertEquals("2. De opvang duurt ten hoogste twaalf maanden.", textOf(d, "art:2/lid:2"));
        String art1 = textOf(d, "art:1");
        assertTrue(art1.contains("a. ongedocumenteerde: vreemdeling die geen rechtmatig verblijf heeft"), art1);
        assertFalse(d.blocks().stream().anyMatch(b -> b.text().contains("maatschappelijke zorg en welzijn")),
                "metadata is not text");
    }

    @Test
    public void passagesNeverCrossALid() throws Exception {
        ExtractedDocument d = registry.extract(official.resolve("cvdr/CVDR700001_1.xml"));
        List<Segment> segments = new PassageSegmenter().segment(d.blocks());
        Segment lid2 = segments.stream().filter(s -> s.text().contains("twaalf maanden")).findFirst().orElseThrow();
        assertEquals("art:2/lid:2", lid2.element());
        assertFalse(lid2.text().contains("verblijfsprocedure"), "lid 1 is its own passage: " + lid2.text());
        assertEquals("Artikel 2 Toegang tot de opvang", lid2.anchor());
    }

    @Test
    public void kamerstukReadsTheMetadataBesideIt() throws Exception {
        ExtractedDocument d = registry.extract(official.resolve("kst-36600-XVI-161/kst-36600-XVI-161.xml"));
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("kst-36600-XVI-161", d.metadata(MetadataKeys.PUBLICATION_ID));
        assertEquals("metadata.xml DC.identifier", d.origin(MetadataKeys.PUBLICATION_ID));
        assertEquals("36600", d.metadata(MetadataKeys.DOSSIER));
        assertEquals("XVI", d.metadata(MetadataKeys.DOSSIER_CHAPTER));
        assertEquals("161", d.metadata(MetadataKeys.ONDERNUMMER));
        assertEquals("2024-2025", d.metadata(MetadataKeys.VERGADERJAAR));
        assertEquals("II", d.metadata(MetadataKeys.CHAMBER));
        assertEquals("2024-12-18", d.metadata(MetadataKeys.DATE));
        assertTrue(d.metadata(MetadataKeys.TITLE).contains("medisch noodzakelijke zorg"));
        assertTrue(d.blocks().stream().anyMatch(b -> b.isHeading() && b.text().equals("Aanleiding")));
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().contains("artikel 122a van de Zorgverzekeringswet")));
    }

    @Test
    public void kamerstukWithoutMetadataFileUsesItsOwnHeader() throws Exception {
        Path alone = Files.copy(official.resolve("kst-36600-XVI-161/kst-36600-XVI-161.xml"), dir.resolve("stuk.xml"));
        ExtractedDocument d = registry.extract(alone);
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("36600", d.metadata(MetadataKeys.DOSSIER));
        assertEquals("XVI", d.metadata(MetadataKeys.DOSSIER_CHAPTER));
        assertEquals("161", d.metadata(MetadataKeys.ONDERNUMMER));
        assertEquals("publication XML dossiernr", d.origin(MetadataKeys.DOSSIER));
        assertEquals("2024-2025", d.metadata(MetadataKeys.VERGADERJAAR), "from the text: Vergaderjaar 2024–2025");
    }

    @Test
    public void gemeentebladGivesMunicipalityAndArticles() throws Exception {
        ExtractedDocument d = registry.extract(official.resolve("gmb-2024-250002/gmb-2024-250002.xml"));
        assertEquals("regulation", d.metadata(MetadataKeys.KIND));
        assertEquals("gmb-2024-250002", d.metadata(MetadataKeys.PUBLICATION_ID));
        assertEquals("Utrecht", d.metadata(MetadataKeys.MUNICIPALITY));
        assertEquals("Gemeenteblad", d.metadata(MetadataKeys.DOCUMENT_TYPE));
        assertEquals("2024-06-27", d.metadata(MetadataKeys.DATE));
        assertEquals("Artikel I", node(d, "art:i").label());
        assertTrue(textOf(d, "art:i").contains("A. In artikel 2, tweede lid"), textOf(d, "art:i"));
    }

    @Test
    public void metadataFileIsNotADocument() throws Exception {
        ExtractionException beside = assertThrows(ExtractionException.class,
                () -> registry.extract(official.resolve("kst-36600-XVI-161/metadata.xml")));
        assertTrue(beside.isNotADocument(), beside.getMessage());
        Path lone = Files.createDirectories(dir.resolve("lone"));
        Path alone = Files.copy(official.resolve("kst-36600-XVI-161/metadata.xml"), lone.resolve("metadata.xml"));
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(alone));
        assertFalse(e.isNotADocument());
        assertTrue(e.getMessage().startsWith("publication metadata only"), e.getMessage());
    }

    @Test
    public void bwbToestandGivesArticlesLedenAndValidity() throws Exception {
        ExtractedDocument d = registry.extract(official.resolve("bwb/BWBR0011823-2024-01-01.xml"));
        assertEquals("regulation", d.metadata(MetadataKeys.KIND));
        assertEquals("BWBR0011823", d.metadata(MetadataKeys.WORK_ID));
        assertEquals("2024-01-01", d.metadata(MetadataKeys.VALID_FROM));
        assertEquals("Vreemdelingenwet 2000", d.metadata(MetadataKeys.TITLE));
        StructureNode art10 = node(d, "art:10");
        assertEquals(3, art10.children().size());
        assertTrue(textOf(d, "art:10/lid:2").contains("medisch noodzakelijke zorg"));
        assertTrue(textOf(d, "art:8").contains("b. op grond van een verblijfsvergunning voor onbepaalde tijd"));
        assertEquals(StructureNode.Kind.SECTION, node(d, "sec:1").kind());
        assertFalse(d.blocks().stream().anyMatch(b -> b.text().contains("jci1.3")), "meta-data is not text");
    }

    @Test
    public void aBlankLineOrAByteOrderMarkBeforeTheMarkupIsNoReasonToRefuseAFile() throws Exception {
        byte[] ruling = java.nio.file.Files.readAllBytes(Fixtures.corpus().resolve(
                "rechtspraak/ECLI.NL.CRVB.2013.1886.xml"));
        byte[][] prefixes = {"\n".getBytes(), "\r\n  \n".getBytes(), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'},
            // the byte order mark encoded twice, as real copies of Handelingen have it
            {(byte) 0xC3, (byte) 0xAF, (byte) 0xC2, (byte) 0xBB, (byte) 0xC2, (byte) 0xBF, '\r', '\n'}};
        for (byte[] prefix : prefixes) {
            Path copy = dir.resolve("ECLI.NL.CRVB.2013.1886-" + prefix.length + ".xml");
            byte[] bytes = new byte[prefix.length + ruling.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            System.arraycopy(ruling, 0, bytes, prefix.length, ruling.length);
            java.nio.file.Files.write(copy, bytes);
            ExtractedDocument d = registry.extract(copy);
            assertEquals("ECLI:NL:CRVB:2013:1886", d.metadata(MetadataKeys.ECLI), copy.toString());
            assertFalse(d.blocks().stream().anyMatch(b -> b.text().contains("<uitspraak")), "markup is not text");
        }
    }

    @Test
    public void handelingenAndKamervragenSavedWithoutTheirMetadataRecordNameThemselves() throws Exception {
        // the shapes of officielebekendmakingen copies as people save them: the metadata record is only referred to
        Path item = Fixtures.text(dir, "vao-mantelzorg.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <officiele-publicatie>
                 <metadata>
                  <meta content="https://zoek.officielebekendmakingen.nl/h-tk-20172018-70-4/metadata.xml"
                        name="OVERHEIDop.externMetadataRecord" scheme=""/>
                 </metadata>
                 <handelingen><agendapunt><nr>4</nr><item-titel>Wmo / Mantelzorg / Hulpmiddelenbeleid</item-titel>
                  <onderwerp><al-groep><al>Aan de orde is het VAO Wmo.</al></al-groep></onderwerp>
                  <spreekbeurt><tekst><al-groep><al>Motie</al><al>De Kamer, gehoord de beraadslaging,
                  verzoekt de regering ...</al></al-groep></tekst></spreekbeurt></agendapunt></handelingen>
                </officiele-publicatie>
                """);
        ExtractedDocument h = registry.extract(item);
        assertEquals("parliamentary-paper", h.metadata(MetadataKeys.KIND));
        assertEquals("h-tk-20172018-70-4", h.metadata(MetadataKeys.PUBLICATION_ID));
        assertEquals("Wmo / Mantelzorg / Hulpmiddelenbeleid", h.metadata(MetadataKeys.TITLE));
        Path questions = Fixtures.text(dir, "kamervragen.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <officiele-publicatie><metadata><meta name="OVERHEIDop.externMetadataRecord" scheme=""
                 content="https://zoek.officielebekendmakingen.nl/ah-tk-20202021-3235/metadata.xml"/></metadata>
                 <kamervragen><kamervraagnummer>3235</kamervraagnummer>
                  <kamervraagomschrijving type="vraag">Vragen van het lid Jansen aan de Minister over
                   <kamervraagonderwerp>de opvang</kamervraagonderwerp> (ingezonden <datum isodatum="2021-06-03">3 juni
                   2021</datum>).</kamervraagomschrijving>
                  <vraag><al>Kent u het bericht?</al></vraag>
                  <kamervraagmededeling>Antwoord (ontvangen <datum isodatum="2021-06-21">21 juni 2021</datum>)
                  </kamervraagmededeling><antwoord><al>Ja.</al></antwoord>
                 </kamervragen></officiele-publicatie>
                """);
        ExtractedDocument q = registry.extract(questions);
        assertEquals("parliamentary-paper", q.metadata(MetadataKeys.KIND));
        assertEquals("ah-tk-20202021-3235", q.metadata(MetadataKeys.PUBLICATION_ID));
        assertEquals("Vragen van het lid Jansen aan de Minister over de opvang", q.metadata(MetadataKeys.TITLE));
        assertEquals("2021-06-21", q.metadata(MetadataKeys.DATE), "the answers' date");
    }

    @Test
    public void anActsOpeningWordsGiveItsKindAndDate() throws Exception {
        Path law = Fixtures.text(dir, "besluit.md", "<meta http-equiv='Content-Type' content='text/html' />\n\n"
                + "## Besluit van 27 april 1998, tot het gelijkstellen van vreemdelingen met Nederlanders\n\n"
                + "### Artikel 1\n\nDeze regels gelden voor vreemdelingen.\n");
        ExtractedDocument d = registry.extract(law);
        assertEquals("regulation", d.metadata(MetadataKeys.KIND));
        assertEquals("1998-04-27", d.metadata(MetadataKeys.DATE));
        Path regeling = Fixtures.text(dir, "regeling.md", "## Regeling van de Minister van Volksgezondheid, Welzijn en "
                + "Sport van 12 december 2014, houdende regels voor de uitvoering van de wet\n\nArtikel 1\n\nTekst.\n");
        assertEquals("2014-12-12", registry.extract(regeling).metadata(MetadataKeys.DATE));
        Path letter = Fixtures.text(dir, "brief.txt", "Geachte voorzitter,\n\nDe wet van 1 maart 2014 regelt veel.\n");
        assertFalse("regulation".equals(registry.extract(letter).metadata(MetadataKeys.KIND)),
                "an act named in a letter does not make the letter an act");
    }

    @Test
    public void rechtspraakGivesRulingFieldsAndSections() throws Exception {
        ExtractedDocument d = registry.extract(Fixtures.corpus().resolve("rechtspraak/ECLI.NL.CRVB.2013.1886.xml"));
        assertEquals("ruling", d.metadata(MetadataKeys.KIND));
        assertEquals("ECLI:NL:CRVB:2013:1886", d.metadata(MetadataKeys.ECLI));
        assertEquals("Centrale Raad van Beroep", d.metadata(MetadataKeys.COURT));
        assertEquals("2013-05-21", d.metadata(MetadataKeys.DATE));
        assertEquals("Hoger beroep", d.metadata(MetadataKeys.PROCEDURE));
        assertEquals("12-2272 WWB-G", d.metadata("caseNumber"));
        assertTrue(d.metadata(MetadataKeys.SUBJECT).contains("Socialezekerheidsrecht"));
        List<StructureNode> sections = StructureNode.flatten(d.structure());
        assertTrue(sections.stream().anyMatch(s -> "beslissing".equals(s.title())), sections.toString());
        assertTrue(d.blocks().stream().anyMatch(b -> b.element() != null && b.element().startsWith("sec:")));
    }

    @Test
    public void deeplyNestedXmlIsRefused() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>");
        for (int i = 0; i < 5000; i++) {
            sb.append("<a>");
        }
        sb.append("x");
        for (int i = 0; i < 5000; i++) {
            sb.append("</a>");
        }
        Path deep = Fixtures.text(dir, "diep.xml", sb.toString());
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(deep));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    @Test
    public void plainKamerstukPdfIsRecognisedFromItsFirstPage() throws Exception {
        Path pdf = Fixtures.pdf(dir, "brief.pdf", List.of(
                "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n36 600 XVI Vaststelling van de begrotingsstaten\n"
                        + "Nr. 161 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n"
                        + "Den Haag, 18 december 2024\nMet deze brief informeer ik uw Kamer over de zorg voor "
                        + "mensen zonder verblijfsvergunning en de regeling voor onverzekerden.",
                "De regeling wordt uitgevoerd door het CAK."));
        ExtractedDocument d = registry.extract(pdf);
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("36600", d.metadata(MetadataKeys.DOSSIER));
        assertEquals("XVI", d.metadata(MetadataKeys.DOSSIER_CHAPTER));
        assertEquals("161", d.metadata(MetadataKeys.ONDERNUMMER));
        assertEquals("II", d.metadata(MetadataKeys.CHAMBER));
        assertEquals("2024-2025", d.metadata(MetadataKeys.VERGADERJAAR));
        assertEquals("2024-12-18", d.metadata(MetadataKeys.DATE));
        assertEquals("nl", d.metadata(MetadataKeys.LANGUAGE));
        assertTrue(d.origin(MetadataKeys.DOSSIER).startsWith("text of page 1"), d.origin(MetadataKeys.DOSSIER));
    }

    @Test
    public void identifiersInTheFileNameAreUsedAndSaySo() throws Exception {
        Path f = Fixtures.text(dir, "ECLI.NL.RBDHA.2020.865.txt",
                "RECHTBANK DEN HAAG\nuitspraak van de enkelvoudige kamer in de zaak tussen eiser en de staatssecretaris.");
        ExtractedDocument d = registry.extract(f);
        assertEquals("ECLI:NL:RBDHA:2020:865", d.metadata(MetadataKeys.ECLI));
        assertEquals("file name", d.origin(MetadataKeys.ECLI));
        assertEquals("ruling", d.metadata(MetadataKeys.KIND));
        Path g = Fixtures.text(dir, "notitie.txt", "Een notitie over opvang in de gemeente Utrecht en elders.");
        ExtractedDocument n = registry.extract(g);
        assertNull(n.metadata(MetadataKeys.KIND));
        assertEquals("Utrecht", n.metadata(MetadataKeys.MUNICIPALITY));
    }

    @Test
    public void markdownLawGetsArticlesAndLeden() throws Exception {
        ExtractedDocument d = registry.extract(Fixtures.corpus().resolve("bwb-markdown/BWBR0018450.md"));
        StructureNode art = node(d, "art:122a");
        assertTrue(art.children().size() >= 3, art.children().toString());
        String lid2 = textOf(d, "art:122a/lid:2");
        assertTrue(lid2.startsWith("2. Onder medisch noodzakelijke zorg"), lid2);
        assertFalse(lid2.contains("Geen bijdrage"), "lid 3 is its own element: " + lid2);
        assertNotNull(node(d, "art:1"));
    }
}
