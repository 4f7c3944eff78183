package org.lexgraph.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.versions.ArticleAligner.Aligned;
import org.lexgraph.core.versions.ArticleAligner.Article;
import org.lexgraph.core.versions.ArticleAligner.Change;
import org.lexgraph.core.versions.Versions.VersionInfo;
import org.lexgraph.tests.support.Fixtures;

/** Version chains, "in force on", and the article-by-article comparison with word differences. */
public class VersionsTest {

    @TempDir
    Path tmp;

    @Test
    public void wordDiffStrikesAndAdds() {
        List<WordDiff.Op> ops = WordDiff.diff("De opvang duurt ten hoogste twaalf maanden.",
                "De opvang duurt ten hoogste achttien maanden.");
        assertEquals("De opvang duurt ten hoogste [-twaalf-] {+achttien+} maanden.", WordDiff.render(ops));
        assertEquals(List.of(new WordDiff.Op(WordDiff.Kind.EQUAL, "a, b.")), WordDiff.diff("a,  b.", "a, b."),
                "spacing does not count");
        String a = "een twee drie vier vijf zes";
        String b = "nul een drie vier vijf zeven zes";
        List<WordDiff.Op> d = WordDiff.diff(a, b);
        // the diff is minimal and both sides can be rebuilt from it
        assertEquals(a, rebuild(d, WordDiff.Kind.DELETE));
        assertEquals(b, rebuild(d, WordDiff.Kind.INSERT));
        assertEquals(3, d.stream().filter(op -> op.kind() != WordDiff.Kind.EQUAL).count(), d.toString());
    }

    private static String rebuild(List<WordDiff.Op> ops, WordDiff.Kind side) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Op op : ops) {
            if (op.kind() == WordDiff.Kind.EQUAL || op.kind() == side) {
                sb.append(sb.isEmpty() ? "" : " ").append(op.text());
            }
        }
        return sb.toString();
    }

    @Test
    public void renumberedInsertedRemovedAndChangedArticles() {
        List<Article> before = List.of(new Article("1", "Artikel 1", null, "Begrippen: opvang is nachtopvang."),
                new Article("2", "Artikel 2", null, "Het college biedt opvang aan wie zich meldt, ten hoogste twaalf maanden."),
                new Article("3", "Artikel 3", null, "Wie geen rechtmatig verblijf heeft, wordt doorverwezen naar de LVV."),
                new Article("4", "Artikel 4", null, "Deze verordening wordt aangehaald als: Verordening opvang 2023."));
        List<Article> after = List.of(new Article("1", "Artikel 1", null, "Begrippen: opvang is nachtopvang en dagopvang."),
                new Article("2", "Artikel 2", null, "Het college biedt opvang aan wie zich meldt, ten hoogste achttien maanden."),
                new Article("3", "Artikel 3", null, "Het college zorgt voor toegang tot medisch noodzakelijke zorg."),
                new Article("5", "Artikel 5", null, "Deze verordening wordt aangehaald als: Verordening opvang 2023."));
        List<Aligned> rows = new ArticleAligner().align(before, after);
        assertEquals(List.of(Change.CHANGED, Change.CHANGED, Change.INSERTED, Change.REMOVED, Change.RENUMBERED),
                rows.stream().map(Aligned::change).toList(), rows.toString());
        Aligned renumbered = rows.get(4);
        assertEquals("4", renumbered.before().number());
        assertEquals("5", renumbered.after().number());
        assertFalse(renumbered.changedText());
        assertEquals("3", rows.get(3).before().number(), "the removed article is the old 3");
    }

    @Test
    public void chainsInForceOnADayAndTheComparison() throws Exception {
        Path official = Fixtures.official(tmp);
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(official), Importer.Options.DEFAULT, new NullProgressMonitor());
            List<VersionInfo> chain = s.versions().of("CVDR700001");
            assertEquals(List.of("CVDR700001_1", "CVDR700001_2"), chain.stream().map(VersionInfo::versionId).toList());
            assertEquals(LocalDate.parse("2024-06-30"), chain.get(0).effectiveTo());
            assertEquals(null, chain.get(1).effectiveTo(), "the latest version is open-ended");
            assertEquals("gmb-2024-250002", chain.get(1).publication());
            assertTrue(Versions.problems(chain).isEmpty(), "no gap, no overlap");

            // boundaries: the day before, the day of entry into force, the last day, the day after expiry
            assertTrue(s.versions().inForce(LocalDate.parse("2023-01-31"), "Utrecht").isEmpty());
            assertEquals("CVDR700001_1", s.versions().inForce(LocalDate.parse("2023-02-01"), "Utrecht").get(0).versionId());
            assertEquals("CVDR700001_1", s.versions().inForce(LocalDate.parse("2024-06-30"), "Utrecht").get(0).versionId());
            assertEquals("CVDR700001_2", s.versions().inForce(LocalDate.parse("2024-07-01"), "utrecht").get(0).versionId());
            assertTrue(s.versions().inForce(LocalDate.parse("2024-07-01"), "Amsterdam").isEmpty());

            List<Aligned> rows = s.versions().compareVersions("CVDR700001_1", "CVDR700001_2");
            assertEquals(List.of(Change.CHANGED, Change.CHANGED, Change.INSERTED, Change.RENUMBERED),
                    rows.stream().map(Aligned::change).toList(), rows.toString());
            assertTrue(WordDiff.render(rows.get(1).diff()).contains("[-twaalf-] {+achttien+}"),
                    WordDiff.render(rows.get(1).diff()));
            assertTrue(rows.get(1).diff().stream().anyMatch(op -> op.kind() == WordDiff.Kind.DELETE
                    && op.text().contains("3. Het college kan de opvang beëindigen")),
                    "the removed lid: " + WordDiff.render(rows.get(1).diff()));
            assertEquals("3", rows.get(3).before().number());
            assertEquals("4", rows.get(3).after().number());
        }
    }

    @Test
    public void plainCopiesOfAnOrdinanceAreSuggestedAndLinkedByTheUser() throws Exception {
        // text copies of two versions of an ordinance, as a municipality's website offers them
        Path docs = java.nio.file.Files.createDirectories(tmp.resolve("copies"));
        Fixtures.text(docs, "verordening-2021.md", "# Verordening nachtopvang gemeente Zwolle 2021\n\n"
                + "De raad van de gemeente Zwolle, vastgesteld in de vergadering van 12 maart 2021.\n\n"
                + "## Artikel 1\n\nDe gemeente biedt nachtopvang aan wie geen verblijfsvergunning heeft.\n\n"
                + "## Artikel 2\n\nDe opvang duurt ten hoogste drie maanden.\n");
        Fixtures.text(docs, "verordening-2023.md", "# Verordening nachtopvang gemeente Zwolle 2023\n\n"
                + "De raad van de gemeente Zwolle, vastgesteld in de vergadering van 9 februari 2023.\n\n"
                + "## Artikel 1\n\nDe gemeente biedt nachtopvang aan wie geen verblijfsvergunning heeft.\n\n"
                + "## Artikel 2\n\nDe opvang duurt ten hoogste zes maanden.\n");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(docs), Importer.Options.DEFAULT, new NullProgressMonitor());
            List<Versions.Suggestion> suggested = s.versions().versionSuggestions();
            assertEquals(1, suggested.size(), suggested + " " + s.library().sources());
            Versions.Suggestion g = suggested.get(0);
            assertEquals("Zwolle", g.authority());
            assertEquals(List.of(LocalDate.parse("2021-03-12"), LocalDate.parse("2023-02-09")), g.dates());

            s.versions().linkVersions(g.sourceIds());
            List<VersionInfo> chain = s.versions().of(g.sourceIds().get(0));
            assertEquals(2, chain.size());
            assertEquals(LocalDate.parse("2023-02-08"), chain.get(0).effectiveTo(), "until the next one");
            assertTrue(s.versions().versionSuggestions().isEmpty(), "confirmed, no longer suggested");
            List<Aligned> rows = s.versions().compareVersions(g.sourceIds().get(0), g.sourceIds().get(1));
            assertTrue(rows.stream().anyMatch(r -> r.change() == Change.CHANGED
                    && WordDiff.render(r.diff()).contains("[-drie-] {+zes+}")), rows.toString());

            s.undo();
            assertEquals(1, s.versions().versionSuggestions().size(), "the link is an edit that can be undone");
        }
    }
}
