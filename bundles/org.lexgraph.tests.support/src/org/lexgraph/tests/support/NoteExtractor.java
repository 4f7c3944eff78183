package org.lexgraph.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * A format contributed through org.lexgraph.core.extractors as any bundle would (ExtractorsTest imports one): a
 * research note, {@code .lxnote}, whose first line is "Notitie: TITLE" and whose paragraphs follow.
 */
public final class NoteExtractor implements Extractor {

    public static final String MEDIA_TYPE = "text/x-lexgraph-note";

    @Override
    public String id() {
        return "lxnote";
    }

    @Override
    public boolean supports(String mediaType) {
        return MEDIA_TYPE.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the note: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("Notitie: ")) {
            throw new ExtractionException("not a research note: the first line must be \"Notitie: TITLE\"");
        }
        String title = lines.get(0).substring("Notitie: ".length()).strip();
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock(title, 0, 1));
        StringBuilder para = new StringBuilder();
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) {
                if (!para.isEmpty()) {
                    blocks.add(new TextBlock(para.toString().strip(), 0, 0));
                    para.setLength(0);
                }
            } else {
                para.append(l.strip()).append(' ');
            }
        }
        if (!para.isEmpty()) {
            blocks.add(new TextBlock(para.toString().strip(), 0, 0));
        }
        return new ExtractedDocument(MEDIA_TYPE, blocks, Map.of(MetadataKeys.TITLE, title), 0);
    }
}
