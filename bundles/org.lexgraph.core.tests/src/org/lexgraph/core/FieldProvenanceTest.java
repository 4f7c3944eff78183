package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.tests.support.Fixtures;

/** Every recognised field says where it came from and how far to trust it. */
public class FieldProvenanceTest {

    @TempDir
    Path tmp;

    @Test
    public void confidenceFollowsWhereAValueCameFrom() {
        List<FieldProvenance> f = FieldProvenance.of(List.of(
                "ecli = ECLI:NL:CRVB:2013:1886 (rechtspraak.nl dcterms:identifier)",
                "title = Draagmoederschap (the letter's subject line)",
                "title = Kamerbrief (PDF document information)",
                "kind = generic-document (nothing in the file said what it is)",
                "date = 2014-03-01 (text of page 1 (\u201CWet van \u2026 1 maart 2014\u201D))"));
        assertEquals(List.of("high", "medium", "low", "low", "high"),
                f.stream().map(FieldProvenance::confidence).toList());
        assertEquals("title = Draagmoederschap (the letter's subject line; confidence medium)", f.get(1).toString());
    }

    @Test
    public void aTitleAndAKindNothingStatedAreRecordedToo() throws Exception {
        Path note = Fixtures.text(tmp, "aantekeningen.txt", "Aantekeningen bij het overleg\n\nWe spraken over de"
                + " nachtopvang in de wijk.\n");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(note), Importer.Options.DEFAULT, new NullProgressMonitor());
            SourceSummary found = s.library().findSource(note.toString()).orElseThrow();
            SourceMetadata m = SourceMetadata.list(s).stream().filter(x -> x.id().equals(found.id())).findFirst()
                    .orElseThrow();
            Map<String, FieldProvenance> byField = m.fields().stream().collect(Collectors.toMap(
                    FieldProvenance::field, x -> x, (a, b) -> a));
            assertTrue(byField.containsKey("title") && byField.containsKey("kind"), m.fields().toString());
            assertEquals("low", byField.get("kind").confidence(), "a kind nothing stated is a guess");
        }
    }
}
