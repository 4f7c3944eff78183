package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.tests.support.Fixtures;

/**
 * A PDF that is many documents (a Woo decision's bundle of e-mails and letters) is imported as one source per
 * document, each a member of the file named by its number, kind, date and pages; its passages keep the bundle's page
 * numbers. A PDF of one document stays one source; importing the bundle again finds it unchanged.
 */
public class WooBundleImportTest {

    @TempDir
    Path tmp;

    private static String email(String date, String subject) {
        return "Van: 5.1.2e <5.1.2e@minjenv.nl>\nVerzonden: dinsdag " + date + " 14:03\nAan: 5.1.2e <5.1.2e@utrecht.nl>\n"
                + "Onderwerp: " + subject + "\n\nBeste 5.1.2e,\nHierbij de stukken over de nachtopvang in Utrecht.";
    }

    @Test
    public void aBundleBecomesOneSourcePerDocument() throws Exception {
        Path bundle = Fixtures.pdf(tmp, "besluit-woo.pdf", List.of(
                email("12 maart 2021", "RE: opvang ongedocumenteerden") + "\n\nPagina 1 van 2",
                "De gemeente vangt de mensen op zolang de procedure loopt.\n\nPagina 2 van 2",
                "Gemeente Utrecht\nPostbus 16200\n\nDatum 3 april 2021\nOnderwerp Nachtopvang\nOns kenmerk 1234567\n\n"
                        + "Geachte heer, mevrouw,\nWij berichten u over de bed-bad-broodvoorziening.",
                "Het college blijft de opvang financieren.\n\nMet vriendelijke groet,\n\n5.1.2e",
                email("14 maart 2021", "LVV-pilot")));
        Path report = Fixtures.pdf(tmp, "rapport.pdf", List.of("Een rapport over opvang.", "Hoofdstuk twee.",
                "Hoofdstuk drie, met conclusies."));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            ImportReport r = s.imports().importPaths(List.of(bundle, report), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            assertEquals(4, r.count(FileOutcome.Status.IMPORTED), r.toString());
            List<String> members = s.library().sources().stream()
                    .filter(x -> bundle.toString().equals(x.file())).map(SourceSummary::member).toList();
            assertEquals(List.of("1: e-mail 12 maart 2021, p. 1–2", "2: brief 3 april 2021, p. 3–4",
                    "3: e-mail 14 maart 2021, p. 5"), members);
            SourceSummary letter = s.library().sources().stream().filter(x -> x.member() != null
                    && x.member().startsWith("2:")).findFirst().orElseThrow();
            assertEquals(2, letter.pageCount());
            assertTrue(s.library().source(letter.id()).orElseThrow().passages().stream()
                    .allMatch(p -> p.page() == 3 || p.page() == 4), "the bundle's page numbers");
            assertTrue(s.library().sources().stream().anyMatch(x -> report.toString().equals(x.file())
                    && x.member() == null), "a PDF of one document stays one source");
            ImportReport again = s.imports().importPaths(List.of(bundle), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            assertEquals(1, again.count(FileOutcome.Status.UNCHANGED), again.toString());
            assertEquals(0, again.count(FileOutcome.Status.IMPORTED));
        }
    }

    /** An e-mail of two pages, a letter with an annex on its second page, an e-mail: five pages, three documents. */
    private Path bundleWithAnnex(String annex) throws Exception {
        return Fixtures.pdf(tmp, "besluit-woo.pdf", List.of(
                email("12 maart 2021", "RE: opvang ongedocumenteerden") + "\n\nPagina 1 van 2",
                "De gemeente vangt de mensen op zolang de procedure loopt.\n\nPagina 2 van 2",
                "Gemeente Utrecht\nPostbus 16200\n\nDatum 3 april 2021\nOnderwerp Nachtopvang\nOns kenmerk 1234567\n\n"
                        + "Geachte heer, mevrouw,\nWij berichten u over de bed-bad-broodvoorziening.",
                annex, email("14 maart 2021", "LVV-pilot")));
    }

    @Test
    public void aMergeUndoneInALaterSessionTakesTheBundleApartAsBefore() throws Exception {
        Path bundle = bundleWithAnnex("Overzicht van de opvangplaatsen in de stad (bijlage).");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(bundle), Importer.Options.DEFAULT, new NullProgressMonitor());
        }
        // as the workbench opens it: a session that loads sources when it needs them
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(3, members(s, bundle).size(), members(s, bundle).toString());
            s.bundles().mergeWithNext(part(s, bundle, "2:").id(), new NullProgressMonitor());
            assertEquals(2, members(s, bundle).size(), members(s, bundle).toString());
            s.undo();
            assertEquals(3, members(s, bundle).size(), "undone: " + members(s, bundle));
        }
    }

    @Test
    public void theUserSplitsAndMergesDocumentsUndoablyAndAReimportKeepsIt() throws Exception {
        Path bundle = bundleWithAnnex("Bijlage: overzicht van de opvangplaatsen in de stad.");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(bundle), Importer.Options.DEFAULT, new NullProgressMonitor());
            assertEquals(List.of("1: e-mail 12 maart 2021, p. 1–2", "2: brief 3 april 2021, p. 3–4",
                    "3: e-mail 14 maart 2021, p. 5"), members(s, bundle));
            SourceSummary letter = part(s, bundle, "2:");
            s.annotations().add(org.lexgraph.core.annotations.AnnotationService.NoteRequest.note(letter.id(), null,
                    "de brief van de gemeente"));

            // the annex on page 4 is a document of its own
            var e = org.junit.jupiter.api.Assertions.assertThrows(KnowledgeBaseException.class,
                    () -> s.bundles().split(letter.id(), 3, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("can begin on page 4, not 3"), e.getMessage());
            s.bundles().split(letter.id(), 4, new NullProgressMonitor());
            assertEquals(List.of("1: e-mail 12 maart 2021, p. 1–2", "2: brief 3 april 2021, p. 3",
                    "3: document, p. 4", "4: e-mail 14 maart 2021, p. 5"), members(s, bundle));
            assertEquals(letter.id(), part(s, bundle, "2:").id(), "the letter begins on the same page: same source");
            assertEquals(1, s.annotations().list(letter.id()).size(), "its note stays with it");
            assertTrue(s.canUndo(), "the split is an edit to undo");

            // merged again with the next document, then the merge undone
            s.bundles().mergeWithNext(letter.id(), new NullProgressMonitor());
            assertEquals(List.of("1: e-mail 12 maart 2021, p. 1–2", "2: brief 3 april 2021, p. 3–4",
                    "3: e-mail 14 maart 2021, p. 5"), members(s, bundle));
            s.undo();
            assertEquals(4, members(s, bundle).size(), "undone: split again " + members(s, bundle));
            assertEquals(4, s.library().sources().stream().filter(x -> bundle.toString().equals(x.file())
                    && !x.removed()).count(), "no documents left over, marked or not");
        }
        // a re-import of a moved copy keeps the correction (it is kept by the bundle's content)
        java.nio.file.Files.createDirectories(tmp.resolve("elders"));
        Path copy = java.nio.file.Files.copy(bundle, tmp.resolve("elders/kopie.pdf"));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb2"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            java.nio.file.Files.copy(tmp.resolve("kb/" + org.lexgraph.core.bundles.BundleCorrections.FILE),
                    tmp.resolve("kb2/" + org.lexgraph.core.bundles.BundleCorrections.FILE));
            s.imports().importPaths(List.of(copy), Importer.Options.DEFAULT, new NullProgressMonitor());
            assertEquals(4, members(s, copy).size(), members(s, copy).toString());
        }
    }

    private static List<String> members(KnowledgeBaseSession s, Path bundle) {
        return s.library().sources().stream().filter(x -> bundle.toString().equals(x.file()) && !x.removed())
                .map(SourceSummary::member).sorted(java.util.Comparator.comparingInt(
                        m -> Integer.parseInt(m.substring(0, m.indexOf(':'))))).toList();
    }

    private static SourceSummary part(KnowledgeBaseSession s, Path bundle, String number) {
        return s.library().sources().stream().filter(x -> bundle.toString().equals(x.file()) && x.member() != null
                && x.member().startsWith(number)).findFirst().orElseThrow();
    }
}
