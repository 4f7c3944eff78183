package org.lexgraph.extract;

import java.nio.file.Path;

/**
 * Reads the text and metadata of files of some formats. Implementations are stateless and may be called from several
 * threads at once.
 */
public interface Extractor {

    /** A short stable name, e.g. {@code pdf}, used in messages and provenance. */
    String id();

    /** Whether this extractor reads files of the given media type (as {@link FormatDetector} names them). */
    boolean supports(String mediaType);

    /**
     * Extracts the file.
     *
     * @throws ExtractionException when the file is damaged, protected or holds no text
     */
    ExtractedDocument extract(Path file, String mediaType) throws ExtractionException;
}
