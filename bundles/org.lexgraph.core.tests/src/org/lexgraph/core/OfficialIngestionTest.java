package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchResult;
import org.lexgraph.model.ActorKind;
import org.lexgraph.model.Chamber;
import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.RegulationScope;
import org.lexgraph.model.RegulationVersion;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;
import org.lexgraph.model.StructureKind;
import org.lexgraph.tests.support.Fixtures;

/** The official formats through the whole pipeline: model fields, actors, versions with articles, index filters. */
public class OfficialIngestionTest {

    @TempDir
    Path tmp;

    private static Date day(String iso) {
        return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static <T extends Source> T find(KnowledgeBaseSession s, Class<T> type, String titlePart) {
        return s.read(kb -> kb.getSources().stream().filter(type::isInstance).map(type::cast)
                .filter(x -> x.getTitle().contains(titlePart) || titlePart.equals(x.getOriginalPath()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + titlePart)));
    }

    @Test
    public void officialXmlBecomesTypedSourcesWithVersionsActorsAndFilters() throws Exception {
        Path official = Fixtures.official(tmp);
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            ImportReport r = s.imports().importPaths(List.of(official), Importer.Options.DEFAULT, new NullProgressMonitor());
            assertEquals(6, r.count(FileOutcome.Status.IMPORTED), r.toString());
            assertEquals(2, r.count(FileOutcome.Status.SKIPPED), "metadata.xml is read with its publication");
            assertEquals(0, r.failures(), r.toString());

            Regulation v1 = find(s, Regulation.class, official.resolve("cvdr/CVDR700001_1.xml").toString());
            Regulation v2 = find(s, Regulation.class, official.resolve("cvdr/CVDR700001_2.xml").toString());
            assertEquals("CVDR700001", v1.getWorkId());
            assertEquals(RegulationScope.MUNICIPAL, v1.getScope());
            assertEquals("Utrecht", v1.getMunicipality().getName());
            assertEquals(ActorKind.MUNICIPALITY, v1.getMunicipality().getKind());
            assertSame(v1.getMunicipality(), v2.getMunicipality(), "one actor per municipality");
            assertEquals(1, s.read(k -> k.getActors().stream().filter(a -> a.getKind() == ActorKind.MUNICIPALITY)
                    .count()).intValue(), "the CVDR versions and the Gemeenteblad share one Utrecht");
            RegulationVersion version = v1.getVersions().get(0);
            assertEquals("CVDR700001_1", version.getVersionId());
            assertEquals(day("2023-02-01"), version.getValidFrom());
            assertEquals(day("2024-06-30"), version.getValidTo());
            assertEquals("gmb-2023-40001", version.getPublication());
            assertEquals(2, v1.getLegalBasis().size());
            assertTrue(v1.getProvenance().contains("municipality = Utrecht (CVDR dcterms:creator)"),
                    v1.getProvenance().toString());
            Passage lid2 = v1.getPassages().stream().filter(p -> p.getText().contains("twaalf maanden")).findFirst()
                    .orElseThrow();
            assertEquals("Artikel 2 Toegang tot de opvang, lid 2", lid2.getAnchor());
            assertNotNull(lid2.getElement());
            assertEquals(StructureKind.LID, lid2.getElement().getKind());
            assertEquals("art:2/lid:2", lid2.getElement().getKey());

            ParliamentaryPaper kst = find(s, ParliamentaryPaper.class, "medisch noodzakelijke zorg");
            assertEquals(Chamber.TWEEDE_KAMER, kst.getChamber());
            assertEquals("36600", kst.getDossier());
            assertEquals("XVI", kst.getDossierChapter());
            assertEquals("161", kst.getOndernummer());
            assertEquals("2024-2025", kst.getVergaderjaar());
            assertEquals("kst-36600-XVI-161", kst.getPublicationId());
            assertEquals(day("2024-12-18"), kst.getDate());

            Regulation law = find(s, Regulation.class, "Vreemdelingenwet 2000");
            assertEquals(RegulationScope.NATIONAL, law.getScope());
            assertEquals(day("2024-01-01"), law.getVersions().get(0).getValidFrom());

            // the filters: municipality, dossier with and without chapter, date range, kind
            SearchResult utrecht = s.search().run("opvang", 20,
                    SearchFilter.NONE.with(IndexSchema.MUNICIPALITY, "utrecht"), false);
            assertTrue(utrecht.totalHits() > 0);
            assertTrue(utrecht.hits().stream().allMatch(h -> h.title().contains("Utrecht")), utrecht.hits().toString());
            assertEquals(0, s.search().run("opvang", 20, SearchFilter.NONE.with(IndexSchema.MUNICIPALITY, "Amsterdam"),
                    false).totalHits());
            assertTrue(s.search().run("zorg", 5, SearchFilter.NONE.with(IndexSchema.DOSSIER, "36600-XVI"), false).totalHits() > 0);
            assertTrue(s.search().run("zorg", 5, SearchFilter.NONE.with(IndexSchema.DOSSIER, "36600"), false).totalHits() > 0);
            SearchResult in2024 = s.search().run("opvang", 20, SearchFilter.NONE.withDates(20240101, 20241231), false);
            assertTrue(in2024.totalHits() > 0);
            assertTrue(in2024.hits().stream().noneMatch(h -> h.file().endsWith("CVDR700001_1.xml")),
                    "version 1 is dated 2023: " + in2024.hits());
            assertTrue(s.search().run("municipality:Utrecht AND opvang", 5).totalHits() > 0, "also as query syntax");
            // written next to words, a filter filters: not "Utrecht or opvang"
            SearchResult written = s.search().run("municipality:utrecht opvang", 50);
            assertEquals(utrecht.totalHits(), written.totalHits());
            assertTrue(written.hits().stream().allMatch(h -> h.title().contains("Utrecht")), written.hits().toString());
            assertTrue(s.search().run("kind:regulation year:2024", 50).hits().stream()
                    .allMatch(h -> "regulation".equals(h.kind())), "filters alone must all hold");
            assertEquals(0, s.search().run("kind:ruling year:2024", 50).totalHits());
            assertTrue(s.search().run("date:[2024-01-01 TO 2024-12-31] AND zorg", 5).totalHits() > 0);
        }
        // everything, actors included, survives a reopen
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.READ,
                Importer.builtIn(), new NullProgressMonitor())) {
            Regulation v2 = find(s, Regulation.class, official.resolve("cvdr/CVDR700001_2.xml").toString());
            assertEquals("Utrecht", v2.getMunicipality().getName());
            assertEquals(4, StructureCount.articles(v2.getVersions().get(0)));
        }
    }

    @Test
    public void rulingsGetCourtProcedureAndCaseNumber() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(Fixtures.corpus().resolve("rechtspraak")), Importer.Options.DEFAULT,
                    new NullProgressMonitor());
            Ruling r = find(s, Ruling.class, "ECLI:NL:CRVB:2013:1886");
            assertEquals("Centrale Raad van Beroep", r.getCourt().getName());
            assertEquals("Hoger beroep", r.getProcedure());
            assertEquals("12-2272 WWB-G", r.getCaseNumber());
            assertEquals(day("2013-05-21"), r.getDecisionDate());
            assertTrue(s.search().run("uitspraak", 50, SearchFilter.NONE.with(IndexSchema.COURT, "centrale raad van beroep"),
                    false).hits().stream().allMatch(h -> h.title().contains("CRVB")));
        }
    }

    @Test
    public void aRegulationIsCalledByTheTitleItGivesItself() throws Exception {
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            Path law = Fixtures.corpus().resolve("bwb-markdown/BWBR0002628.md");
            s.imports().importPaths(List.of(law), Importer.Options.DEFAULT, new NullProgressMonitor());
            // its heading is "Wet van 30 mei 1968, houdende vaststelling Leerplichtwet 1969"; its last article says
            // "Deze wet kan worden aangehaald als "Leerplichtwet 1969"."
            assertEquals("Leerplichtwet 1969", s.library().findSource(law.toString()).orElseThrow().title());
        }
    }

    /** Counts articles in a version's tree. */
    static final class StructureCount {
        static int articles(RegulationVersion v) {
            int n = 0;
            java.util.Deque<org.lexgraph.model.StructureElement> todo = new java.util.ArrayDeque<>(v.getArticles());
            while (!todo.isEmpty()) {
                var e = todo.pop();
                if (e.getKind() == StructureKind.ARTICLE) {
                    n++;
                }
                todo.addAll(e.getChildren());
            }
            return n;
        }
    }
}
