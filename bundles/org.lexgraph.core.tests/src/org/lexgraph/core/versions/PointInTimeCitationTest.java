package org.lexgraph.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.CitationLink;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Problem;
import org.lexgraph.tests.support.Fixtures;

/**
 * A citation of an article resolves to the version of the law in force on the citing document's date, and says
 * whether that article reads differently now.
 */
public class PointInTimeCitationTest {

    @TempDir
    Path tmp;

    @Test
    public void citationsResolveToTheVersionInForceOnTheirDate() throws Exception {
        Path official = Fixtures.official(tmp);
        Path notes = java.nio.file.Files.createDirectories(tmp.resolve("notities"));
        Path in2024 = Fixtures.text(notes, "notitie-2024.txt", "Notitie over de koppelingswet\n\nDen Haag, 1 juni 2024\n\n"
                + "Op grond van artikel 10 Vreemdelingenwet 2000 kan de gemeente afwijken voor medisch noodzakelijke zorg.");
        Path in2025 = Fixtures.text(notes, "notitie-2025.txt", "Tweede notitie over de koppelingswet\n\nDen Haag, 1 maart 2025\n\n"
                + "Artikel 10 Vreemdelingenwet 2000 noemt nu ook de opvang van kinderen.");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(official.resolve("bwb"), notes), Importer.Options.DEFAULT, new NullProgressMonitor());

            CitationLink old = only(s.citations().outgoing(s.library().findSource(in2024.toString()).orElseThrow().id()));
            assertEquals("BWBR0011823@2024-01-01", old.targetVersion());
            assertEquals("BWBR0011823@2025-01-01", old.latestVersion());
            assertEquals(Boolean.TRUE, old.articleChangedSince(), "article 10 changed on 1 January 2025");

            // the timeline names the publication that made the 2025 version (from the articles' @bron)
            assertEquals("Stb. 2024, 512", s.versions().of("BWBR0011823").get(1).publication());

            CitationLink recent = only(s.citations().outgoing(s.library().findSource(in2025.toString()).orElseThrow().id()));
            assertEquals("BWBR0011823@2025-01-01", recent.targetVersion());
            assertNull(recent.articleChangedSince(), "it cites the latest version");

            // two versions of one law are not two sources with the same identifier
            assertTrue(s.validation().check().stream().map(Problem::code).noneMatch("duplicate-identifier"::equals), s.validation().check().toString());
        }
    }

    private static CitationLink only(List<CitationLink> links) {
        List<CitationLink> articles = links.stream().filter(l -> l.key().contains(":art:10")).toList();
        assertEquals(1, articles.size(), links.toString());
        return articles.get(0);
    }
}
