package org.lexgraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lexgraph.extract.formats.MarkdownAndTextExtractor;
import org.lexgraph.extract.formats.PdfExtractor;
import org.lexgraph.extract.formats.TikaDocumentExtractor;
import org.lexgraph.extract.official.OfficialXmlExtractor;
import org.lexgraph.extract.recognise.PlainMetadataRecogniser;
import org.lexgraph.extract.segment.ArticleStructurer;

/**
 * The extractors available to an import, asked in order; the first that supports a media type reads the file.
 * Immutable and thread-safe.
 */
public final class ExtractorRegistry {

    private final FormatDetector detector;
    private final List<Extractor> extractors;
    private final PlainMetadataRecogniser recogniser = new PlainMetadataRecogniser();
    private final ArticleStructurer structurer = new ArticleStructurer();

    public ExtractorRegistry(FormatDetector detector, List<Extractor> extractors) {
        this.detector = detector;
        this.extractors = List.copyOf(extractors);
    }

    /** The extractors that ship with Lexgraph. */
    public static ExtractorRegistry builtIn() {
        return new ExtractorRegistry(new FormatDetector(), List.of(new PdfExtractor(), new TikaDocumentExtractor(),
                new MarkdownAndTextExtractor(), new OfficialXmlExtractor()));
    }

    public Optional<Extractor> find(String mediaType) {
        return extractors.stream().filter(e -> e.supports(mediaType)).findFirst();
    }

    /**
     * Detects the format of the file, extracts it with the matching extractor, then adds what the text itself says
     * (identifiers, dates, kind: {@link PlainMetadataRecogniser}) and the article structure of regulations that came
     * as plain text ({@link ArticleStructurer}).
     */
    public ExtractedDocument extract(Path file) throws ExtractionException {
        String type = detector.detect(file);
        Extractor extractor = find(type)
                .orElseThrow(() -> new ExtractionException("unsupported file type: " + type));
        ExtractedDocument doc = extractor.extract(file, type);
        return structurer.structure(recogniser.recognise(file, doc));
    }
}
