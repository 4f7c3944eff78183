package org.lexgraph.extract.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.TextBlock;

/** Images (a photographed or scanned page) read by OCR, or reported as such when OCR is not available. */
public final class ImageExtractor implements Extractor {

    private final Ocr ocr;

    /** With OCR as the environment gives it ({@link Ocr#fromEnvironment()}): the built-in contribution. */
    public ImageExtractor() {
        this(Ocr.fromEnvironment());
    }

    public ImageExtractor(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public String id() {
        return "ocr";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.isImage(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        if (!ocr.isAvailable()) {
            throw new ExtractionException("no text layer: an image needs OCR, and OCR is not available ("
                    + ocr.unavailableReason() + ")");
        }
        String text;
        try {
            text = ocr.recognise(file);
        } catch (IOException e) {
            throw new ExtractionException("OCR failed: " + PdfExtractor.message(e), e);
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.fromLines(text.lines().toList())) {
            blocks.add(p.heading() ? TextBlock.heading(p.text(), 1, 2) : TextBlock.body(p.text(), 1));
        }
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text: OCR found no text in the image");
        }
        return new ExtractedDocument(mediaType, blocks, Map.of("ocr", "OCR (tesseract " + ocr.languages() + ")"), 1,
                Map.of("ocr", "tesseract"), List.of());
    }
}
