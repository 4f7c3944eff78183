package org.lexgraph.extract.woo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * Takes a PDF that is many documents (a Woo bundle) apart into one extracted document per document its pages show
 * (found by {@link PageStreamSegmenter} when the PDF was read). Each keeps the bundle's page numbers, so that a passage is cited by the page of the
 * file; the bundle's own metadata (its title, author) is not theirs and is left out. Stateless and thread-safe.
 */
public final class BundleSplitter {

    /** A document of a bundle: its name among the bundle's ("3: e-mail 12 maart 2021, p. 7–9") and its text. */
    public record Piece(String name, int from, int to, ExtractedDocument document) {
    }

    /**
     * The documents of a PDF bundle, as the PDF extractor found them ({@link MetadataKeys#BUNDLE_PARTS}); empty when
     * it is one document.
     */
    public List<Piece> split(ExtractedDocument doc) {
        List<PageStreamSegmenter.Part> parts = found(doc);
        return parts.size() < 2 ? List.of() : pieces(doc, parts);
    }

    /**
     * The documents of a PDF as a user corrected them: each begins at one of {@code starts} (first pages, the first
     * page always one of them) and ends before the next. A document that begins where one was found keeps its label
     * (with its own pages); others are named by their pages. Empty when that is one document.
     */
    public List<Piece> split(ExtractedDocument doc, List<Integer> starts) {
        int pages = Math.max(doc.pageCount(), doc.blocks().stream().mapToInt(TextBlock::page).max().orElse(1));
        java.util.TreeSet<Integer> first = new java.util.TreeSet<>();
        first.add(1);
        starts.stream().filter(p -> p >= 1 && p <= pages).forEach(first::add);
        if (first.size() < 2) {
            return List.of();
        }
        Map<Integer, String> labels = new TreeMap<>();
        for (PageStreamSegmenter.Part p : found(doc)) {
            labels.put(p.from(), p.label().replaceFirst(",? p\\. [0-9–-]+$", ""));
        }
        List<PageStreamSegmenter.Part> parts = new ArrayList<>();
        List<Integer> at = new ArrayList<>(first);
        for (int i = 0; i < at.size(); i++) {
            int from = at.get(i);
            int to = i + 1 < at.size() ? at.get(i + 1) - 1 : pages;
            String what = labels.getOrDefault(from, "document");
            parts.add(new PageStreamSegmenter.Part(from, to, "", what + ", p. " + (from == to ? Integer.toString(from)
                    : from + "–" + to)));
        }
        return pieces(doc, parts);
    }

    /** The documents the segmenter found when the PDF was read (none recorded: none). */
    private static List<PageStreamSegmenter.Part> found(ExtractedDocument doc) {
        String found = doc.metadata(MetadataKeys.BUNDLE_PARTS);
        if (found == null || found.isBlank()) {
            return List.of();
        }
        List<PageStreamSegmenter.Part> parts = new ArrayList<>();
        for (String line : found.split("\n")) {
            int tab = line.indexOf('\t');
            int dash = line.indexOf('-');
            if (tab < 0 || dash < 0 || dash > tab) {
                return List.of(); // not written by this version: one document
            }
            int from = Integer.parseInt(line.substring(0, dash));
            int to = Integer.parseInt(line.substring(dash + 1, tab));
            parts.add(new PageStreamSegmenter.Part(from, to, "", line.substring(tab + 1)));
        }
        return parts;
    }

    private static List<Piece> pieces(ExtractedDocument doc, List<PageStreamSegmenter.Part> parts) {
        Map<String, String> kept = new TreeMap<>();
        if (doc.metadata(MetadataKeys.LANGUAGE) != null) {
            kept.put(MetadataKeys.LANGUAGE, doc.metadata(MetadataKeys.LANGUAGE));
        }
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PageStreamSegmenter.Part part = parts.get(i);
            List<TextBlock> blocks = new ArrayList<>();
            for (TextBlock b : doc.blocks()) {
                if (b.page() >= part.from() && b.page() <= part.to()) {
                    blocks.add(b);
                }
            }
            out.add(new Piece((i + 1) + ": " + part.label(), part.from(), part.to(),
                    new ExtractedDocument(doc.mediaType(), blocks, kept, part.pages())));
        }
        return out;
    }
}
