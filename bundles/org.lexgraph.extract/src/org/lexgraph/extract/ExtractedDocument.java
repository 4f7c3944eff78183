package org.lexgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * What an extractor found in one file: its text as blocks in reading order and the metadata the format itself
 * carries (title, author, dates, identifiers). Metadata keys are the constants of {@link MetadataKeys}.
 */
public record ExtractedDocument(String mediaType, List<TextBlock> blocks, Map<String, String> metadata,
        int pageCount) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
    }

    public String metadata(String key) {
        return metadata.get(key);
    }

    /** Number of characters of text, a measure of how much the file contained. */
    public long textLength() {
        long n = 0;
        for (TextBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
