package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.tests.support.Fixtures;

/** Metadata recognisers come in through org.lexgraph.core.metadataRecognisers, the built-in one too. */
public class RecognisersTest {

    @TempDir
    Path tmp;

    @Test
    public void theBuiltInRecogniserIsContributedThroughTheExtensionPoint() throws Exception {
        List<Recognisers.Contribution> all = Recognisers.contributed();
        assertTrue(all.stream().anyMatch(c -> c.bundle().equals("org.lexgraph.extract") && c.id().equals("plain")
                && c.order() == 100), all.toString());
        // the extractors an import uses recognise with it
        Path letter = Fixtures.text(tmp, "brief.txt", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                + "Datum 3 oktober 2018\nBetreft Onbeantwoorde vragen\n\nGeachte voorzitter,\n");
        ExtractedDocument d = Recognisers.extractors().extract(letter);
        assertEquals("parliamentary-paper", d.metadata(MetadataKeys.KIND));
        assertEquals("2018-10-03", d.metadata(MetadataKeys.DATE));
    }
}
