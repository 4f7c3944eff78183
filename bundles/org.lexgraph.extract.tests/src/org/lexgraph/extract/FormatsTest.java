package org.lexgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.extract.container.Expanded;
import org.lexgraph.extract.container.Member;
import org.lexgraph.extract.formats.Ocr;
import org.lexgraph.tests.support.Fixtures;

/** The formats beyond PDF/DOCX/HTML/text: ODT, RTF, e-mail, ZIP, images and scans through OCR. */
public class FormatsTest {

    private final ExtractorRegistry registry = ExtractorRegistry.builtIn();

    @TempDir
    Path dir;

    private static String text(ExtractedDocument d) {
        return d.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    public void openDocumentText() throws Exception {
        Path odt = Fixtures.odt(dir, "notitie.odt", "Opvang in de regio",
                List.of("De gemeente biedt nachtopvang aan mensen zonder verblijfsvergunning."));
        assertEquals(MediaTypes.ODT, registry.detect(odt));
        ExtractedDocument d = registry.extract(odt);
        assertTrue(text(d).contains("nachtopvang aan mensen zonder verblijfsvergunning"), text(d));
        assertTrue(d.blocks().stream().anyMatch(b -> b.isHeading() && b.text().equals("Opvang in de regio")));
    }

    @Test
    public void rtfDocument() throws Exception {
        Path rtf = Fixtures.text(dir, "brief.rtf", "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 "
                + "Geachte raad,\\par Wij vragen u de toegang tot medisch noodzakelijke zorg te borgen.\\par}");
        assertEquals(MediaTypes.RTF, registry.detect(rtf));
        assertTrue(text(registry.extract(rtf)).contains("medisch noodzakelijke zorg"));
    }

    @Test
    public void emailGivesItsMessageAndAttachments() throws Exception {
        Path pdf = Fixtures.pdf(dir, "bijlage.pdf", List.of("Bijlage: overzicht van de nachtopvang in Utrecht."));
        Path eml = Fixtures.eml(dir, "bericht.eml", "Reactie op de brief over ongedocumenteerden",
                "Beste fractie,\r\n\r\nIn de bijlage vindt u ons overzicht van de opvang.", "overzicht.pdf",
                Files.readAllBytes(pdf));
        assertEquals(MediaTypes.EML, registry.detect(eml));
        try (Expanded x = registry.containers().expand(eml, MediaTypes.EML)) {
            assertNotNull(x.body());
            assertTrue(text(x.body()).contains("ons overzicht van de opvang"), text(x.body()));
            assertEquals("Reactie op de brief over ongedocumenteerden", x.body().metadata(MetadataKeys.TITLE));
            assertEquals("2026-03-03", x.body().metadata(MetadataKeys.DATE));
            assertEquals(1, x.members().size());
            Member m = x.members().get(0);
            assertEquals("overzicht.pdf", m.name());
            assertTrue(text(registry.extract(m.file())).contains("nachtopvang in Utrecht"));
        }
    }

    @Test
    public void outlookMessageGivesItsMessage() throws Exception {
        Path msg = Fixtures.msg(dir, "bericht.msg", "Opvang in de winter", "Stichting LOS",
                "Geachte raad, wij vragen aandacht voor winteropvang van ongedocumenteerden.");
        assertEquals(MediaTypes.MSG, registry.detect(msg));
        try (Expanded x = registry.containers().expand(msg, MediaTypes.MSG)) {
            assertNotNull(x.body());
            assertTrue(text(x.body()).contains("winteropvang van ongedocumenteerden"), text(x.body()));
            assertEquals("Opvang in de winter", x.body().metadata(MetadataKeys.TITLE));
            assertTrue(x.members().isEmpty());
        }
    }

    @Test
    public void zipMembersComeOutUnderSafeNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("stukken/brief.txt", "Brief over de opvang van ongedocumenteerden.".getBytes());
        entries.put("../../ontsnapt.txt", "Een naam die uit de map wil.".getBytes());
        entries.put("__MACOSX/._brief.txt", new byte[] {1, 2, 3});
        Path zip = Fixtures.zip(dir, "stukken.zip", entries);
        assertEquals(MediaTypes.ZIP, registry.detect(zip));
        Path tempDir;
        try (Expanded x = registry.containers().expand(zip, MediaTypes.ZIP)) {
            tempDir = x.tempDir();
            assertEquals(List.of("stukken/brief.txt", "../../ontsnapt.txt"),
                    x.members().stream().map(Member::name).toList());
            for (Member m : x.members()) {
                assertTrue(m.file().normalize().startsWith(tempDir), m.file().toString());
            }
        }
        assertFalse(Files.exists(tempDir), "temporary files are removed");
    }

    @Test
    public void zipBombIsRefused() throws Exception {
        Path bomb = Fixtures.zipBomb(dir, "bom.zip", 64);
        assertTrue(Files.size(bomb) < 1 << 20, "64 MB packs small: " + Files.size(bomb));
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> registry.containers().expand(bomb, MediaTypes.ZIP));
        assertTrue(e.getMessage().contains("ZIP bomb"), e.getMessage());
    }

    @Test
    public void imageIsReadByOcrInDutch() throws Exception {
        Ocr ocr = Ocr.fromEnvironment();
        assertTrue(ocr.isAvailable(), "the test command installs tesseract-ocr and tesseract-ocr-nld: "
                + ocr.unavailableReason());
        Path png = Fixtures.png(dir, "foto.png", List.of("Medisch noodzakelijke zorg voor",
                "mensen zonder verblijfsvergunning"));
        assertEquals(MediaTypes.PNG, registry.detect(png));
        ExtractedDocument d = registry.extract(png);
        String t = text(d).toLowerCase(Locale.ROOT);
        assertTrue(t.contains("noodzakelijke") && t.contains("verblijfsvergunning"), t);
        assertTrue(d.metadata("ocr").contains("nld"), d.metadata("ocr"));
    }

    @Test
    public void scannedPdfPageIsReadByOcr() throws Exception {
        Path pdf = Fixtures.scannedPdf(dir, "scan.pdf", List.of("Verordening nachtopvang", "Artikel 1 Begrippen"));
        ExtractedDocument d = registry.extract(pdf);
        assertTrue(text(d).toLowerCase(Locale.ROOT).contains("nachtopvang"), text(d));
        assertEquals(1, d.blocks().get(0).page());
        assertTrue(d.metadata("ocr").startsWith("pages 1 read by OCR"), d.metadata("ocr"));
    }

    @Test
    public void withoutOcrAScanSaysSo() throws Exception {
        ExtractorRegistry noOcr = ExtractorRegistry.withOcr(Ocr.withCommand(dir.resolve("geen-tesseract").toString()));
        Path pdf = Fixtures.scannedPdf(dir, "scan.pdf", List.of("Verordening nachtopvang"));
        ExtractionException e = assertThrows(ExtractionException.class, () -> noOcr.extract(pdf));
        assertTrue(e.getMessage().startsWith("no text layer") && e.getMessage().contains("OCR is not available"),
                e.getMessage());
        Path png = Fixtures.png(dir, "foto.png", List.of("tekst"));
        ExtractionException img = assertThrows(ExtractionException.class, () -> noOcr.extract(png));
        assertTrue(img.getMessage().contains("tesseract is not installed"), img.getMessage());
    }

    @Test
    public void runningHeadersAndFootersAreRemoved() throws Exception {
        List<String> pages = new ArrayList<>();
        String[] body = { "De regeling voor onverzekerden wordt uitgevoerd door het CAK.",
            "Zorgaanbieders melden de kosten achteraf.", "Inhoud van bladzijde 3 gaat over apotheken.",
            "Tot slot de evaluatie in 2026." };
        for (int p = 1; p <= 4; p++) {
            pages.add("Tweede Kamer, vergaderjaar 2024-2025, 36 600 XVI, nr. 161\n" + body[p - 1] + "\n" + p);
        }
        ExtractedDocument d = registry.extract(Fixtures.pdf(dir, "kamerstuk.pdf", pages));
        String t = text(d);
        assertFalse(t.contains("vergaderjaar 2024-2025, 36 600"), t);
        assertTrue(t.contains("Inhoud van bladzijde 3"), t);
        assertFalse(d.blocks().stream().anyMatch(b -> b.text().matches("\\d")), "page numbers are gone: " + t);
    }
}
