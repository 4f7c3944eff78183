package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/** A title is what the document calls itself, never the word processor's file name or a stray mark. */
public class SourceTitleTest {

    private static ExtractedDocument pdf(String metadataTitle, String... lines) {
        List<TextBlock> blocks = java.util.Arrays.stream(lines).map(l -> TextBlock.body(l, 1)).toList();
        return new ExtractedDocument("application/pdf", blocks,
                metadataTitle == null ? Map.of() : Map.of(MetadataKeys.TITLE, metadataTitle), 1);
    }

    @Test
    public void aWordProcessorsFileNameIsNoTitle() {
        Path file = Path.of("/tmp/kamerbrief.pdf");
        assertEquals("Kamerbrief over draagmoederschap", SourceRecogniser.title(file,
                pdf("Microsoft Word - 20110301_5687928a draagmoederschap.doc", "Kamerbrief over draagmoederschap",
                        "Geachte voorzitter,"), SourceKind.GENERIC_DOCUMENT, null));
        assertEquals("Onbeantwoorde vragen algemeen overleg", SourceRecogniser.title(file,
                pdf("-", "2", "Onbeantwoorde vragen algemeen overleg"), SourceKind.GENERIC_DOCUMENT, null));
        assertEquals("Draagmoederschap", SourceRecogniser.title(file, pdf("Microsoft Word - brief.doc",
                "> Retouradres Postbus 20301 2500 EH Den Haag", "Aan de Voorzitter van de Tweede Kamer",
                "Datum 1 maart 2011\nOnderwerp Draagmoederschap\nOns kenmerk 5687928"), SourceKind.GENERIC_DOCUMENT,
                null), "a letter is about its subject line");
        assertEquals("Fiche 5: Herziening MiFID", SourceRecogniser.title(file,
                pdf("Fiche 5: Herziening MiFID", "Toelichting"), SourceKind.GENERIC_DOCUMENT, null));
        assertEquals("Onbeantwoorde vragen algemeen overleg leerlingendaling 27 juni 2018", SourceRecogniser.title(
                file, pdf("-", "Datum 3 oktober 2018 Betreft Onbeantwoorde vragen algemeen overleg leerlingendaling 27"
                        + " juni 2018 Aan de voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018"),
                SourceKind.PARLIAMENTARY_PAPER, null), "the subject in a letterhead run together by the PDF");
    }

    @Test
    public void aLongTitleTheDocumentGivesItselfStaysWhole() {
        String title = "Besluit van de Staatssecretaris van Veiligheid en Justitie van 21 mei 2015, nr. 646293, tot het"
                + " instellen van een besluitmoratorium en een vertrekmoratorium voor asielzoekers afkomstig uit"
                + " gebieden uit Centraal- en Zuid-Somalië die onder controle staan van Al-Shabaab";
        ExtractedDocument doc = new ExtractedDocument("text/markdown", List.of(TextBlock.heading(title, 0, 1),
                TextBlock.body("De Staatssecretaris van Veiligheid en Justitie;", 1)), Map.of(), 0);
        assertEquals(title, SourceRecogniser.title(Path.of("/tmp/besluit.md"), doc, SourceKind.GENERIC_DOCUMENT,
                null));
    }

    @Test
    public void aRulingIsDatedByItsOwnClosingWordsWhereItsRecordDisagrees() {
        ExtractedDocument doc = new ExtractedDocument("application/xml", List.of(TextBlock.body("Uitspraak", 0),
                TextBlock.body("De beslissing is uitgesproken in het openbaar op 28 oktober 2014.", 0)),
                Map.of(MetadataKeys.ECLI, "ECLI:NL:CRVB:2014:3494", MetadataKeys.KIND, "ruling", MetadataKeys.DATE,
                        "2014-01-28", MetadataKeys.COURT, "Centrale Raad van Beroep"), 0);
        org.lexgraph.model.Source s = new SourceRecogniser().recognise(Path.of("/tmp/ruling.xml"), doc, null);
        assertEquals(java.time.LocalDate.of(2014, 10, 28), s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate());
        assertEquals("Centrale Raad van Beroep 2014-10-28, ECLI:NL:CRVB:2014:3494", s.getTitle());
        org.junit.jupiter.api.Assertions.assertTrue(s.getProvenance().stream().anyMatch(p -> p.startsWith(
                "date = 2014-10-28") && p.contains("its metadata said 2014-01-28")), s.getProvenance().toString());
    }
}
