package org.lexgraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lexgraph.extract.formats.MarkdownAndTextExtractor;
import org.lexgraph.extract.formats.PdfExtractor;
import org.lexgraph.extract.formats.TikaDocumentExtractor;
import org.lexgraph.extract.formats.XmlTextExtractor;

/**
 * The extractors available to an import, asked in order; the first that supports a media type reads the file.
 * Immutable and thread-safe.
 */
public final class ExtractorRegistry {

    private final FormatDetector detector;
    private final List<Extractor> extractors;

    public ExtractorRegistry(FormatDetector detector, List<Extractor> extractors) {
        this.detector = detector;
        this.extractors = List.copyOf(extractors);
    }

    /** The extractors that ship with Lexgraph. */
    public static ExtractorRegistry builtIn() {
        return new ExtractorRegistry(new FormatDetector(), List.of(new PdfExtractor(), new TikaDocumentExtractor(),
                new MarkdownAndTextExtractor(), new XmlTextExtractor()));
    }

    public Optional<Extractor> find(String mediaType) {
        return extractors.stream().filter(e -> e.supports(mediaType)).findFirst();
    }

    /** Detects the format of the file and extracts it with the matching extractor. */
    public ExtractedDocument extract(Path file) throws ExtractionException {
        String type = detector.detect(file);
        Extractor extractor = find(type)
                .orElseThrow(() -> new ExtractionException("unsupported file type: " + type));
        return extractor.extract(file, type);
    }
}
