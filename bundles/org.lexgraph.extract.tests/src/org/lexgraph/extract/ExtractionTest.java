package org.lexgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.tests.support.Fixtures;

/** Real files through the real extractors: PDFBox, Tika's OOXML and HTML parsers, StAX. */
public class ExtractionTest {

    private final ExtractorRegistry registry = ExtractorRegistry.builtIn();

    @TempDir
    Path dir;

    private static String text(ExtractedDocument d) {
        return d.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    public void pdfBlocksKnowTheirPage() throws Exception {
        Path pdf = Fixtures.pdf(dir, "brief.pdf", List.of(
                "Geachte voorzitter,\nDe gemeente biedt nachtopvang aan mensen zonder verblijfs-\nvergunning.",
                "Op pagina twee staat de medisch noodzakelijke zorg.",
                "Derde pagina: veilige aangifte."));
        ExtractedDocument d = registry.extract(pdf);
        assertEquals(MediaTypes.PDF, d.mediaType());
        assertEquals(3, d.pageCount());
        TextBlock care = d.blocks().stream().filter(b -> b.text().contains("noodzakelijke zorg")).findFirst()
                .orElseThrow();
        assertEquals(2, care.page());
        TextBlock safety = d.blocks().stream().filter(b -> b.text().contains("veilige aangifte")).findFirst()
                .orElseThrow();
        assertEquals(3, safety.page());
        assertTrue(text(d).contains("verblijfsvergunning"), "hyphenated line end is joined: " + text(d));
    }

    @Test
    public void encryptedPdfIsNamedAsSuch() throws Exception {
        Path pdf = Fixtures.encryptedPdf(dir, "geheim.pdf");
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(pdf));
        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
    }

    @Test
    public void truncatedPdfIsNamedAsSuch() throws Exception {
        Path pdf = Fixtures.truncatedPdf(dir, "afgebroken.pdf", 0.6);
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(pdf));
        assertTrue(e.getMessage().startsWith("truncated PDF"), e.getMessage());
    }

    @Test
    public void garbageNamedPdfIsNotAPdf() throws Exception {
        Path f = Fixtures.text(dir, "nep.pdf", "dit is geen pdf");
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(f));
        assertTrue(e.getMessage().startsWith("not a PDF"), e.getMessage());
    }

    @Test
    public void pdfIsRecognisedByContentWhateverItsName() throws Exception {
        Path pdf = Fixtures.pdf(dir, "verkeerd.txt", List.of("Een PDF met een verkeerde naam."));
        assertEquals(MediaTypes.PDF, registry.extract(pdf).mediaType());
    }

    @Test
    public void wordDocumentHasHeadingAndParagraphs() throws Exception {
        Path docx = Fixtures.docx(dir, "notitie.docx", "Beleidsregel opvang",
                List.of("De gemeente voorkomt opstraatzettingen.", "Ook ouderen krijgen toegang tot opvang."));
        ExtractedDocument d = registry.extract(docx);
        assertEquals(MediaTypes.DOCX, d.mediaType());
        assertTrue(text(d).contains("De gemeente voorkomt opstraatzettingen."), text(d));
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().contains("ouderen")));
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().equals("Beleidsregel opvang")), text(d));
    }

    @Test
    public void damagedWordDocumentIsReported() throws Exception {
        Path docx = Fixtures.docx(dir, "kapot.docx", "Kop", List.of("tekst"));
        byte[] bytes = Files.readAllBytes(docx);
        Path cut = Fixtures.bytes(dir, "afgekapt.docx", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(cut));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    public void htmlTitleAndHeadings() throws Exception {
        Path html = Fixtures.html(dir, "pagina.html", "Veilige aangifte", "Free in, free out",
                List.of("Slachtoffers zonder verblijfsvergunning kunnen veilig aangifte doen.", "Tweede alinea."));
        ExtractedDocument d = registry.extract(html);
        assertEquals(MediaTypes.HTML, d.mediaType());
        assertEquals("Veilige aangifte", d.metadata(MetadataKeys.TITLE));
        TextBlock h = d.blocks().get(0);
        assertTrue(h.isHeading(), "first block is the h1: " + h);
        assertEquals("Free in, free out", h.text());
        assertFalse(text(d).contains("Veilige aangifte"), "the head's title is not body text");
    }

    @Test
    public void aSavedWebPageWithoutItsSite() throws Exception {
        // a municipal page as a browser saves it: skip link, header with menu, breadcrumb, cookie banner, the page's
        // own text in <main>, a sidebar, a footer (written for this test)
        String page = """
                <!DOCTYPE html><html lang="nl"><head><title>Home | Gemeente Voorbeeld</title>
                <script>var menu = "Afval Parkeren";</script></head><body>
                <a class="skip-link" href="#main">Naar de inhoud</a>
                <header class="site-header"><div class="logo">Gemeente Voorbeeld</div>
                <nav aria-label="Hoofdmenu"><ul><li>Afval</li><li>Parkeren</li><li>Paspoort aanvragen</li></ul></nav>
                </header>
                <div class="cookie-banner"><p>Wij gebruiken cookies om de website te verbeteren.</p>
                <button>Akkoord</button></div>
                <ol class="breadcrumb"><li>Home</li><li>Zorg en welzijn</li><li>Nachtopvang</li></ol>
                <main id="main"><h1>Nachtopvang voor mensen zonder verblijfsvergunning</h1>
                <p>De gemeente biedt nachtopvang aan mensen zonder verblijfsvergunning op grond van artikel 2.3.5 van
                de Wet maatschappelijke ondersteuning 2015.</p>
                <nav class="page-share"><ul><li>Deel op Facebook</li></ul></nav>
                <h2>Aanmelden</h2><p>U meldt zich aan bij het Zorgloket.</p></main>
                <aside class="sidebar"><h2>Meest gezocht</h2><ul><li>Afvalkalender</li></ul></aside>
                <footer><p>Gemeente Voorbeeld, Postbus 1, 1234 AB Voorbeeld</p><p>Privacyverklaring</p></footer>
                </body></html>""";
        Path html = Fixtures.text(dir, "nachtopvang.html", page);
        ExtractedDocument d = registry.extract(html);
        String text = text(d);
        assertEquals("Nachtopvang voor mensen zonder verblijfsvergunning", d.metadata(MetadataKeys.TITLE),
                "a title that says nothing (Home) gives way to the page's heading");
        assertTrue(text.contains("nachtopvang aan mensen zonder verblijfsvergunning") && text.contains("Zorgloket"),
                text);
        for (String chrome : List.of("Naar de inhoud", "Paspoort", "cookies", "Akkoord", "Zorg en welzijn",
                "Facebook", "Meest gezocht", "Afvalkalender", "Postbus 1", "Privacyverklaring", "var menu")) {
            assertFalse(text.contains(chrome), chrome + " is the site's, not the page's: " + text);
        }
        // without <main>, everything but the chrome
        Path plain = Fixtures.text(dir, "plain.html", "<html><head><title>Regeling opvang - Gemeente Voorbeeld"
                + "</title></head><body><div id=\"menu\">Afval Parkeren</div><h1>Regeling</h1><p>Artikel 1. De"
                + " gemeente biedt opvang.</p><div class=\"footer\">Contact</div></body></html>");
        ExtractedDocument p = registry.extract(plain);
        assertEquals("Regeling opvang", p.metadata(MetadataKeys.TITLE), "the site's name is cut off the title");
        assertEquals("Regeling\nArtikel 1. De gemeente biedt opvang.", text(p));
    }

    @Test
    public void markdownLawHasArticleHeadings() throws Exception {
        ExtractedDocument d = registry.extract(Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md"));
        assertEquals(MediaTypes.MARKDOWN, d.mediaType());
        assertTrue(d.metadata(MetadataKeys.TITLE).endsWith("(Vreemdelingenwet 2000)"), d.metadata(MetadataKeys.TITLE));
        assertTrue(d.blocks().stream().anyMatch(b -> b.isHeading() && b.text().equals("Artikel 8")));
        assertFalse(text(d).contains("<meta"), "HTML lines are dropped");
        String besluit = text(registry.extract(Fixtures.corpus().resolve("bwb-markdown/BWBR0018492.md")));
        assertTrue(besluit.contains("a. wet: de Zorgverzekeringswet;"), "emphasis marks go: " + besluit.substring(0,
                Math.min(2000, besluit.length())));
    }

    @Test
    public void hardWrappedTextBecomesParagraphs() throws Exception {
        Path letter = Fixtures.letter();
        ExtractedDocument d = registry.extract(letter);
        long lines = Files.readAllLines(letter).stream().filter(l -> !l.isBlank()).count();
        // wrapped lines joined; the 21 signatories, one short line each, stay apart
        assertTrue(d.blocks().size() < lines * 0.6, d.blocks().size() + " blocks for " + lines + " lines");
        assertTrue(d.blocks().stream().anyMatch(b -> b.text().equals("INLIA Groningen")), text(d));
        assertTrue(text(d).contains("In vrijwel alle steden in Nederland wonen mensen zonder verblijfsvergunning "
                + "(‘ongedocumenteerden’)."), text(d));
    }

    @Test
    public void windows1252TextIsDecoded() throws Exception {
        byte[] bytes = "Zij wonen en recreëren hier; één café.\n".getBytes(Charset.forName("windows-1252"));
        ExtractedDocument d = registry.extract(Fixtures.bytes(dir, "oud.txt", bytes));
        assertTrue(text(d).contains("recreëren"), text(d));
    }

    @Test
    public void rechtspraakXmlGivesMetadataAndBodyWithoutRdf() throws Exception {
        ExtractedDocument d = registry.extract(Fixtures.corpus().resolve("rechtspraak/ECLI.NL.CRVB.2013.1886.xml"));
        assertEquals(MediaTypes.XML, d.mediaType());
        assertEquals("ECLI:NL:CRVB:2013:1886", d.metadata(MetadataKeys.IDENTIFIER));
        assertEquals("2013-05-21", d.metadata(MetadataKeys.DATE));
        assertEquals("Centrale Raad van Beroep", d.metadata(MetadataKeys.AUTHOR));
        assertFalse(text(d).contains("Raad voor de Rechtspraak"), "RDF metadata is not body text");
        assertTrue(text(d).contains("Centrale Raad van Beroep"));
    }

    @Test
    public void xmlExternalEntitiesAreNeverResolved() throws Exception {
        Path secret = Fixtures.text(dir, "geheim.txt", "GEHEIME-INHOUD");
        Path xml = Fixtures.text(dir, "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<r><p>&x;</p><p>gewone tekst</p></r>");
        try {
            ExtractedDocument d = registry.extract(xml);
            assertFalse(text(d).contains("GEHEIME-INHOUD"), text(d));
        } catch (ExtractionException e) {
            assertTrue(e.getMessage().startsWith("malformed XML") || e.getMessage().contains("never resolves"),
                    e.getMessage());
        }
    }

    @Test
    public void emptyAndUnknownFilesAreNamed() throws Exception {
        Path empty = Fixtures.bytes(dir, "leeg.txt", new byte[0]);
        assertEquals("empty file (0 bytes)", assertThrows(ExtractionException.class,
                () -> registry.extract(empty)).getMessage());
        Path png = Fixtures.bytes(dir, "plaatje.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0,
                0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1});
        ExtractionException e = assertThrows(ExtractionException.class, () -> registry.extract(png));
        assertTrue(e.getMessage().startsWith("OCR failed") || e.getMessage().startsWith("no text layer"),
                "a damaged image: " + e.getMessage());
        Path elf = Fixtures.bytes(dir, "programma", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 3, 0, 0x3e, 0});
        ExtractionException u = assertThrows(ExtractionException.class, () -> registry.extract(elf));
        assertTrue(u.getMessage().startsWith("unsupported file type: "), u.getMessage());
        Path zip = Fixtures.bytes(dir, "archief.zip", zipWith("a.txt"));
        assertEquals(MediaTypes.ZIP, registry.detect(zip), "a ZIP archive is a container, read member by member");
    }

    private static byte[] zipWith(String name) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write("x".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
