package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.model.Source;
import org.lexgraph.tests.support.Fixtures;

/**
 * A read-only command's session loads only what it shows: a search loads no source, a source's citations load that
 * source alone, the counts come from those saved at the last import; validation loads everything.
 */
public class LazyLoadingTest {

    @TempDir
    Path tmp;

    @Test
    public void aSearchDoesNotLoadUnrelatedSources() throws Exception {
        Path kb = tmp.resolve("kb");
        String second;
        KnowledgeBaseStats before;
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(
                    Fixtures.text(tmp, "a.txt", "De gemeente Utrecht biedt nachtopvang. Zie artikel 10 Vreemdelingenwet 2000."),
                    Fixtures.text(tmp, "b.txt", "Een tweede bron over onderwijs en leerplicht voor kinderen."),
                    Fixtures.text(tmp, "c.txt", "Een derde bron over medisch noodzakelijke zorg.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            second = s.library().findSource(tmp.resolve("b.txt").toString()).orElseThrow().id();
            before = s.library().stats();
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.READ,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertTrue(s.search().run("leerplicht", 10).totalHits() > 0);
            assertEquals(before.passages(), s.library().stats().passages());
            assertFalse(s.context().isRootLoaded(), "a search and the counts do not even read the root");
            assertEquals(second, s.library().findSource(tmp.resolve("b.txt").toString()).orElseThrow().id());
            assertFalse(s.context().isRootLoaded(), "nor does finding a source by its file");
            assertEquals(4, loaded(s) + proxies(s), "the letter and three files");
            assertEquals(1, loaded(s), "only the source found by its file was read");
            assertTrue(s.search().run("leerplicht", 10).totalHits() > 0);
            assertEquals(1, loaded(s), "a search answers from the index");
            KnowledgeBaseStats counts = s.library().stats();
            assertEquals(before.sources(), counts.sources());
            assertEquals(before.passages(), counts.passages());
            assertEquals(before.citations(), counts.citations());
            assertEquals(1, loaded(s), "the counts of the last import are read, not counted again");
            assertEquals(second, s.library().findSource(tmp.resolve("b.txt").toString()).orElseThrow().id());
            assertEquals(1, loaded(s), "a source named by its file is found through the index, and loaded alone");
            assertEquals(0, s.citations().outgoing(second).size());
            assertEquals("Een tweede bron over onderwijs en leerplicht voor kinderen.", s.library().source(second)
                    .orElseThrow().passages().get(0).text());
            assertEquals(1, loaded(s), "that source alone");
            assertTrue(s.validation().check().stream().noneMatch(p -> p.code().equals("damaged-file")));
            assertEquals(0, proxies(s), "validation loads everything");
        }
    }

    @Test
    public void aDamagedSourceFoundLateIsStillReported() throws Exception {
        Path kb = tmp.resolve("kb2");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "d.txt", "Een bron die beschadigd raakt.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        Path damaged;
        try (var files = java.nio.file.Files.list(kb.resolve("sources"))) {
            damaged = files.filter(p -> p.toString().endsWith(".xmi")).sorted().toList().get(0);
        }
        java.nio.file.Files.writeString(damaged, "<xmi:XMI kapot");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.READ,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertFalse(s.validation().check().stream().noneMatch(p -> p.code().equals("damaged-file")),
                    "check loads everything and names the damaged file");
            assertEquals(1, s.loadProblems().size(), s.loadProblems().toString());
        }
    }

    @Test
    public void anImportLoadsOnlyWhatItReplacesAndWhatItCites() throws Exception {
        Path kb = tmp.resolve("kb3");
        Path first = java.nio.file.Files.createDirectories(tmp.resolve("first"));
        java.nio.file.Files.copy(Fixtures.corpus().resolve("bwb-markdown").resolve("BWBR0011823.md"),
                first.resolve("BWBR0011823.md"));
        for (int i = 0; i < 6; i++) {
            Fixtures.text(first, "noot" + i + ".txt", "Noot " + i + " over onderwijs, leerplicht en de gemeente.");
        }
        Path changed = Fixtures.text(first, "wijzigt.txt", "Deze noot wordt later gewijzigd.");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(first), Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        assertTrue(java.nio.file.Files.isRegularFile(kb.resolve("catalogue.jsonl")), "the catalogue is written");
        Path second = java.nio.file.Files.createDirectories(tmp.resolve("second"));
        Fixtures.text(second, "nieuw.txt", "Volgens artikel 10 Vreemdelingenwet 2000 heeft een vreemdeling zonder "
                + "rechtmatig verblijf geen aanspraak op verstrekkingen; medisch noodzakelijke zorg blijft.");
        java.nio.file.Files.writeString(changed, "Deze noot is gewijzigd en gaat nu over nachtopvang.");
        KnowledgeBaseStats lazy;
        List<org.lexgraph.core.themes.Themes.Coverage> coverage = new java.util.ArrayList<>();
        List<String> themeLinks;
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(0, loaded(s), "an import session loads no source up front");
            ImportReport r = s.imports().importPaths(List.of(first, second), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            assertEquals(1, r.count(FileOutcome.Status.IMPORTED), r.toString());
            assertEquals(1, r.count(FileOutcome.Status.UPDATED), r.toString());
            assertEquals(7, r.count(FileOutcome.Status.UNCHANGED), r.toString());
            // the new note, the changed one, and the law the new note cites (its citation's target)
            assertEquals(3, loaded(s), "only what the import brings, replaces or points at is loaded");
            assertEquals(10, s.context().peek(k -> k.getSources().size()), "the letter and nine files");
            String note = s.library().findSource(second.resolve("nieuw.txt").toString()).orElseThrow().id();
            assertTrue(s.citations().outgoing(note).stream().anyMatch(c -> c.targetSourceId() != null),
                    "the new note's citation of the law is resolved");
            assertEquals(3, loaded(s), "finding and following it loads nothing more");
            String law = s.library().findSource(first.resolve("BWBR0011823.md").toString()).orElseThrow().id();
            assertEquals(List.of(note), s.citations().incoming(law).stream().map(CitationLink::citingSourceId)
                    .distinct().toList(), "what cites the law: the catalogue names the citing sources");
            assertEquals(3, loaded(s), "and only those are read");
            assertFalse(s.themes().themeLinksOf(note).isEmpty(), "the note's theme links");
            assertEquals(3, loaded(s));
            lazy = s.library().stats();
            assertEquals(3, loaded(s), "the counts come from the catalogue");
            assertEquals(10, s.library().sources().size(), "the library list too");
            for (org.lexgraph.core.themes.Themes.By by : org.lexgraph.core.themes.Themes.By.values()) {
                coverage.add(s.themes().coverage(by));
            }
            assertEquals(3, loaded(s), "and the coverage matrix");
            themeLinks = s.themes().themeLinks(null, null).stream().map(l -> l.passageId() + " " + l.askKey()
                    + " " + l.state()).toList();
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new NullProgressMonitor())) {
            KnowledgeBaseStats full = s.library().stats();
            assertEquals(0, proxies(s));
            for (org.lexgraph.core.themes.Themes.By by : org.lexgraph.core.themes.Themes.By.values()) {
                assertEquals(s.themes().coverage(by), coverage.get(by.ordinal()), "coverage by " + by);
            }
            assertEquals(s.themes().themeLinks(null, null).stream().map(l -> l.passageId() + " " + l.askKey() + " "
                    + l.state()).toList(), themeLinks, "the theme links as the catalogue finds them");
            assertTrue(!themeLinks.isEmpty());
            assertTrue(coverage.get(0).rows().stream().anyMatch(r -> r.cells().values().stream()
                    .anyMatch(c -> c.proposed() > 0)), "some links are counted: " + coverage.get(0));
            assertEquals(full.sources(), lazy.sources());
            assertEquals(full.sourcesByKind(), lazy.sourcesByKind());
            assertEquals(full.passages(), lazy.passages());
            assertEquals(full.citations(), lazy.citations());
            assertEquals(full.citationsResolved(), lazy.citationsResolved());
            assertEquals(full.themeLinks(), lazy.themeLinks());
            assertEquals(full.asks(), lazy.asks());
            assertTrue(s.validation().check().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR),
                    s.validation().check().toString());
        }
        // a catalogue that is gone (or of another generation) is made again from the sources, each read apart
        java.nio.file.Files.delete(kb.resolve("catalogue.jsonl"));
        java.nio.file.Files.delete(changed);
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(0, loaded(s), "made without holding the sources");
            assertEquals(lazy.passages(), s.library().stats().passages());
            assertEquals(lazy.citationsResolved(), s.library().stats().citationsResolved());
            ImportReport r = s.imports().importPaths(List.of(first), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            assertEquals(1, r.count(FileOutcome.Status.REMOVED), r.toString());
            assertEquals(7, r.count(FileOutcome.Status.UNCHANGED), r.toString());
        }
        assertTrue(java.nio.file.Files.isRegularFile(kb.resolve("catalogue.jsonl")));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertTrue(s.library().sources().stream().anyMatch(SourceSummary::removed),
                    "the file that is gone is marked in the catalogue as in the model");
            assertEquals(0, loaded(s));
        }
    }

    @Test
    public void aCheckReadsAgainOnlyWhatChangedAndFindsWhatAFullCheckFinds() throws Exception {
        Path kb = tmp.resolve("kb4");
        Path files = java.nio.file.Files.createDirectories(tmp.resolve("files"));
        Fixtures.encryptedPdf(files, "versleuteld.pdf");
        Path note = Fixtures.text(files, "noot.txt", "Zie artikel 10 Vreemdelingenwet 2000 en ECLI:NL:HR:2005:AR5213 "
                + "en Kamerstukken II 2024/25, 36600 XVI, nr. 161.");
        for (int i = 0; i < 5; i++) {
            Fixtures.text(files, "ander" + i + ".txt", "Een andere noot " + i + " over leerplicht.");
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(files, Fixtures.official(tmp)), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            assertEquals(described(s.validation().check(true)), described(s.validation().check()),
                    "the first check reads everything and finds what a full check finds");
            // the same when the sources to read again are many, and read apart from the model
            java.nio.file.Files.delete(kb.resolve("problems.jsonl"));
            System.setProperty("lexgraph.check.apart", "0");
            try {
                assertEquals(described(s.validation().check(true)), described(s.validation().check()));
            } finally {
                System.clearProperty("lexgraph.check.apart");
            }
        }
        List<String> full;
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            List<String> again = described(s.validation().check());
            assertEquals(0, loaded(s), "nothing changed since: no source is read " + loadedTitles(s));
            full = described(s.validation().check(true));
            assertEquals(full, again);
            assertTrue(full.stream().anyMatch(p -> p.startsWith("failed-source")), full.toString());
            assertTrue(full.stream().anyMatch(p -> p.startsWith("unresolved-citation")), full.toString());
        }
        java.nio.file.Files.writeString(note, "Zie nu alleen ECLI:NL:HR:2005:AR5213 en ECLI:NL:RVS:2099:12.");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(files), Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            List<String> incremental = described(s.validation().check());
            assertEquals(2, loaded(s), "only the changed note is read again, and the failed file every import tries again: "
                    + loadedTitles(s));
            assertEquals(described(s.validation().check(true)), incremental);
            assertTrue(incremental.stream().anyMatch(p -> p.contains("ECLI:NL:RVS:2099:12")), incremental.toString());
            assertTrue(full.stream().noneMatch(p -> p.contains("ECLI:NL:RVS:2099:12")));
        }
    }

    /** Problems as comparable lines, in a fixed order. */
    private static List<String> described(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message() + " " + p.objectId()
                + " " + p.sourceId()).sorted().toList();
    }

    /** How many source files the session has read (its root's references may still be unresolved). */
    private static int loaded(KnowledgeBaseSession s) {
        return s.context().peek(kb -> (int) kb.eResource().getResourceSet().getResources().stream()
                .filter(r -> r != kb.eResource() && r.isLoaded() && !r.getContents().isEmpty()
                        && r.getContents().get(0) instanceof Source)
                .count());
    }

    private static List<String> loadedTitles(KnowledgeBaseSession s) {
        return s.context().peek(kb -> kb.eResource().getResourceSet().getResources().stream()
                .filter(r -> r != kb.eResource() && r.isLoaded() && !r.getContents().isEmpty()
                        && r.getContents().get(0) instanceof Source)
                .map(r -> ((Source) r.getContents().get(0)).getTitle()).toList());
    }

    private static int proxies(KnowledgeBaseSession s) {
        return s.context().peek(kb -> kb.getSources().size()) - loaded(s);
    }
}
