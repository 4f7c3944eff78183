package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.query.SearchResult;
import org.lexgraph.tests.support.Fixtures;

/** Citations found at import, resolved when the cited document arrives, and followed both ways. */
public class CitationGraphTest {

    @TempDir
    Path tmp;

    @Test
    public void aCitationResolvesWhenItsTargetIsImportedLater() throws Exception {
        Path note = Fixtures.pdf(tmp, "notitie.pdf", List.of("Beleidsnotitie opvang",
                "De rechtbank oordeelde (ECLI:NL:RBSGR:2012:BZ0845) dat het gezinsleven zwaar weegt; zie ook "
                        + "artikel 10 Vreemdelingenwet (BWBR0011823) en Kamerstukken II 2024/25, 36600 XVI, nr. 161."));
        Path ruling = Fixtures.corpus().resolve("rechtspraak/ECLI.NL.RBSGR.2012.BZ0845.xml");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(note), Importer.Options.DEFAULT, new NullProgressMonitor());
            SourceSummary noteSource = s.library().findSource(note.toString()).orElseThrow();
            List<CitationLink> out = s.citations().outgoing(noteSource.id());
            assertEquals(List.of("ecli:ECLI:NL:RBSGR:2012:BZ0845", "bwb:BWBR0011823:art:10", "bwb:BWBR0011823",
                    "kst:36600-XVI:161"), out.stream().map(CitationLink::key).toList());
            assertEquals("art. 10", out.get(1).pinpoint());
            assertTrue(out.stream().noneMatch(CitationLink::resolved));
            assertEquals(2, out.get(0).page());

            s.imports().importPaths(List.of(ruling), Importer.Options.DEFAULT, new NullProgressMonitor());
            SourceSummary rulingSource = s.library().findSource("ECLI:NL:RBSGR:2012:BZ0845").orElseThrow();
            assertEquals(SourceKind.RULING, rulingSource.kind());
            out = s.citations().outgoing(noteSource.id());
            assertEquals(rulingSource.id(), out.get(0).targetSourceId(), "resolved by the later import");
            assertNull(out.get(1).targetSourceId(), "the Vreemdelingenwet is not in this knowledge base");
            List<CitationLink> in = s.citations().incoming(rulingSource.id());
            assertEquals(1, in.size());
            assertEquals(noteSource.id(), in.get(0).citingSourceId());
            assertTrue(s.citations().outgoing(rulingSource.id()).stream()
                    .noneMatch(l -> l.key().equals("ecli:ECLI:NL:RBSGR:2012:BZ0845")), "no citation of itself");

            // by source (as the CLI and the Search view show results): the document itself, then what cites it
            SearchResult r = s.search().run(org.lexgraph.query.SearchRequest.of("ECLI:NL:RBSGR:2012:BZ0845", 5).bySource(3));
            assertEquals(rulingSource.id(), r.groups().get(0).sourceId(), "the document itself comes first");
            assertEquals(noteSource.id(), r.groups().get(1).sourceId(), "then what cites it");
            assertFalse(s.search().run("36600 XVI nr. 161", 5).hits().isEmpty());
            // the note and the NGO letter both cite the Kamerstuk (which is not in the knowledge base)
            assertEquals(java.util.Set.of(noteSource.id(), s.library().sources().get(0).id()), s.search().run("kst-36600-XVI-161", 5)
                    .hits().stream().limit(2).map(h -> h.sourceId()).collect(java.util.stream.Collectors.toSet()));
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.READ,
                Importer.builtIn(), new NullProgressMonitor())) {
            SourceSummary rulingSource = s.library().findSource("ECLI:NL:RBSGR:2012:BZ0845").orElseThrow();
            assertEquals(1, s.citations().incoming(rulingSource.id()).size(), "resolution is saved");
        }
    }

    @Test
    public void articlesNamedByContextResolveAsTheDocumentSays() throws Exception {
        // the Faciliteitenbesluit defines "de wet" (the Wet COA); the Besluit zorgverzekering "*wet:*" (the Zvw)
        Path fb = Fixtures.corpus().resolve("bwb-markdown/BWBR0006849.md");
        Path bz = Fixtures.corpus().resolve("bwb-markdown/BWBR0018492.md");
        Path zvw = Fixtures.corpus().resolve("bwb-markdown/BWBR0018450.md");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(fb, bz, zvw), Importer.Options.DEFAULT, new NullProgressMonitor());
            SourceSummary faciliteiten = s.library().findSource("BWBR0006849").orElseThrow();
            List<CitationLink> out = s.citations().outgoing(faciliteiten.id());
            CitationLink ofTheAct = out.stream().filter(l -> l.text().equals("artikel 3, tweede lid, van de wet"))
                    .findFirst().orElseThrow(() -> new AssertionError(out.toString()));
            assertEquals("law:wet-centraal-orgaan-opvang-asielzoekers:art:3", ofTheAct.key());
            // its own articles, bare ("artikel 5a") or listed, are its own and resolve to it
            CitationLink own = out.stream().filter(l -> l.text().equals("artikel 5a")).findFirst().orElseThrow();
            assertEquals("bwb:BWBR0006849:art:5a", own.key());
            assertEquals(faciliteiten.id(), own.targetSourceId());
            assertTrue(s.citations().incoming(faciliteiten.id()).isEmpty(), "its own references are not what cites it");
            CitationLink member = out.stream().filter(l -> l.text().equals("4")).findFirst().orElseThrow();
            assertEquals("art. 4", member.formatted(), "a list's member is shown by its article");

            SourceSummary besluit = s.library().findSource("BWBR0018492").orElseThrow();
            SourceSummary wet = s.library().findSource("BWBR0018450").orElseThrow();
            List<CitationLink> ofZvw = s.citations().outgoing(besluit.id()).stream()
                    .filter(l -> l.text().endsWith("van de wet")).toList();
            assertFalse(ofZvw.isEmpty());
            assertTrue(ofZvw.stream().allMatch(l -> l.key().startsWith("bwb:BWBR0018450:art:")
                    && wet.id().equals(l.targetSourceId())), ofZvw.toString());
            assertTrue(s.citations().incoming(wet.id()).stream().anyMatch(l -> l.citingSourceId().equals(besluit.id())));
        }
    }

    @Test
    public void aMunicipalRegulationIsCitedByItsGemeenteblad() throws Exception {
        Path regels = Fixtures.text(tmp, "nadere-regels.txt", """
                GEMEENTEBLAD
                Officiële uitgave van de gemeente Pijnacker-Nootdorp
                Nr. 66747
                11 februari 2022

                Nadere regels jeugdhulp gemeente Pijnacker-Nootdorp 2020

                Artikel 1 Persoonsgebonden budget
                Het college verstrekt een persoonsgebonden budget als bedoeld in artikel 8 van de verordening.
                """);
        Path brief = Fixtures.text(tmp, "brief.txt", "Brief aan de raad\n\nDe nadere regels (Gmb. 2022, 66747)"
                + " gelden ook voor jongeren zonder verblijfsvergunning; zie artikel 1 van de Nadere regels jeugdhulp"
                + " gemeente Pijnacker-Nootdorp 2020.\n");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(regels, brief), Importer.Options.DEFAULT, new NullProgressMonitor());
            SourceSummary regulation = s.library().findSource(regels.toString()).orElseThrow();
            SourceSummary letter = s.library().findSource(brief.toString()).orElseThrow();
            List<CitationLink> in = s.citations().incoming(regulation.id());
            assertEquals(2, in.size(), "by its Gemeenteblad and by its title: " + in);
            assertTrue(in.stream().allMatch(l -> l.citingSourceId().equals(letter.id())));
            assertEquals(regulation.id(), s.library().findSource("gmb-2022-66747").map(SourceSummary::id).orElse(null));
        }
    }
}
