package org.lexgraph.core.citations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.cite.Citation;
import org.lexgraph.cite.CitationFormatter;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.core.LawNameTables;
import org.lexgraph.core.Recognisers;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.TextBlock;

/**
 * Finds citations in a text or a file without a knowledge base, with every contributed grammar and law-name table:
 * for the {@code cite} command and for marking citations in a document being read.
 */
public final class CitationFinder {

    private final CitationScanner scanner = LawNameTables.scanner();
    private final CitationFormatter formatter = new CitationFormatter();

    /** The citations in a text, in reading order (page 0). */
    public List<FoundCitation> in(CharSequence text) {
        return in(text, List.of());
    }

    /**
     * The citations in a file, read as an import reads it (any supported format), each with its page when the format
     * has pages.
     *
     * @throws IOException when the file cannot be read or is not a supported format; the message says why
     */
    public List<FoundCitation> inFile(Path file) throws IOException {
        ExtractedDocument doc;
        try {
            doc = Recognisers.extractors().extract(file);
        } catch (ExtractionException e) {
            throw new IOException(e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        List<int[]> pages = new ArrayList<>(); // offset where each block starts, and its page
        for (TextBlock b : doc.blocks()) {
            pages.add(new int[] {text.length(), b.page()});
            text.append(b.text()).append('\n');
        }
        return in(text, pages);
    }

    private List<FoundCitation> in(CharSequence text, List<int[]> pages) {
        List<FoundCitation> out = new ArrayList<>();
        for (Citation c : scanner.scan(text)) {
            int page = 0;
            for (int[] p : pages) {
                if (p[0] <= c.start()) {
                    page = p[1];
                }
            }
            out.add(new FoundCitation(c.start(), c.end(), c.text(), c.type().name().toLowerCase(Locale.ROOT), c.key(),
                    formatter.leidraad(c), formatter.permalink(c).orElse(null), page));
        }
        return out;
    }
}
