package org.lexgraph.extract.woo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A Woo bundle is split into its documents by what its pages say; small files and files without signals stay whole. */
public class PageStreamSegmenterTest {

    private final PageStreamSegmenter segmenter = new PageStreamSegmenter();

    private static final String EMAIL = """
            Van: 5.1.2e <5.1.2e@minjenv.nl>
            Verzonden: dinsdag 12 maart 2021 14:03
            Aan: 5.1.2e <5.1.2e@utrecht.nl>
            Onderwerp: RE: opvang ongedocumenteerden

            Beste 5.1.2e,
            Hierbij de stukken over de nachtopvang.""";

    @Test
    public void eMailsLettersAndPageNumbersMarkTheDocuments() {
        List<String> pages = List.of(
                EMAIL + "\n\nPagina 1 van 2",
                "De gemeente vangt de mensen op zolang de procedure loopt.\n\nPagina 2 van 2",
                "Gemeente Utrecht\nPostbus 16200\n\nDatum 3 april 2021\nOnderwerp Nachtopvang\nOns kenmerk 1234567\n\n"
                        + "Geachte heer, mevrouw,\nWij berichten u over de opvang.",
                "Het college blijft de opvang financieren.\n\nMet vriendelijke groet,\n\n5.1.2e",
                EMAIL.replace("12 maart", "14 maart"));
        List<PageStreamSegmenter.Part> parts = segmenter.segment(pages);
        assertEquals(List.of(1, 3, 5), PageStreamBenchmark.starts(parts), parts.toString());
        assertEquals("e-mail 12 maart 2021, p. 1–2", parts.get(0).label());
        assertEquals("brief 3 april 2021, p. 3–4", parts.get(1).label());
        assertEquals("e-mail", parts.get(2).kind());
    }

    @Test
    public void aStampedDocumentNumberDecides() {
        List<String> pages = List.of("Documentnummer 4\nTekst van een bijlage.", "Documentnummer 4\nMeer tekst.",
                "Documentnummer 5\nEen andere bijlage.", "Documentnummer 5\nEnzovoort.");
        assertEquals(List.of(1, 3), PageStreamBenchmark.starts(segmenter.segment(pages)));
    }

    @Test
    public void smallFilesAndFilesWithoutSignalsStayOneDocument() {
        assertEquals(1, segmenter.segment(List.of(EMAIL, EMAIL)).size(), "fewer than three pages");
        assertEquals(1, segmenter.segment(List.of("Een rapport.", "Hoofdstuk 2.", "Hoofdstuk 3.", "Bijlage."))
                .size(), "nothing says where a document starts");
        assertEquals(1, segmenter.segment(List.of()).size());
    }

    /** On generated bundles (clean and OCR'd) the split beats both trivial baselines by far. */
    @Test
    public void generatedBundlesAreSplitWell() throws Exception {
        List<WooBundles.Bundle> bundles = new WooBundles(7L).generate(60);
        SegmentationScores lexgraph = new SegmentationScores();
        SegmentationScores everyPage = new SegmentationScores();
        for (WooBundles.Bundle b : bundles) {
            lexgraph.add(b.starts(), PageStreamBenchmark.starts(segmenter.segment(b.pages())), b.pages().size());
            everyPage.add(b.starts(), java.util.stream.IntStream.rangeClosed(1, b.pages().size()).boxed().toList(),
                    b.pages().size());
        }
        assertTrue(lexgraph.f1() > 0.9, "boundary F1 " + lexgraph.f1());
        assertTrue(lexgraph.panopticQuality() > 0.85, "PQ " + lexgraph.panopticQuality());
        assertTrue(lexgraph.f1() > everyPage.f1() + 0.2);
    }
}
