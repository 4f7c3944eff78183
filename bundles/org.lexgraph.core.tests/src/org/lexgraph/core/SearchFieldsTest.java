package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.model.Ask;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.LinkState;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.ThemeLink;
import org.lexgraph.tests.support.Fixtures;

/** The source's fields on every passage stay current through the user's edits: themes, collections, actors. */
public class SearchFieldsTest {

    @TempDir
    Path tmp;

    @Test
    public void themeLinksAndCollectionsAreSearchableAndFollowEdits() throws Exception {
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.text(tmp, "zwolle.txt",
                    "Raadsbrief\n\nDe zwerfkattenopvang in Zwolle krijgt een nieuwe plek.\n\nHet college betaalt.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            SearchHit hit = s.search().run("zwerfkattenopvang", 1).hits().get(0);
            Source source = (Source) s.object(hit.sourceId(), null).orElseThrow();
            Passage passage = (Passage) s.object(hit.sourceId(), hit.passageId()).orElseThrow();
            Ask shelter = s.read(kb -> kb.getTaxonomies().get(0).getThemes().get(0).getAsks().stream()
                    .filter(a -> "T1.2".equals(a.getKey())).findFirst().orElseThrow());

            ThemeLink link = LexgraphFactory.eINSTANCE.createThemeLink();
            link.setAsk(shelter);
            link.setState(LinkState.CONFIRMED);
            s.execute(AddCommand.create(s.editingDomain(), passage, LexgraphPackage.Literals.PASSAGE__THEME_LINKS,
                    link));
            assertEquals(1, s.search().run("theme:T1.2 zwerfkattenopvang", 10).totalHits(), "the ask");
            assertEquals(1, s.search().run("theme:t1 zwerfkattenopvang", 10).totalHits(), "its theme");
            SearchResult faceted = s.search().run(SearchRequest.of("zwerfkattenopvang", 10).withFacets(true)
                    .withFilter(SearchFilter.NONE.withSources(java.util.Set.of(hit.sourceId()))));
            assertEquals(Map.of("T1", 1L, "T1.2", 1L), faceted.facets().get(IndexSchema.THEME));

            s.execute(SetCommand.create(s.editingDomain(), link, LexgraphPackage.Literals.THEME_LINK__STATE,
                    LinkState.REJECTED));
            assertEquals(0, s.search().run("theme:T1.2 zwerfkattenopvang", 10).totalHits(), "a rejected link does not count");
            s.undo();
            assertEquals(1, s.search().run("theme:T1.2 zwerfkattenopvang", 10).totalHits(), "undone: it counts again");

            org.lexgraph.model.Collection folder = LexgraphFactory.eINSTANCE.createCollection();
            folder.setName("Opvang Overijssel");
            s.execute(AddCommand.create(s.editingDomain(), s.read(kb -> kb),
                    LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS, folder));
            s.execute(AddCommand.create(s.editingDomain(), folder, LexgraphPackage.Literals.COLLECTION__SOURCES,
                    source));
            SearchResult filed = s.search().run(SearchRequest.of("zwerfkattenopvang", 10)
                    .withFilter(SearchFilter.NONE.with(IndexSchema.COLLECTION, "opvang overijssel")).withFacets(true));
            assertEquals(1, filed.totalHits(), "filing a source in a collection reindexes it");
            assertEquals(Map.of("Opvang Overijssel", 1L), filed.facets().get(IndexSchema.COLLECTION));
            s.undo();
            assertEquals(0, s.search().run("collection:\"opvang overijssel\"", 10).totalHits());

            // every match in the document, for the document view to mark and step through
            Map<String, List<SearchHit.Span>> matches = s.search().matchesIn("zwerfkattenopvang college", hit.sourceId());
            assertEquals(2, matches.values().stream().mapToInt(List::size).sum(), matches.toString());
            assertFalse(s.search().matchesIn("zwerfkattenopvang", "no-such-source").size() > 0);
        }
    }

    @Test
    public void identifierFieldsBeforeACitation() throws Exception {
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.corpus().resolve("rechtspraak/ECLI.NL.RBSGR.2012.BZ0845.xml"),
                    Fixtures.corpus().resolve("bwb-markdown/BWBR0035362.md"),
                    Fixtures.corpus().resolve("bwb-markdown/BWBR0002656.md")), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            // an article cited in the query: that article's passages first
            SearchResult wmo = s.search().run("art. 1.2.2 Wmo 2015", 5);
            assertTrue(wmo.hits().get(0).anchor().startsWith("Artikel 1.2.2"), wmo.hits().get(0).anchor());
            // the Burgerlijk Wetboek's books number their articles without the book in their own text
            SearchResult bw = s.search().run("artikel 1:19e BW", 5);
            assertTrue(bw.hits().get(0).anchor().startsWith("Artikel 19e"), bw.hits().get(0).anchor());
            for (String q : List.of("ecli:ECLI:NL:RBSGR:2012:BZ0845", "ecli:NL:RBSGR:2012:BZ0845",
                    "ECLI:NL:RBSGR:2012:BZ0845")) {
                SearchResult r = s.search().run(q, 3);
                assertFalse(r.hits().isEmpty(), q);
                assertTrue(r.hits().get(0).title().contains("BZ0845") || r.hits().get(0).file().contains("BZ0845"),
                        q + " finds the ruling first: " + r.hits().get(0));
            }
        }
    }
}
