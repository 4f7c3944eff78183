package org.lexgraph.core;

import org.lexgraph.core.internal.ModelStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchResult;
import org.lexgraph.tests.support.Fixtures;

/** The whole pipeline on real files: extraction, the EMF model on disk, the Lucene index on disk. */
public class KnowledgeBaseSessionTest {

    @TempDir
    Path tmp;

    private KnowledgeBaseSession open(Path kb, KnowledgeBaseSession.Access access) throws KnowledgeBaseException {
        return KnowledgeBaseSession.open(kb, access, Importer.builtIn(), new NullProgressMonitor());
    }

    private static ImportReport importAll(KnowledgeBaseSession s, Path... paths) throws KnowledgeBaseException {
        return s.imports().importPaths(List.of(paths), Importer.Options.DEFAULT, new NullProgressMonitor());
    }

    private static Map<Path, FileOutcome> byFile(ImportReport r) {
        return r.outcomes().stream().collect(Collectors.toMap(FileOutcome::file, o -> o));
    }

    @Test
    public void importedLawIsFoundByItsWords() throws Exception {
        Path kb = tmp.resolve("kb");
        Path law = Fixtures.corpus().resolve("bwb-markdown/BWBR0011823.md");
        Path ruling = Fixtures.corpus().resolve("rechtspraak/ECLI.NL.RBSGR.2012.BZ0845.xml");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            ImportReport r = importAll(s, law, ruling);
            assertEquals(2, r.count(FileOutcome.Status.IMPORTED), r.toString());
            Map<String, SourceSummary> byTitle = s.library().sources().stream()
                    .collect(Collectors.toMap(SourceSummary::title, x -> x));
            assertEquals(SourceKind.REGULATION, byTitle.get("Vreemdelingenwet 2000").kind());
            assertTrue(byTitle.keySet().stream().anyMatch(t -> t.endsWith("ECLI:NL:RBSGR:2012:BZ0845")),
                    byTitle.keySet().toString());
            SearchResult hits = s.search().run("rechtmatig verblijf", 10);
            assertFalse(hits.hits().isEmpty());
            SearchHit first = hits.hits().get(0);
            assertEquals("Vreemdelingenwet 2000", first.title());
            assertEquals(law.toString(), first.file());
            assertTrue(first.snippet().contains("<b>"), first.snippet());
            assertEquals(s.library().stats().passages(), s.library().stats().indexedPassages());
        }
    }

    @Test
    public void reimportSkipsUnchangedAndDuplicatesAndReplacesChanged() throws Exception {
        Path kb = tmp.resolve("kb");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path a = Fixtures.text(docs, "a.txt", "Nachtopvang in Utrecht voor ongedocumenteerden.");
        Path b = Fixtures.text(docs, "b.txt", "Medisch noodzakelijke zorg via de huisarts.");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            assertEquals(2, importAll(s, docs).count(FileOutcome.Status.IMPORTED));
            ImportReport again = importAll(s, docs);
            assertEquals(2, again.count(FileOutcome.Status.UNCHANGED), again.toString());
            assertEquals(3, s.library().sources().size(), "the letter and the two files");

            Path copy = Fixtures.text(tmp, "kopie.txt", Files.readString(a));
            ImportReport dup = importAll(s, copy);
            assertEquals(FileOutcome.Status.DUPLICATE, dup.outcomes().get(0).status());
            assertTrue(dup.outcomes().get(0).message().contains(a.toString()));

            Files.writeString(b, "Veilige politiemelding voor slachtoffers zonder verblijfsvergunning.");
            ImportReport changed = importAll(s, docs);
            assertEquals(FileOutcome.Status.UPDATED, byFile(changed).get(b).status());
            assertEquals(3, s.library().sources().size());
            assertTrue(s.search().run("huisarts", 10).hits().isEmpty(), "old text is gone from the index");
            assertEquals(1, s.search().run("politiemelding", 10).hits().size());
        }
    }

    @Test
    public void badInputIsNamedAndTheRestIsImported() throws Exception {
        Path kb = tmp.resolve("kb");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path good = Fixtures.pdf(docs, "goed.pdf", List.of("Toegang tot het zwerfkattenasiel voor ouderen."));
        Path encrypted = Fixtures.encryptedPdf(docs, "versleuteld.pdf");
        Path truncated = Fixtures.truncatedPdf(docs, "afgebroken.pdf", 0.5);
        Path empty = Fixtures.bytes(docs, "leeg.txt", new byte[0]);
        Path unknown = Fixtures.bytes(docs, "onbekend.bin", new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
        Path emptyDir = Files.createDirectories(tmp.resolve("lege-map"));
        Path missing = tmp.resolve("bestaat-niet.pdf");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            ImportReport r = importAll(s, docs, emptyDir, missing);
            Map<Path, FileOutcome> o = byFile(r);
            assertEquals(FileOutcome.Status.IMPORTED, o.get(good).status());
            assertTrue(o.get(encrypted).message().startsWith("encrypted PDF"), o.get(encrypted).message());
            assertTrue(o.get(truncated).message().startsWith("truncated PDF"), o.get(truncated).message());
            assertEquals("empty file (0 bytes)", o.get(empty).message());
            assertTrue(o.get(unknown).message().startsWith("unsupported file type"), o.get(unknown).message());
            assertEquals("the folder contains no files to import", o.get(emptyDir).message());
            assertEquals("no such file or directory", o.get(missing).message());
            assertEquals(6, r.failures());
            KnowledgeBaseStats stats = s.library().stats();
            assertEquals(6, stats.sources(), "the letter, the good file and the four unreadable ones (as failed sources)");
            assertEquals(4, stats.failedSources());
            assertEquals(1, s.search().run("zwerfkattenasiel", 10).hits().size());
            assertEquals(1, s.search().run("zwerfkattenasiel", 10).hits().get(0).page());
        }
    }

    @Test
    public void reopeningKeepsEverythingWithoutRebuilding() throws Exception {
        Path kb = tmp.resolve("kb");
        Path law = Fixtures.corpus().resolve("bwb-markdown/BWBR0015396.md");
        KnowledgeBaseStats before;
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            importAll(s, law);
            before = s.library().stats();
        }
        long indexModified = Files.getLastModifiedTime(kb.resolve("index")).toMillis();
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            assertEquals(before, s.library().stats());
            assertTrue(s.isIndexCurrent());
            assertEquals(indexModified, Files.getLastModifiedTime(kb.resolve("index")).toMillis());
        }
    }

    @Test
    public void missingOrStaleIndexIsRebuiltFromTheModel() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            importAll(s, Fixtures.text(tmp, "a.txt", "Geboorteaangifte bij de zwerfkattenopvang."));
        }
        deleteTree(kb.resolve("index"));
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            assertEquals(1, s.search().run("zwerfkattenopvang", 10).hits().size());
        }
    }

    /** Fails the last step of every write, as a crash between writing and renaming would. */
    private static final class CrashingFiles extends AtomicFiles {
        @Override
        protected void rename(Path tmp, Path target) throws IOException {
            throw new IOException("simulated crash before rename");
        }
    }

    @Test
    public void aCrashDuringSaveLeavesThePreviousState() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            importAll(s, Fixtures.text(tmp, "eerste.txt", "Eerste bron over de zonnebloemweide."));
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new CrashingFiles(), new NullProgressMonitor())) {
            Path second = Fixtures.text(tmp, "tweede.txt", "Tweede bron over de klaprooswei.");
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> importAll(s, second));
            assertTrue(e.getMessage().contains("simulated crash"), e.getMessage());
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            assertEquals(List.of("Eerste bron over de zonnebloemweide."), s.library().sources().stream()
                    .filter(x -> x.kind() == SourceKind.GENERIC_DOCUMENT).map(SourceSummary::title).toList());
            assertEquals(1, s.search().run("zonnebloemweide", 10).hits().size());
            assertTrue(s.search().run("klaprooswei", 10).hits().isEmpty());
            try (var files = Files.list(kb.resolve("sources"))) {
                assertEquals(2, files.count(), "the letter and the first source; no temporary or orphan files");
            }
        }
    }

    @Test
    public void damagedSourceFileCostsOnlyThatSource() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            importAll(s, Fixtures.text(tmp, "a.txt", "Bron A over jeugdhulp."),
                    Fixtures.text(tmp, "b.txt", "Bron B over leerplicht."));
        }
        Path victim;
        try (var files = Files.list(kb.resolve("sources"))) {
            victim = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(victim, "<?xml version=\"1.0\"?><xmi:XMI afgebroken");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            // a read-only session lists the sources from the catalogue without reading their files; checking reads
            // them all and finds the damaged one
            assertEquals(3, s.library().sources().size());
            assertTrue(s.validation().check().stream().anyMatch(p -> p.code().equals("damaged-file")));
            assertEquals(1, s.loadProblems().size());
            assertTrue(s.loadProblems().get(0).startsWith(victim.toString()), s.loadProblems().get(0));
            assertEquals(1, s.library().stats().damagedFiles());
        }
        assertTrue(Files.exists(victim), "a damaged file is reported, never deleted");
    }

    @Test
    public void foldersThatAreNoKnowledgeBaseAreRefused() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("andere-map"));
        Files.writeString(other.resolve("notities.txt"), "privé");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> open(other, KnowledgeBaseSession.Access.CREATE));
        assertTrue(e.getMessage().startsWith("not a knowledge base: " + other), e.getMessage());
        e = assertThrows(KnowledgeBaseException.class,
                () -> open(tmp.resolve("nergens"), KnowledgeBaseSession.Access.READ));
        assertTrue(e.getMessage().startsWith("no knowledge base at"), e.getMessage());
        Path broken = Files.createDirectories(tmp.resolve("kapot"));
        Files.writeString(broken.resolve("kb.xmi"), "dit is geen XMI");
        e = assertThrows(KnowledgeBaseException.class, () -> open(broken, KnowledgeBaseSession.Access.READ));
        assertTrue(e.getMessage().startsWith("damaged knowledge base: " + broken.resolve("kb.xmi")), e.getMessage());
    }

    @Test
    public void anOlderFormatIsMigratedAndANewerOneRefused() throws Exception {
        Path kb = tmp.resolve("kb");
        open(kb, KnowledgeBaseSession.Access.CREATE).close();
        Path root = kb.resolve("kb.xmi");
        String xml = Files.readString(root);
        Files.writeString(root, xml.replace("formatVersion=\"" + ModelStore.FORMAT_VERSION + "\"", ""));
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            assertEquals(ModelStore.FORMAT_VERSION, (int) s.read(x -> x.getFormatVersion()));
        }
        String now = "formatVersion=\"" + ModelStore.FORMAT_VERSION + "\"";
        assertTrue(Files.readString(root).contains(now), "the migrated root was saved");
        Files.writeString(root, Files.readString(root).replace(now, "formatVersion=\"99\""));
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> open(kb, KnowledgeBaseSession.Access.READ));
        assertTrue(e.getMessage().contains("written by a newer Lexgraph (format 99"), e.getMessage());
    }

    @Test
    public void aSecondWriterIsTurnedAway() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                    () -> open(kb, KnowledgeBaseSession.Access.WRITE));
            assertTrue(e.getMessage().contains("is in use"), e.getMessage());
            try (KnowledgeBaseSession reader = open(kb, KnowledgeBaseSession.Access.READ)) {
                assertFalse(reader.isWritable());
            }
        }
    }

    @Test
    public void cancellingKeepsWhatWasImported() throws Exception {
        Path kb = tmp.resolve("kb");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < 5; i++) {
            Fixtures.text(docs, "doc" + i + ".txt", "Document nummer " + i + " over zwerfkattenopvang.");
        }
        NullProgressMonitor cancelAfterTwo = new NullProgressMonitor() {
            private int subtasks;

            @Override
            public void subTask(String name) {
                if (++subtasks > 2) {
                    setCanceled(true);
                }
            }
        };
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, cancelAfterTwo);
            assertTrue(r.cancelled());
            // the cancel came while the third file was being read: that one is abandoned, the two before it kept
            assertEquals(2, r.count(FileOutcome.Status.IMPORTED), r.toString());
        }
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.READ)) {
            assertEquals(3, s.library().sources().size(), "the letter and two documents");
            assertEquals(2, s.search().run("zwerfkattenopvang", 10).hits().size());
        }
    }

    @Test
    public void everyNewKnowledgeBaseHoldsTheLetterItsTaxonomyAndSignatories() throws Exception {
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE)) {
            List<TaxonomyEntry> entries = s.themes().taxonomy();
            assertEquals(4, entries.stream().filter(e -> e.parent() == null).count());
            assertEquals(12, entries.stream().filter(e -> e.parent() != null).count());
            assertEquals("T2", entries.stream().filter(e -> e.key().equals("T2.1")).findFirst().orElseThrow().parent());
            KnowledgeBaseStats stats = s.library().stats();
            assertEquals(21, stats.actors());
            assertEquals(1, stats.citations());
            assertEquals(0, stats.citationsResolved());
            SourceSummary letter = s.library().sources().get(0);
            assertEquals(SourceKind.NGO_DOCUMENT, letter.kind());
            assertEquals(21, (int) s.read(kb -> kb.getSources().get(0).getSignatories().size()));
            assertEquals("Stichting LOS", s.read(kb -> kb.getSources().get(0).getPublisher().getName()));
            assertEquals("kst:36600-XVI:161", s.read(kb -> kb.getSources().get(0).getPassages().stream()
                    .flatMap(p -> p.getCitations().stream()).findFirst().orElseThrow().getTargetKey()));
        }
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), KnowledgeBaseSession.Access.READ)) {
            assertEquals(21, s.library().stats().actors(), "actors and references survive saving and loading");
            assertEquals("Stichting LOS", s.read(kb -> kb.getSources().get(0).getPublisher().getName()));
            assertEquals(16, s.themes().taxonomy().size());
        }
    }

    @Test
    public void theSampleCorpusSeedsAKnowledgeBase() throws Exception {
        try (KnowledgeBaseSession s = open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE)) {
            ImportReport r = SampleCorpus.seed(s, new NullProgressMonitor());
            assertEquals(0, r.failures(), r.toString());
            Map<SourceKind, Long> kinds = s.library().sources().stream()
                    .collect(Collectors.groupingBy(SourceSummary::kind, Collectors.counting()));
            assertEquals(1L, kinds.get(SourceKind.NGO_DOCUMENT));
            assertEquals(3L, kinds.get(SourceKind.REGULATION));
            assertEquals(1L, kinds.get(SourceKind.RULING));
            SourceView letter = s.library().source(s.library().sources().stream().filter(x -> x.kind() == SourceKind.NGO_DOCUMENT)
                    .findFirst().orElseThrow().id()).orElseThrow();
            assertNotNull(letter.passages().get(0).text());
            assertFalse(s.search().run("ongedocumenteerden opvang", 5).hits().isEmpty());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
