package org.lexgraph.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A long snippet is cut to a window around its first match, never inside a marked word. */
public class SnippetWindowTest {

    @Test
    public void aLongSnippetIsCutAroundItsFirstMatch() {
        String filler = "de documenten die bij ministeriële regeling zijn aangewezen; ".repeat(8);
        String snippet = filler + "een <b>inreisverbod</b> wordt uitgevaardigd; " + filler;
        String w = SnippetWindow.of(snippet);
        assertTrue(w.length() <= SnippetWindow.MAX + 4, w.length() + ": " + w);
        assertTrue(w.startsWith("… ") && w.endsWith(" …"), w);
        assertTrue(w.contains("<b>inreisverbod</b>"), w);
        String shortOne = "Een <b>inreisverbod</b> wordt uitgevaardigd.";
        assertEquals(shortOne, SnippetWindow.of(shortOne));
        // a marked word at the window's end is kept whole
        String late = "x".repeat(10) + " " + "woord ".repeat(60) + "<b>vreemdelingenbewaring</b> en meer tekst "
                + "woord ".repeat(30);
        String cut = SnippetWindow.of(late);
        assertTrue(!cut.contains("<b>") || cut.contains("</b>"), cut);
    }
}
