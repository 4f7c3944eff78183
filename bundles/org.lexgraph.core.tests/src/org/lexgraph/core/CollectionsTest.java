package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.collections.CollectionService.CollectionView;
import org.lexgraph.model.Source;
import org.lexgraph.query.QueryFields;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchHit;
import org.lexgraph.tests.support.Fixtures;

/**
 * Collections: made, renamed, deleted and filled as undoable edits; a source's collections are in the index (search
 * filters by them, also after a rename); reading and filling them loads no other source.
 */
public class CollectionsTest {

    @TempDir
    Path tmp;

    @Test
    public void collectionsFileSourcesAndSearchFiltersByThem() throws Exception {
        Path kb = tmp.resolve("kb");
        String a;
        String b;
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(
                    Fixtures.text(tmp, "a.txt", "Utrecht regelt de nachtopvang voor ongedocumenteerden."),
                    Fixtures.text(tmp, "b.txt", "Amsterdam regelt de nachtopvang ook."),
                    Fixtures.text(tmp, "c.txt", "Een derde bron over nachtopvang.")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            a = s.library().findSource(tmp.resolve("a.txt").toString()).orElseThrow().id();
            b = s.library().findSource(tmp.resolve("b.txt").toString()).orElseThrow().id();

            assertEquals(1, s.collections().add("Gemeenten", List.of(a)), "made when missing, and filled");
            assertEquals(0, s.collections().add("Gemeenten", List.of(a)), "filed there already");
            assertEquals(Set.of(a), sourcesFound(s, "Gemeenten"), "search filters by the collection");
            s.collections().create("Gemeenten/Utrecht");
            assertEquals(1, s.collections().add("Gemeenten / Utrecht", List.of(b)));
            assertEquals(List.of("Gemeenten (1)", "Gemeenten/Utrecht (1)"), shown(s));
            assertEquals(Map.of(a, List.of("Gemeenten"), b, List.of("Gemeenten/Utrecht")),
                    s.collections().collectionsBySource());

            s.collections().rename("Gemeenten", "Steden");
            assertEquals(Set.of(a), sourcesFound(s, "Steden"), "the index follows a rename");
            assertEquals(Set.of(), sourcesFound(s, "Gemeenten"));
            s.undo();
            assertEquals(Set.of(a), sourcesFound(s, "Gemeenten"), "undone");

            assertEquals(1, s.collections().remove("Gemeenten", List.of(a, b)), "b is not in it directly");
            assertEquals(Set.of(), sourcesFound(s, "Gemeenten"));
            s.collections().delete("Gemeenten");
            assertEquals(List.of(), shown(s), "the collection and the one inside it");
            assertEquals(4, s.library().sources().size(), "the sources stay");
            s.undo();
            assertEquals(List.of("Gemeenten (0)", "Gemeenten/Utrecht (1)"), shown(s));

            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                    () -> s.collections().create("Gemeenten"));
            assertTrue(e.getMessage().contains("there is a collection 'Gemeenten'"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.collections().create("Provincies/Utrecht"));
            assertTrue(e.getMessage().startsWith("no collection 'Provincies'"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.collections().rename("Gemeenten", "A/B"));
            assertTrue(e.getMessage().contains("cannot be empty or hold '/'"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.collections().sourceIds("Nergens"));
            assertTrue(e.getMessage().contains("see: lexgraph collection list"), e.getMessage());
        }
        // in a lazy session, filing a source loads that source alone, and listing loads none
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.LAZY,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(List.of("Gemeenten (0)", "Gemeenten/Utrecht (1)"), shown(s));
            assertEquals(List.of(b), s.collections().sourceIds("Gemeenten/Utrecht"));
            assertEquals(0, loaded(s));
            assertEquals(1, s.collections().add("Gemeenten", List.of(a)));
            assertEquals(1, loaded(s), "the source filed");
            assertEquals(Set.of(a), sourcesFound(s, "Gemeenten"));
        }
    }

    private static List<String> shown(KnowledgeBaseSession s) {
        return s.collections().list().stream().map((CollectionView v) -> v.path() + " (" + v.sources() + ")").toList();
    }

    private static Set<String> sourcesFound(KnowledgeBaseSession s, String collection) throws Exception {
        SearchFilter f = new SearchFilter(Map.of(QueryFields.COLLECTION, Set.of(collection)), 0, 0, null);
        return s.search().run("nachtopvang", 50, f, false).hits().stream().map(SearchHit::sourceId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static int loaded(KnowledgeBaseSession s) {
        return s.context().peek(kb -> (int) kb.eResource().getResourceSet().getResources().stream()
                .filter(r -> r != kb.eResource() && r.isLoaded() && !r.getContents().isEmpty()
                        && r.getContents().get(0) instanceof Source)
                .count());
    }
}
