package org.lexgraph.extract;

import java.nio.file.Path;

/**
 * Adds to an extracted document what its own words say it is (kind, date, identifiers, municipality, court, ...),
 * never replacing what the format itself recorded. Recognisers run in order, each on what the one before gave; the
 * built-in one ({@link org.lexgraph.extract.recognise.PlainMetadataRecogniser}) and those bundles add through the
 * extension point {@code org.lexgraph.core.metadataRecognisers}. Stateless and thread-safe, with a public constructor
 * without arguments.
 */
public interface MetadataRecogniser {

    /** The document with what was recognised added to its metadata, each value with its origin. */
    ExtractedDocument recognise(Path file, ExtractedDocument doc);
}
