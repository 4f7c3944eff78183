package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.model.Citation;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.tests.support.Fixtures;

/**
 * An import resolves citations incrementally (the batch's own, and those whose key it brings or takes away); the
 * result must be what resolving every citation again gives, whatever the order in which citing and cited sources come.
 */
public class ResolutionTest {

    @TempDir
    Path tmp;

    @Test
    public void incrementalResolutionEqualsResolvingEverythingAgain() throws Exception {
        Path official = Fixtures.official(tmp);
        Path laws = laws();
        Path citing = citingNote();
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            // the citing note first, then what it cites, in separate imports and in batches
            importAll(s, citing);
            importAll(s, Fixtures.corpus().resolve("rechtspraak"));
            importAll(s, laws);
            importAll(s, official);
            // a cited law changes: the new version replaces the old as the target
            Path law = laws.resolve("BWBR0011823.md");
            Files.writeString(law, Files.readString(law) + "\n\nArtikel 200\n\nEen toegevoegd artikel.\n");
            importAll(s, laws);
            int resolved = s.read(kb -> {
                int n = 0;
                for (Source src : kb.getSources()) {
                    for (Passage p : src.getPassages()) {
                        for (Citation c : p.getCitations()) {
                            n += c.getResolvedSource() == null ? 0 : 1;
                        }
                    }
                }
                return n;
            });
            assertTrue(resolved > 20, "citations between the sources are resolved: " + resolved);
            List<String> differ = s.read(kb -> Importer.builtIn().linker().resolveAll(kb).stream()
                    .map(Source::getTitle).toList());
            assertEquals(List.of(), differ, "resolving everything again changes nothing");
        }
    }

    /** The same when every import is a lazy session of its own (the command line's), which reads the catalogue. */
    @Test
    public void lazyImportsResolveAsResolvingEverythingAgain() throws Exception {
        Path official = Fixtures.official(tmp);
        Path laws = laws();
        Path citing = citingNote();
        Path kb = tmp.resolve("kb");
        Path law = laws.resolve("BWBR0011823.md");
        for (Path dir : List.of(citing, Fixtures.corpus().resolve("rechtspraak"), laws, official, law)) {
            if (dir.equals(law)) {
                Files.writeString(law, Files.readString(law) + "\n\nArtikel 200\n\nEen toegevoegd artikel.\n");
                dir = laws;
            }
            try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                    Importer.builtIn(), new NullProgressMonitor())) {
                importAll(s, dir);
            }
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new NullProgressMonitor())) {
            int resolved = s.read(k -> (int) k.getSources().stream().flatMap(src -> src.getPassages().stream())
                    .flatMap(p -> p.getCitations().stream()).filter(c -> c.getResolvedSource() != null).count());
            assertTrue(resolved > 20, "citations between the sources are resolved: " + resolved);
            List<String> differ = s.read(k -> Importer.builtIn().linker().resolveAll(k).stream()
                    .map(Source::getTitle).toList());
            assertEquals(List.of(), differ, "resolving everything again changes nothing");
        }
    }

    /** Three laws the note cites, copied from the test corpus. */
    private Path laws() throws java.io.IOException {
        Path laws = Files.createDirectories(tmp.resolve("laws"));
        for (String law : List.of("BWBR0011823.md", "BWBR0018450.md", "BWBR0002656.md")) {
            Files.copy(Fixtures.corpus().resolve("bwb-markdown").resolve(law), laws.resolve(law));
        }
        return laws;
    }

    /** A note citing the laws, a ruling, a CVDR regulation and a Kamerstuk. */
    private Path citingNote() throws java.io.IOException {
        Path citing = Files.createDirectories(tmp.resolve("notes"));
        Fixtures.text(citing, "noot.txt", "Zie artikel 10 Vreemdelingenwet 2000, artikel 122a Zorgverzekeringswet, "
                + "ECLI:NL:RBDHA:2014:8504, CVDR700001 en Kamerstukken II 2024/25, 36600 XVI, nr. 161.");
        return citing;
    }

    private static void importAll(KnowledgeBaseSession s, Path dir) throws KnowledgeBaseException {
        ImportReport r = s.imports().importPaths(List.of(dir), Importer.Options.DEFAULT.withoutLinking(),
                new NullProgressMonitor());
        assertEquals(0, r.failures(), r.toString());
    }
}
