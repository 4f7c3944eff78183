package org.lexgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lexgraph.extract.TextBlock;

public class PassageSegmenterTest {

    private final PassageSegmenter segmenter = new PassageSegmenter(100, 300, 500);

    @Test
    public void shortParagraphsUnderOneHeadingAreMerged() {
        List<Segment> s = segmenter.segment(List.of(TextBlock.heading("Artikel 1", 0, 3),
                TextBlock.body("Eerste lid.", 0), TextBlock.body("Tweede lid.", 0)));
        assertEquals(1, s.size());
        assertEquals("Eerste lid.\nTweede lid.", s.get(0).text());
        assertEquals("Artikel 1", s.get(0).anchor());
    }

    @Test
    public void noPassageCrossesAHeading() {
        List<Segment> s = segmenter.segment(List.of(TextBlock.heading("Artikel 1", 0, 3), TextBlock.body("Een.", 0),
                TextBlock.heading("Artikel 2", 0, 3), TextBlock.body("Twee.", 0)));
        assertEquals(2, s.size());
        assertEquals("Artikel 2", s.get(1).anchor());
        assertEquals("Twee.", s.get(1).text());
    }

    @Test
    public void consecutiveHeadingsFormOneAnchor() {
        List<Segment> s = segmenter.segment(List.of(TextBlock.heading("Hoofdstuk 1", 0, 3),
                TextBlock.heading("Inleidende bepalingen", 0, 4), TextBlock.body("Tekst.", 0)));
        assertEquals("Hoofdstuk 1 – Inleidende bepalingen", s.get(0).anchor());
    }

    @Test
    public void longTextIsSplitAtSentencesAndKeepsItsPage() {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("Dit is zin nummer ").append(i).append(" over opvang. ");
        }
        blocks.add(TextBlock.body(sb.toString().strip(), 4));
        List<Segment> s = segmenter.segment(blocks);
        assertTrue(s.size() >= 3, s.size() + " passages");
        for (Segment seg : s) {
            assertTrue(seg.text().length() <= 500, seg.text().length() + " chars");
            assertTrue(seg.text().endsWith("."), "split at a sentence end: " + seg.text());
            assertEquals(4, seg.page());
        }
    }

    @Test
    public void aPageBreakEndsAPassage() {
        List<Segment> s = segmenter.segment(List.of(TextBlock.body("Kort.", 1), TextBlock.body("Ook kort.", 2)));
        assertEquals(2, s.size());
        assertEquals(2, s.get(1).page());
    }

    @Test
    public void newPassageStartsOnItsOwnPage() {
        String para = "x".repeat(200);
        List<Segment> s = segmenter.segment(List.of(TextBlock.body(para, 1), TextBlock.body(para, 2)));
        assertEquals(2, s.size());
        assertEquals(1, s.get(0).page());
        assertEquals(2, s.get(1).page());
    }
}
