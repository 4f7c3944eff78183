package org.lexgraph.core;

import org.lexgraph.core.themes.Themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.model.LinkState;

/**
 * The theme linker on real imports: proposals with evidence, the population condition, the user's decisions kept
 * through every later run, links made by hand, undo, and the coverage matrix with its exports.
 */
public class ThemeLinkerTest {

    @TempDir
    Path tmp;

    private KnowledgeBaseSession create() throws Exception {
        return KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE, Importer.builtIn(),
                new NullProgressMonitor());
    }

    private Path docs(String... names) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        for (String name : names) {
            try (var in = ThemeLinkerTest.class.getResourceAsStream("themes/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    private static Set<String> asksOf(KnowledgeBaseSession s, String file) {
        Set<String> out = new java.util.TreeSet<>();
        for (Themes.LinkView l : s.themes().themeLinks(null, null)) {
            if (l.file() != null && l.file().endsWith(file) && !l.state().equals("rejected")) {
                out.add(l.askKey());
            }
        }
        return out;
    }

    @Test
    public void importsAreLinkedWithEvidenceAndThePopulationCondition() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(docs("raadsbrief-nachtopvang-utrecht.txt", "asielzoekerscentrum-opvang.txt",
                    "afvalstoffenverordening.txt")), Importer.Options.DEFAULT, new NullProgressMonitor());
            assertTrue(asksOf(s, "raadsbrief-nachtopvang-utrecht.txt").contains("T1.2"),
                    "shelter for the undocumented: " + asksOf(s, "raadsbrief-nachtopvang-utrecht.txt"));
            assertFalse(asksOf(s, "asielzoekerscentrum-opvang.txt").contains("T1.2"),
                    "shelter for asylum seekers is not the ask (population, excluded words)");
            assertEquals(Set.of(), asksOf(s, "afvalstoffenverordening.txt"));
            assertFalse(asksOf(s, "ngo-letter-gemeenteraadsverkiezingen-2026.txt").isEmpty(),
                    "the letter is linked to its own asks when the knowledge base is made");

            Themes.LinkView link = s.themes().themeLinks("T1.2", "proposed").stream()
                    .filter(l -> l.file().endsWith("raadsbrief-nachtopvang-utrecht.txt")).findFirst().orElseThrow();
            assertTrue(link.score() >= 0.7 && link.score() <= 1, "score " + link.score());
            assertFalse(link.terms().isEmpty(), "the words that made it");
            String text = s.library().source(link.sourceId()).orElseThrow().passages().stream()
                    .filter(p -> p.id().equals(link.passageId())).findFirst().orElseThrow().text();
            assertFalse(link.spans().isEmpty());
            link.spans().forEach(sp -> assertTrue(sp.end() <= text.length() && sp.start() < sp.end()));
            assertTrue(link.spans().stream().map(sp -> text.substring(sp.start(), sp.end()).toLowerCase())
                    .anyMatch(w -> w.contains("opvang")), "the evidence points at the words");
            // the index knows the link: search by ask
            assertTrue(s.search().run("theme:T1.2", 50).hits().stream().anyMatch(h -> h.passageId().equals(
                    link.passageId())));
        }
    }

    @Test
    public void theUsersDecisionsSurviveEveryLaterRun() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(docs("programma-sociaal-domein.txt")), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            List<Themes.LinkView> proposed = s.themes().themeLinks(null, "proposed").stream()
                    .filter(l -> l.file().endsWith("programma-sociaal-domein.txt")).toList();
            assertTrue(proposed.size() >= 2, proposed.toString());
            Themes.LinkView confirm = proposed.get(0);
            Themes.LinkView reject = proposed.get(1);
            s.themes().decideLink(confirm.id(), LinkState.CONFIRMED);
            s.themes().decideLink(reject.id(), LinkState.REJECTED);

            Themes.LinkReport again = s.themes().linkThemes(null);
            assertEquals(0, again.proposed(), "nothing new to propose");
            assertTrue(again.decided() >= 2);
            Map<String, String> states = new java.util.HashMap<>();
            s.themes().themeLinks(null, null).forEach(l -> states.put(l.id(), l.state()));
            assertEquals("confirmed", states.get(confirm.id()));
            assertEquals("rejected", states.get(reject.id()), "a rejected link stays rejected");
            assertEquals(1, s.themes().themeLinks(reject.askKey(), null).stream().filter(l -> l.passageId().equals(
                    reject.passageId())).count(), "and is not proposed again beside it");

            // the same text imported again (changed elsewhere) keeps the decisions of unchanged passages' links
            s.undo();
            assertEquals("proposed", s.themes().themeLinks(null, null).stream().filter(l -> l.id().equals(reject.id()))
                    .findFirst().orElseThrow().state(), "undo reverts the rejection");
            s.redo();

            // a link by hand: confirmed, manual, undoable; never withdrawn by the linker
            Themes.LinkView any = proposed.get(0);
            assertThrows(KnowledgeBaseException.class, () -> s.themes().addThemeLink(any.sourceId(), any.passageId(),
                    any.askKey()), "linked already");
            s.themes().addThemeLink(any.sourceId(), any.passageId(), "T4.4");
            Themes.LinkView manual = s.themes().themeLinks("T4.4", null).stream()
                    .filter(l -> l.passageId().equals(any.passageId())).findFirst().orElseThrow();
            assertEquals("manual", manual.origin());
            assertEquals("confirmed", manual.state());
            s.themes().linkThemes(null);
            assertTrue(s.themes().themeLinks("T4.4", null).stream().anyMatch(l -> l.id().equals(manual.id())));
            s.undo();
            assertTrue(s.themes().themeLinks("T4.4", null).stream().noneMatch(l -> l.id().equals(manual.id())));
            assertThrows(KnowledgeBaseException.class, () -> s.themes().addThemeLink(any.sourceId(), any.passageId(),
                    "T9.9"));
        }
    }

    @Test
    public void linkingIndexesAgainOnlyThePassagesItChangesAndTheIndexAgreesWithTheModel() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(docs("raadsbrief-nachtopvang-utrecht.txt")), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            Themes.LinkView link = s.themes().themeLinks("T1.2", "proposed").stream()
                    .filter(l -> l.file().endsWith("raadsbrief-nachtopvang-utrecht.txt")).findFirst().orElseThrow();
            int passages = s.library().stats().indexedPassages();
            assertTrue(s.search().run("theme:T1.2", 50).hits().stream()
                    .anyMatch(h -> h.passageId().equals(link.passageId())));
            // a word the passage holds now excludes the ask: the next run withdraws the link
            String word = link.terms().get(0);
            s.applyChange(kb -> kb.getTaxonomies().get(0).getThemes().forEach(t -> t.getAsks().stream()
                    .filter(a -> a.getKey().equals("T1.2")).forEach(a -> a.getExcludedTerms().add(word))));
            Themes.LinkReport report = s.themes().linkThemes(null);
            assertTrue(report.withdrawn() >= 1, report.toString());
            assertTrue(s.search().run("theme:T1.2", 50).hits().stream()
                    .noneMatch(h -> h.passageId().equals(link.passageId())), "the index no longer shows the link");
            // the passage's document was replaced, not lost: its words still find it, its source's count is as it was
            assertEquals(passages, s.library().stats().indexedPassages());
            assertTrue(s.search().run(word, 50).hits().stream().anyMatch(h -> h.sourceId().equals(link.sourceId())));
            // and withdrawn links come back when the profile does
            s.applyChange(kb -> kb.getTaxonomies().get(0).getThemes().forEach(t -> t.getAsks().stream()
                    .filter(a -> a.getKey().equals("T1.2")).forEach(a -> a.getExcludedTerms().remove(word))));
            s.themes().linkThemes(null);
            assertTrue(s.search().run("theme:T1.2", 50).hits().stream()
                    .anyMatch(h -> h.passageId().equals(link.passageId())));
            assertEquals(passages, s.library().stats().indexedPassages());
        }
    }

    @Test
    public void anOlderKnowledgeBaseGetsTheDefaultProfiles() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            // as a knowledge base of format 1 was: asks without profiles
            s.applyChange(kb -> {
                kb.getTaxonomies().get(0).getPopulationTerms().clear();
                kb.getTaxonomies().get(0).getThemes().forEach(t -> t.getAsks().forEach(a -> {
                    a.getRequiredTerms().clear();
                    a.getExcludedTerms().clear();
                    a.setPopulation(false);
                    a.setThreshold(0);
                }));
            });
        }
        Path root = tmp.resolve("kb").resolve("kb.xmi");
        String xmi = Files.readString(root);
        assertTrue(xmi.contains("formatVersion=\"2\""), "the format is written down");
        Files.writeString(root, xmi.replace("formatVersion=\"2\"", "formatVersion=\"1\""));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertTrue(s.read(kb -> kb.getTaxonomies().get(0).getPopulationTerms().contains("ongedocumenteerden")));
            assertTrue(s.read(kb -> kb.getTaxonomies().get(0).getThemes().get(0).getAsks().stream()
                    .filter(a -> a.getKey().equals("T1.2")).findFirst().orElseThrow().isPopulation()));
        }
    }

    @Test
    public void coverageCountsEveryCellAndExports() throws Exception {
        try (KnowledgeBaseSession s = create()) {
            s.imports().importPaths(List.of(docs("zorg-huisarts-ongedocumenteerden.txt", "parkeerbeleid.txt")),
                    Importer.Options.DEFAULT, new NullProgressMonitor());
            Themes.Coverage byKind = s.themes().coverage(Themes.By.KIND);
            assertEquals(12, byKind.asks().size(), "every ask is a column, also the empty ones");
            Themes.Coverage.Row generic = byKind.rows().stream().filter(r -> r.value().equals("generic-document"))
                    .findFirst().orElseThrow();
            assertTrue(generic.cells().get("T2.1").proposed() >= 1, generic.toString());
            assertTrue(generic.cells().get("T3.2").isEmpty());
            // confirming moves a count from proposed to confirmed
            Themes.LinkView l = s.themes().themeLinks("T2.1", "proposed").stream()
                    .filter(x -> x.file().endsWith("zorg-huisarts-ongedocumenteerden.txt")).findFirst().orElseThrow();
            int before = generic.cells().get("T2.1").confirmed();
            s.themes().decideLink(l.id(), LinkState.CONFIRMED);
            Themes.Coverage.Row after = s.themes().coverage(Themes.By.KIND).rows().stream()
                    .filter(r -> r.value().equals("generic-document")).findFirst().orElseThrow();
            assertEquals(before + 1, after.cells().get("T2.1").confirmed());

            String csv = CoverageExport.csv(s.themes().coverage(Themes.By.KIND));
            assertTrue(csv.startsWith("kind,T1.1 confirmed,T1.1 proposed,"), csv);
            assertEquals(s.themes().coverage(Themes.By.KIND).rows().size() + 1, csv.split("\r\n").length);
            String svg = CoverageExport.svg(s.themes().coverage(Themes.By.KIND), "Dekking");
            assertTrue(svg.startsWith("<?xml") && svg.contains("url(#empty)") && svg.contains(">T4.5<"), svg);
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            byte[] png = CoverageExport.png(s.themes().coverage(Themes.By.YEAR), "Dekking");
            assertEquals((byte) 0x89, png[0]);
            assertEquals('P', png[1]);
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertTrue(image.getWidth() > 500 && image.getHeight() > 60);
        }
    }
}
