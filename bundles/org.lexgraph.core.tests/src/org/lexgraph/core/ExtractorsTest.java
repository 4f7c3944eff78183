package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.tests.support.NoteExtractor;

/**
 * Formats come in through org.lexgraph.core.extractors: the built-in ones from org.lexgraph.extract, and a format of
 * the test support bundle that the content detector does not know, claimed by its file-name extension.
 */
public class ExtractorsTest {

    @TempDir
    Path tmp;

    @Test
    public void theBuiltInFormatsAreContributedThroughThePointInTheirOrder() {
        List<Extractors.Contribution> all = Extractors.contributed();
        assertEquals(List.of("lxnote", "pdf", "tika", "text", "official-xml", "image"),
                all.stream().map(Extractors.Contribution::id).toList(), all.toString());
        Extractors.Contribution pdf = all.get(1);
        assertEquals("org.lexgraph.extract", pdf.bundle());
        assertEquals(List.of(MediaTypes.PDF), pdf.mediaTypes());
        assertEquals(Map.of("lxnote", NoteExtractor.MEDIA_TYPE), all.get(0).extensions());
    }

    @Test
    public void aContributedFormatIsReadByItsExtractorAndTheOthersAsBefore() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("opvang.lxnote"), "Notitie: Nachtopvang in Utrecht\n\nDe gemeente biedt "
                + "bed, bad en brood.\nOok zonder verblijfsvergunning.\n\nZie artikel 10 Vreemdelingenwet 2000.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("gewoon.txt"), "Een gewone tekst over opvang.\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("kapot.lxnote"), "geen notitie\n", StandardCharsets.UTF_8);
        // an empty file is reported as empty, whatever its extension claims
        Files.write(docs.resolve("leeg.lxnote"), new byte[0]);
        assertEquals(NoteExtractor.MEDIA_TYPE, Recognisers.extractors().detect(docs.resolve("opvang.lxnote")));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            ImportReport r = s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            Map<String, FileOutcome> byName = new java.util.HashMap<>();
            r.outcomes().forEach(o -> byName.put(o.file().getFileName().toString(), o));
            assertEquals(FileOutcome.Status.IMPORTED, byName.get("opvang.lxnote").status(), r.toString());
            assertEquals(FileOutcome.Status.IMPORTED, byName.get("gewoon.txt").status(), r.toString());
            assertEquals(FileOutcome.Status.FAILED, byName.get("kapot.lxnote").status());
            assertTrue(byName.get("kapot.lxnote").message().contains("not a research note"),
                    byName.get("kapot.lxnote").message());
            assertEquals(FileOutcome.Status.FAILED, byName.get("leeg.lxnote").status());
            assertTrue(byName.get("leeg.lxnote").message().contains("empty file"), byName.get("leeg.lxnote").message());
            SourceView note = s.library().source(byName.get("opvang.lxnote").sourceId()).orElseThrow();
            assertEquals("Nachtopvang in Utrecht", note.summary().title());
            assertTrue(note.passages().stream().anyMatch(p -> p.text().contains("bed, bad en brood")),
                    note.passages().toString());
            assertEquals(1, s.citations().outgoing(note.summary().id()).size(), "its citation is found as anywhere");
        }
    }
}
