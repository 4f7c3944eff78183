package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.pages.PageService;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.tests.support.Fixtures;

/**
 * The page as printed: a PDF source's pages drawn with PDFBox, the passage and the words of a search found on the page
 * from the text positions (a word broken across lines with a hyphen included); sources without a PDF say so.
 */
public class PagesTest {

    @TempDir
    Path tmp;

    @Test
    public void pagesAreDrawnAndPassagesAndWordsFoundOnThem() throws Exception {
        Path pdf = Fixtures.pdf(tmp, "besluit.pdf", List.of(
                "Besluit opvang\nDe raad van de gemeente Utrecht besluit als volgt.",
                "Artikel 3\nDe gemeente biedt nachtopvang aan wie geen onder-\ndak heeft, ook zonder verblijfsvergunning.\nZonder nachtopvang slaapt men buiten."));
        Path txt = Fixtures.text(tmp, "notitie.txt", "Een notitie zonder pagina's.");
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(tmp.resolve("kb"), KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().importPaths(List.of(pdf, txt), Importer.Options.DEFAULT, new NullProgressMonitor());
            String id = s.library().findSource(pdf.toString()).orElseThrow().id();
            Source src = (Source) s.object(id, null).orElseThrow();
            Passage onTwo = src.getPassages().stream().filter(p -> p.getText().contains("nachtopvang")).findFirst()
                    .orElseThrow();
            assertEquals(2, onTwo.getPage());
            assertEquals(2, s.pages().pageOf(id, onTwo.getId()));
            assertEquals(2, s.pages().pageCount(id));

            PageService.PageImage page = s.pages().render(id, 2, 1.5f);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.png()));
            assertEquals(Math.round(page.widthPoints() * 1.5f), image.getWidth(), 1.0, "drawn at the scale asked");
            assertTrue(page.heightPoints() > page.widthPoints(), "a portrait page");
            assertTrue(page == s.pages().render(id, 2, 1.5f), "kept once drawn");

            PageService.PageMarks marks = s.pages().marks(id, 2, onTwo.getId(), List.of("nachtopvang", "onderdak",
                    "staat er niet"));
            assertFalse(marks.passage().isEmpty(), "the passage is outlined");
            for (PageService.Box b : marks.passage()) {
                assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= 1.01 && b.y() + b.height() <= 1.01,
                        b.toString());
            }
            assertEquals(4, marks.matches().size(), "nachtopvang twice, onderdak on both lines it takes: " + marks);
            PageService.Box word = marks.matches().get(0);
            // a highlight of the second nachtopvang is drawn there, not on the first
            int second = onTwo.getText().lastIndexOf("nachtopvang");
            s.annotations().add(org.lexgraph.core.annotations.AnnotationService.NoteRequest.selection(id,
                    onTwo.getId(), second, second + "nachtopvang".length(), "green", null));
            List<PageService.Highlight> highlights = s.pages().marks(id, 2, null, List.of()).highlights();
            assertEquals(1, highlights.size(), highlights.toString());
            assertTrue(highlights.get(0).box().y() > word.y() + 0.01, "the second line's: " + highlights);
            assertEquals("green", highlights.get(0).colour());
            float top = (float) marks.passage().stream().mapToDouble(PageService.Box::y).min().orElseThrow();
            assertTrue(word.y() >= top - 0.01, "the word stands within its passage");
            assertTrue(s.pages().marks(id, 1, onTwo.getId(), List.of("nachtopvang")).matches().isEmpty(),
                    "not on page 1");

            String note = s.library().findSource(txt.toString()).orElseThrow().id();
            assertEquals(0, s.pages().pageCount(note));
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> s.pages().render(note, 1, 1f));
            assertTrue(e.getMessage().contains("was not read from a PDF"), e.getMessage());
            e = assertThrows(KnowledgeBaseException.class, () -> s.pages().render(id, 9, 1f));
            assertTrue(e.getMessage().contains("has 2 pages, not page 9"), e.getMessage());

            s.pages().close();
            Files.move(pdf, tmp.resolve("elders.pdf"));
            e = assertThrows(KnowledgeBaseException.class, () -> s.pages().pageCount(id));
            assertTrue(e.getMessage().contains(pdf + ", which is no longer there"), e.getMessage());
        }
    }
}
