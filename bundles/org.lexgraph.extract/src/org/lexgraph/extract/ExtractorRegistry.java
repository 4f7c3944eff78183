package org.lexgraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexgraph.extract.container.ContainerExpander;
import org.lexgraph.extract.container.ContainerLimits;
import org.lexgraph.extract.formats.ImageExtractor;
import org.lexgraph.extract.formats.MarkdownAndTextExtractor;
import org.lexgraph.extract.formats.Ocr;
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
    private final List<MetadataRecogniser> recognisers;
    /** Media types claimed by file-name extension (lower case, no dot) for formats the detector does not know. */
    private final Map<String, String> claims;
    private final ArticleStructurer structurer = new ArticleStructurer();
    private final ContainerExpander containers = new ContainerExpander(ContainerLimits.DEFAULT);

    public ExtractorRegistry(FormatDetector detector, List<Extractor> extractors) {
        this(detector, extractors, List.of(new PlainMetadataRecogniser()));
    }

    private ExtractorRegistry(FormatDetector detector, List<Extractor> extractors,
            List<MetadataRecogniser> recognisers) {
        this(detector, extractors, recognisers, Map.of());
    }

    private ExtractorRegistry(FormatDetector detector, List<Extractor> extractors,
            List<MetadataRecogniser> recognisers, Map<String, String> claims) {
        this.detector = detector;
        this.extractors = List.copyOf(extractors);
        this.recognisers = List.copyOf(recognisers);
        this.claims = Map.copyOf(claims);
    }

    /** The same extractors with these recognisers, in this order, instead of the built-in one alone. */
    public ExtractorRegistry withRecognisers(List<MetadataRecogniser> ordered) {
        return new ExtractorRegistry(detector, extractors, ordered, claims);
    }

    /**
     * These extractors, asked in this order, instead of the built-in ones; {@code claims} names the media type of
     * files by their extension (lower case, without the dot) for formats the content detector does not know: such
     * a file is given that type when its content is plain text or of no format the detector knows, never when the
     * content is a PDF, a package, an image or another binary format.
     */
    public ExtractorRegistry withExtractors(List<Extractor> ordered, Map<String, String> claims) {
        return new ExtractorRegistry(detector, ordered, recognisers, claims);
    }

    /** The extractors, in the order they are asked. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** The extractors that ship with Lexgraph. */
    public static ExtractorRegistry builtIn() {
        return withOcr(Ocr.fromEnvironment());
    }

    /** The built-in extractors with the given OCR (or one that is not available, to test the message). */
    public static ExtractorRegistry withOcr(Ocr ocr) {
        return new ExtractorRegistry(new FormatDetector(), List.of(new PdfExtractor(ocr), new TikaDocumentExtractor(),
                new MarkdownAndTextExtractor(), new OfficialXmlExtractor(), new ImageExtractor(ocr)));
    }

    public Optional<Extractor> find(String mediaType) {
        return extractors.stream().filter(e -> e.supports(mediaType)).findFirst();
    }

    /**
     * Detects the format of the file, extracts it with the matching extractor, then adds what the text itself says
     * (identifiers, dates, kind: the {@link MetadataRecogniser}s, {@link PlainMetadataRecogniser} built in) and the
     * article structure of regulations that came
     * as plain text ({@link ArticleStructurer}).
     */
    public ExtractedDocument extract(Path file) throws ExtractionException {
        String type = detect(file);
        if (MediaTypes.isContainer(type)) {
            throw new ExtractionException("a container (" + type + "): its parts are read one by one");
        }
        return extract(file, type);
    }

    /**
     * The file's format, by content (see {@link FormatDetector}), or the type a contributed format claims for the
     * file's extension when the content is plain text or unknown.
     */
    public String detect(Path file) throws ExtractionException {
        String claimed = claims.isEmpty() ? null : claims.get(extension(file));
        if (claimed == null) {
            return detector.detect(file);
        }
        String found;
        try {
            found = detector.detect(file);
        } catch (ExtractionException unknown) {
            if (isEmpty(file)) {
                throw unknown;
            }
            return claimed;
        }
        return MediaTypes.TEXT.equals(found) ? claimed : found;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isEmpty(Path file) {
        try {
            return java.nio.file.Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** Extracts a file whose format is known (not a container), with recognition and structure. */
    public ExtractedDocument extract(Path file, String type) throws ExtractionException {
        Extractor extractor = find(type)
                .orElseThrow(() -> new ExtractionException("unsupported file type: " + type));
        return refine(file, extractor.extract(file, type));
    }

    /**
     * Adds recognised metadata and structure to what an extractor (or a container's body) gave, after repairing text
     * that was encoded twice ({@link DoubleEncoding}).
     */
    public ExtractedDocument refine(Path file, ExtractedDocument doc) {
        ExtractedDocument d = DoubleEncoding.repair(doc);
        for (MetadataRecogniser r : recognisers) {
            d = r.recognise(file, d);
        }
        return structurer.structure(d);
    }

    /** Takes archives and e-mails apart. */
    public ContainerExpander containers() {
        return containers;
    }
}
