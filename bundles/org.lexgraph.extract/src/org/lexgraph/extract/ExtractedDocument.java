package org.lexgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an extractor found in one file: its text as blocks in reading order, the metadata the format itself carries
 * (title, author, dates, identifiers; keys are the constants of {@link MetadataKeys}), where each metadata value came
 * from, and the document's structure (articles and leden, sections) when the format has one.
 *
 * @param origins for each metadata key, where its value was found ("XML element dcterms:creator", "metadata.xml
 *            DC.identifier", "text of page 1", "file name")
 * @param structure the top-level structure elements; blocks refer to them by key
 */
public record ExtractedDocument(String mediaType, List<TextBlock> blocks, Map<String, String> metadata,
        int pageCount, Map<String, String> origins, List<StructureNode> structure) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
        origins = Map.copyOf(origins);
        structure = List.copyOf(structure);
    }

    public ExtractedDocument(String mediaType, List<TextBlock> blocks, Map<String, String> metadata, int pageCount) {
        this(mediaType, blocks, metadata, pageCount, Map.of(), List.of());
    }

    public String metadata(String key) {
        return metadata.get(key);
    }

    public String origin(String key) {
        return origins.get(key);
    }

    /** This document with more metadata; values already present are kept (the format's own metadata wins). */
    public ExtractedDocument withMetadata(Map<String, String> more, Map<String, String> moreOrigins) {
        Map<String, String> md = new LinkedHashMap<>(metadata);
        Map<String, String> or = new LinkedHashMap<>(origins);
        more.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !md.containsKey(k)) {
                md.put(k, v);
                String o = moreOrigins.get(k);
                if (o != null) {
                    or.put(k, o);
                }
            }
        });
        return new ExtractedDocument(mediaType, blocks, md, pageCount, or, structure);
    }

    /** This document with other blocks and structure (after a structure recogniser). */
    public ExtractedDocument withStructure(List<TextBlock> newBlocks, List<StructureNode> newStructure) {
        return new ExtractedDocument(mediaType, newBlocks, metadata, pageCount, origins, newStructure);
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
