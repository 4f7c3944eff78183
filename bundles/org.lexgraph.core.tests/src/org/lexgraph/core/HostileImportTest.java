package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.FormatDetector;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.extract.segment.PassageSegmenter;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.tests.support.Fixtures;

/**
 * A corpus of hostile and broken files, generated here, imported next to good ones: each bad file is named with a
 * specific reason, none stops the import or touches other sources, and the knowledge base stays consistent.
 */
public class HostileImportTest {

    @TempDir
    Path tmp;

    private KnowledgeBaseSession open(Path kb, Importer importer) throws KnowledgeBaseException {
        return KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE, importer, new NullProgressMonitor());
    }

    private static Map<String, FileOutcome> byName(ImportReport r) {
        return r.outcomes().stream().collect(Collectors.toMap(
                o -> o.file().getFileName() + (o.member() == null ? "" : "!/" + o.member()), o -> o, (a, b) -> a));
    }

    @Test
    public void hostileCorpusNextToGoodFiles() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        // good files
        Fixtures.text(docs, "goed.txt", "Nachtopvang voor mensen zonder verblijfsvergunning in Utrecht.");
        Fixtures.pdf(docs, "goed.pdf", List.of("Medisch noodzakelijke zorg via de huisarts."));
        Fixtures.odt(docs, "goed.odt", "Veilig aangifte doen", List.of("Free in, free out: aangifte zonder risico."));
        Path attachment = Fixtures.pdf(tmp, "bijlage.pdf", List.of("Overzicht van de gemeentelijke opvang."));
        Fixtures.eml(docs, "mail.eml", "Reactie op de brief", "Beste raad,\r\n\r\nZie het overzicht in de bijlage.",
                "overzicht.pdf", Files.readAllBytes(attachment));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a/brief.txt", "Brief over een goede start voor kinderen.".getBytes());
        entries.put("a/leeg.txt", new byte[0]);
        entries.put("../ontsnapt.txt", "Een naam die uit de map wil ontsnappen.".getBytes());
        Fixtures.zip(docs, "stukken.zip", entries);
        // bad files
        Fixtures.bytes(docs, "leeg.pdf", new byte[0]);
        Fixtures.truncatedPdf(docs, "afgebroken.pdf", 0.6);
        Fixtures.encryptedPdf(docs, "geheim.pdf");
        Fixtures.bytes(docs, "kapot.docx", "PK\u0003\u0004 dit is geen zip".getBytes());
        Path secret = Fixtures.text(tmp, "geheim.txt", "GEHEIME-INHOUD");
        Fixtures.text(docs, "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<r><p>&x;</p></r>");
        Fixtures.text(docs, "diep.xml", "<?xml version=\"1.0\"?>" + "<a>".repeat(3000) + "x" + "</a>".repeat(3000));
        Fixtures.zipBomb(docs, "bom.zip", 64);
        Path inner = Fixtures.zip(tmp, "z1.zip", Map.of("tekst.txt", "diep verstopt".getBytes()));
        for (int i = 2; i <= 4; i++) {
            inner = Fixtures.zip(tmp, "z" + i + ".zip", Map.of("z" + (i - 1) + ".zip", Files.readAllBytes(inner)));
        }
        Files.copy(inner, docs.resolve("genest.zip"));
        Fixtures.text(docs, "groot.txt", "opvang ".repeat(400_000)); // 2.8 MB, over the 2 MB limit below
        Fixtures.bytes(docs, "programma.bin", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});

        Path kb = tmp.resolve("kb");
        Importer.Options options = Importer.Options.DEFAULT.withLimits(new Importer.Limits(2L << 20, 50_000_000L, 120,
                2));
        try (KnowledgeBaseSession s = open(kb, Importer.builtIn())) {
            ImportReport r = s.imports().importPaths(List.of(docs), options, new NullProgressMonitor());
            Map<String, FileOutcome> o = byName(r);
            assertEquals(FileOutcome.Status.IMPORTED, o.get("goed.txt").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("goed.pdf").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("goed.odt").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("mail.eml").status(), "the message itself");
            assertEquals(FileOutcome.Status.IMPORTED, o.get("mail.eml!/overzicht.pdf").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("stukken.zip!/a/brief.txt").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("stukken.zip!/../ontsnapt.txt").status());
            assertReason(o, "stukken.zip!/a/leeg.txt", "empty file");
            assertReason(o, "leeg.pdf", "empty file (0 bytes)");
            assertReason(o, "afgebroken.pdf", "truncated PDF");
            assertReason(o, "geheim.pdf", "encrypted PDF");
            assertReason(o, "kapot.docx", "damaged");
            assertReason(o, "diep.xml", "nested more than");
            assertReason(o, "bom.zip", "ZIP bomb");
            assertReason(o, "genest.zip!/z3.zip!/z2.zip!/z1.zip", "archive nested more than 3 deep");
            assertReason(o, "groot.txt", "file too large");
            assertReason(o, "programma.bin", "unsupported file type");
            FileOutcome xxe = o.get("xxe.xml");
            assertTrue(xxe.status() == FileOutcome.Status.FAILED || xxe.status() == FileOutcome.Status.IMPORTED);
            assertFalse(s.search().run("GEHEIME", 5).totalHits() > 0, "an external entity is never read");
            assertFalse(Files.exists(tmp.resolve("ontsnapt.txt")) || Files.exists(docs.resolve("ontsnapt.txt")));

            assertTrue(s.search().run("nachtopvang", 5).totalHits() > 0);
            assertTrue(s.search().run("overzicht gemeentelijke opvang", 5).hits().stream()
                    .anyMatch(h -> h.title().contains("overzicht") || h.snippet().contains("gemeentelijke")));
            Source member = s.read(k -> k.getSources().stream()
                    .filter(x -> "overzicht.pdf".equals(x.getArchivePath())).findFirst().orElseThrow());
            assertEquals(docs.resolve("mail.eml").toString(), member.getOriginalPath());
            assertEquals(s.library().stats().passages(), s.library().stats().indexedPassages());
            assertTrue(s.loadProblems().isEmpty(), "the model is whole: " + s.loadProblems());

            // the next import: nothing changed, failed files retried and failing again, nothing else touched
            ImportReport again = s.imports().importPaths(List.of(docs), options, new NullProgressMonitor());
            Map<String, FileOutcome> a = byName(again);
            assertEquals(FileOutcome.Status.UNCHANGED, a.get("goed.txt").status());
            assertTrue(a.containsKey("mail.eml"), a.toString());
            assertEquals(FileOutcome.Status.UNCHANGED, a.get("mail.eml").status());
            assertEquals(FileOutcome.Status.FAILED, a.get("geheim.pdf").status());
        }
    }

    private static void assertReason(Map<String, FileOutcome> o, String name, String reason) {
        FileOutcome f = o.get(name);
        assertTrue(f != null, "no outcome for " + name + " in " + o.keySet());
        assertEquals(FileOutcome.Status.FAILED, f.status(), name + ": " + f);
        assertTrue(f.message().contains(reason), name + ": " + f.message());
    }

    @Test
    public void aFileOverItsTimeLimitFailsAndTheRestIsImported() throws Exception {
        // a reader that hangs on one file: the time limit, not the reader, is under test
        Extractor hanging = new Extractor() {
            @Override
            public String id() {
                return "hangs";
            }

            @Override
            public boolean supports(String mediaType) {
                return MediaTypes.MARKDOWN.equals(mediaType);
            }

            @Override
            public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new ExtractionException("interrupted");
                }
                return new ExtractedDocument(mediaType, List.of(TextBlock.body("te laat", 0)), Map.of(), 0);
            }
        };
        ExtractorRegistry builtIn = ExtractorRegistry.builtIn();
        ExtractorRegistry registry = new ExtractorRegistry(new FormatDetector(), List.of(hanging,
                builtIn.find(MediaTypes.TEXT).orElseThrow()));
        Importer importer = new Importer(registry, new SourceRecogniser(), new PassageSegmenter(),
                Importer.builtIn().linker());
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Fixtures.text(docs, "a.txt", "Eerste bestand over opvang.");
        Fixtures.text(docs, "hangt.md", "# Kop\n\nDit bestand blijft hangen.");
        Fixtures.text(docs, "z.txt", "Laatste bestand over zorg.");
        long start = System.nanoTime();
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), importer)) {
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT.withLimits(
                    new Importer.Limits(1L << 30, 1_000_000L, 2, 2)), new NullProgressMonitor());
            Map<String, FileOutcome> o = byName(r);
            assertEquals(FileOutcome.Status.IMPORTED, o.get("a.txt").status());
            assertEquals(FileOutcome.Status.IMPORTED, o.get("z.txt").status(), o.get("z.txt").toString());
            assertReason(o, "hangt.md", "longer than the limit of 2 s");
            Source failed = s.read(k -> k.getSources().stream().filter(x -> x.getOriginalPath().endsWith("hangt.md"))
                    .findFirst().orElseThrow());
            assertEquals(SourceStatus.FAILED, failed.getStatus());
        }
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "the import did not wait for the hanging reader");
    }

    @Test
    public void changedFilesKeepTheirIdAndRemovedFilesAreMarked() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path a = Fixtures.text(docs, "a.txt", "Eerste versie over nachtopvang.");
        Path b = Fixtures.text(docs, "b.txt", "Een notitie die straks verdwijnt.");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("een.txt", "Het eerste stuk in het archief.".getBytes());
        entries.put("twee.txt", "Het tweede stuk in het archief.".getBytes());
        Path zip = Fixtures.zip(docs, "archief.zip", entries);
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), Importer.builtIn())) {
            s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, new NullProgressMonitor());
            String idA = s.library().findSource(a.toString()).orElseThrow().id();

            Files.writeString(a, "Tweede versie over nachtopvang en dagopvang.");
            Files.delete(b);
            entries.remove("twee.txt");
            Files.delete(zip);
            Fixtures.zip(docs, "archief.zip", entries);
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, new NullProgressMonitor());
            Map<String, FileOutcome> o = byName(r);
            assertEquals(FileOutcome.Status.UPDATED, o.get("a.txt").status());
            assertEquals(idA, o.get("a.txt").sourceId(), "a changed file is a new version of the same source");
            assertEquals(FileOutcome.Status.REMOVED, o.get("b.txt").status());
            assertEquals(FileOutcome.Status.REMOVED, o.get("archief.zip!/twee.txt").status());
            assertTrue(s.search().run("dagopvang", 5).totalHits() > 0);
            assertTrue(s.search().run("verdwijnt", 5).totalHits() > 0, "a removed file's text is kept");
            Source gone = s.read(k -> k.getSources().stream().filter(x -> x.getOriginalPath().endsWith("b.txt"))
                    .findFirst().orElseThrow());
            assertTrue(gone.isFileRemoved());
            assertTrue(s.read(k -> k.getSources().stream().filter(x -> x.getId().equals(idA)).findFirst()
                    .orElseThrow().getProvenance().stream().anyMatch(p -> p.startsWith("previous version"))));
        }
    }

    @Test
    public void theSameTextInAnotherFormatIsADuplicate() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        List<String> paras = List.of("Gemeenten bieden opvang aan mensen zonder verblijfsvergunning.",
                "De toegang tot medisch noodzakelijke zorg is een recht.");
        Fixtures.docx(docs, "brief.docx", "Brief aan de raad", paras);
        Fixtures.html(docs, "brief.html", "Brief aan de raad", "Brief aan de raad", paras);
        Fixtures.odt(docs, "brief.odt", "Brief aan de raad", paras);
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), Importer.builtIn())) {
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, new NullProgressMonitor());
            Map<String, FileOutcome> o = byName(r);
            assertEquals(FileOutcome.Status.IMPORTED, o.get("brief.docx").status());
            assertEquals(FileOutcome.Status.DUPLICATE, o.get("brief.html").status(), o.get("brief.html").toString());
            assertTrue(o.get("brief.html").message().startsWith("same text as " + docs.resolve("brief.docx")),
                    o.get("brief.html").message());
            assertEquals(FileOutcome.Status.DUPLICATE, o.get("brief.odt").status(), o.get("brief.odt").toString());
        }
    }

    @Test
    public void aFileThatVanishesDuringTheImportIsNamedAndTheRestImported() throws Exception {
        // a reader during which the file is deleted (by a sync client, a user): the import's handling is under test
        Extractor text = ExtractorRegistry.builtIn().find(MediaTypes.TEXT).orElseThrow();
        Extractor vanishing = new Extractor() {
            @Override
            public String id() {
                return "vanishing";
            }

            @Override
            public boolean supports(String mediaType) {
                return MediaTypes.MARKDOWN.equals(mediaType);
            }

            @Override
            public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
                try {
                    Files.delete(file);
                } catch (java.io.IOException e) {
                    throw new ExtractionException("test set-up: " + e.getMessage());
                }
                return text.extract(file, mediaType);
            }
        };
        Importer importer = new Importer(new ExtractorRegistry(new FormatDetector(), List.of(vanishing, text)),
                new SourceRecogniser(), new PassageSegmenter(), Importer.builtIn().linker());
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Fixtures.text(docs, "blijft.txt", "Dit bestand blijft staan.");
        Fixtures.text(docs, "verdwijnt.md", "# Weg\n\nDit bestand verdwijnt tijdens het lezen.");
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), importer)) {
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, new NullProgressMonitor());
            Map<String, FileOutcome> o = byName(r);
            assertEquals(FileOutcome.Status.IMPORTED, o.get("blijft.txt").status());
            assertEquals(FileOutcome.Status.MISSING, o.get("verdwijnt.md").status(), o.get("verdwijnt.md").toString());
            assertEquals("the file disappeared during the import", o.get("verdwijnt.md").message());
            assertTrue(s.library().sources().stream().noneMatch(x -> x.file().endsWith("verdwijnt.md")), "nothing half-made kept");
        }
    }
}
