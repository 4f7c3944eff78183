package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taxonomies bundles ship as data come in through org.lexgraph.core.taxonomies. */
public class TaxonomiesTest {

    @TempDir
    Path tmp;

    @Test
    public void theLettersTaxonomyComesInThroughThePointWithTheLetter() throws Exception {
        Taxonomies.Offered letter = Taxonomies.find("ngo-brief-2026").orElseThrow(() -> new AssertionError(
                Taxonomies.contributed().toString()));
        assertEquals("org.lexgraph.core", letter.bundle());
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(1, s.read(kb -> kb.getTaxonomies().size()), "once, with the letter");
            assertEquals(letter.name(), s.read(kb -> kb.getTaxonomies().get(0).getName()));
            assertTrue(s.themes().taxonomy().stream().anyMatch(e -> e.key().equals("T1.1")));
        }
    }

    @Test
    public void theCoreMakesTheKeysOfNewTaxonomiesThemesAndAsks() throws Exception {
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb2"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            org.lexgraph.model.Taxonomy t = s.themes().newTaxonomy("Coalitieakkoord");
            assertEquals("taxonomy-1", t.getKey());
            org.lexgraph.model.Theme first = s.themes().newTheme(t, "Wonen");
            org.lexgraph.model.Theme second = s.themes().newTheme(t, "Zorg");
            assertEquals(List.of("T1", "T2"), List.of(first.getKey(), second.getKey()));
            assertEquals("T2.1", s.themes().newAsk(second, "Meer sociale huur").getKey());
            assertEquals("T2.2", s.themes().newAsk(second, "Wachtlijsten").getKey());
            s.execute(org.eclipse.emf.edit.command.DeleteCommand.create(s.editingDomain(), first));
            assertEquals("T1", s.themes().newTheme(t, "Onderwijs").getKey(), "a free key is used again, none twice");
            s.undo();
            assertEquals(List.of("T2"), s.read(kb -> t.getThemes().stream().map(org.lexgraph.model.Theme::getKey)
                    .toList()), "each addition is an undoable edit");
            s.undo();
            assertEquals(List.of("Wonen", "Zorg"), s.read(kb -> t.getThemes().stream()
                    .map(org.lexgraph.model.Theme::getLabel).toList()), "and so is the deletion");
            assertTrue(s.themes().taxonomy().stream().anyMatch(e -> e.key().equals("T2.2")), "saved and listed");
        }
    }

    @Test
    public void aContributedTaxonomyIsOfferedAndAdded() throws Exception {
        Taxonomies.Offered o = Taxonomies.find("test-onderwijs").orElseThrow(() -> new AssertionError(
                Taxonomies.contributed().toString()));
        assertEquals("org.lexgraph.tests.support", o.bundle());
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertTrue(s.themes().taxonomy().stream().noneMatch(e -> e.key().equals("X1")), "not a default one");
            assertEquals(2, s.themes().addContributedTaxonomy("test-onderwijs"));
            assertTrue(s.themes().taxonomy().stream().anyMatch(e -> e.key().equals("X1.1") && "X1".equals(e.parent())));
            assertThrows(KnowledgeBaseException.class, () -> s.themes().addContributedTaxonomy("test-onderwijs"),
                    "its key is taken now");
            assertThrows(KnowledgeBaseException.class, () -> s.themes().addContributedTaxonomy("nope"));
        }
    }
}
