package org.lexgraph.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.ExtractorRegistry;
import org.lexgraph.extract.segment.PassageSegmenter;
import org.lexgraph.extract.segment.Segment;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.model.StructureElement;
import org.lexgraph.model.StructureKind;

/**
 * Turns files into detached source objects (extract → recognise → segment); the session then puts them into the model
 * and the index. Expands folders into their files. Stateless and thread-safe.
 */
public class Importer {

    private final ExtractorRegistry extractors;
    private final SourceRecogniser recogniser;
    private final PassageSegmenter segmenter;
    private final CitationLinker linker;

    public Importer(ExtractorRegistry extractors, SourceRecogniser recogniser, PassageSegmenter segmenter,
            CitationLinker linker) {
        this.extractors = extractors;
        this.recogniser = recogniser;
        this.segmenter = segmenter;
        this.linker = linker;
    }

    /** The importer with Lexgraph's built-in extractors. */
    public static Importer builtIn() {
        return new Importer(ExtractorRegistry.builtIn(), new SourceRecogniser(), new PassageSegmenter(),
                new CitationLinker(new org.lexgraph.cite.CitationScanner()));
    }

    /** Finds and resolves citations; shared with the session, which resolves after every batch. */
    CitationLinker linker() {
        return linker;
    }

    /**
     * The files to import for the paths a user gave: files as they are, folders walked recursively (hidden files and
     * folders skipped, files in name order). Paths that do not exist or folders without files become outcomes.
     */
    List<Path> expand(List<Path> paths, List<FileOutcome> problems) {
        List<Path> files = new ArrayList<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            if (!Files.exists(p)) {
                problems.add(new FileOutcome(p, FileOutcome.Status.MISSING, "no such file or directory", null, 0));
            } else if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !isHidden(p, f)).sorted().forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    problems.add(new FileOutcome(p, FileOutcome.Status.MISSING,
                            "cannot read the folder: " + ModelStore.rootMessage(e), null, 0));
                    continue;
                }
                if (found.isEmpty()) {
                    problems.add(new FileOutcome(p, FileOutcome.Status.MISSING, "the folder contains no files to import",
                            null, 0));
                }
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The result of preparing one file: a source ready to attach (ok or failed), or nothing when the file vanished. */
    record Prepared(Path file, String hash, Source source, String failure, String skipped) {
        Prepared(Path file, String hash, Source source, String failure) {
            this(file, hash, source, failure, null);
        }
    }

    /** Reads one file into a detached source; never throws for bad input: failures become failed sources. */
    Prepared prepare(Path file, String hash, Hint hint) {
        Source source;
        String failure = null;
        try {
            if (!Files.isReadable(file)) {
                throw new ExtractionException("cannot read the file: permission denied");
            }
            ExtractedDocument doc = extractors.extract(file);
            SourceRecogniser.Recognised rec = recogniser.recogniseWithStructure(file, doc,
                    hint == null ? null : hint.kind());
            source = rec.source();
            if (hint != null && hint.title() != null) {
                source.setTitle(hint.title());
            }
            source.setFormat(doc.mediaType());
            source.setPageCount(doc.pageCount());
            source.setStatus(SourceStatus.OK);
            int ordinal = 0;
            for (Segment seg : segmenter.segment(doc.blocks())) {
                Passage p = LexgraphFactory.eINSTANCE.createPassage();
                p.setOrdinal(ordinal++);
                p.setText(seg.text());
                p.setPage(seg.page());
                String anchor = seg.anchor();
                StructureElement element = seg.element() == null ? null : rec.elements().get(seg.element());
                if (element != null) {
                    p.setElement(element);
                    if (element.getKind() == StructureKind.LID && element.getNumber() != null
                            && !anchor.contains(", lid ")) {
                        anchor = anchor + ", lid " + element.getNumber();
                    }
                }
                p.setAnchor(anchor.isEmpty() ? null : anchor);
                source.getPassages().add(p);
            }
            linker.addCitations(source);
        } catch (ExtractionException e) {
            if (e.isNotADocument()) {
                return new Prepared(file, hash, null, null, e.getMessage());
            }
            failure = e.getMessage();
            source = failedSource(file, failure);
        } catch (RuntimeException | LinkageError e) {
            // a parser bug must not stop the import: record it against the file
            failure = "could not read the file (" + e.getClass().getSimpleName() + ": " + ModelStore.rootMessage(e) + ")";
            source = failedSource(file, failure);
        }
        source.setOriginalPath(file.toString());
        source.setContentHash(hash);
        source.setImportedAt(Date.from(Instant.now()));
        try {
            source.setByteSize(Files.size(file));
        } catch (NoSuchFileException e) {
            return new Prepared(file, hash, null, "the file disappeared during the import");
        } catch (IOException e) {
            source.setByteSize(-1);
        }
        return new Prepared(file, hash, source, failure);
    }

    private static Source failedSource(Path file, String message) {
        Source s = LexgraphFactory.eINSTANCE.createGenericDocument();
        String name = file.getFileName().toString();
        s.setTitle(name);
        s.setStatus(SourceStatus.FAILED);
        s.setStatusMessage(message);
        return s;
    }

    /** What the caller knows of a file before it is read: its kind and title (either may be null). */
    public record Hint(SourceKind kind, String title) {
    }

    /** Options of one import: hints for files whose kind or title the caller knows better than recognition. */
    public record Options(Map<Path, Hint> hints) {
        public static final Options DEFAULT = new Options(Map.of());

        public Options {
            hints = Map.copyOf(hints);
        }

        Hint hintFor(Path file) {
            return hints.get(file.toAbsolutePath().normalize());
        }
    }
}
