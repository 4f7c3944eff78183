package org.lexgraph.core;

import org.lexgraph.core.citations.CitationLinker;

import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.ContentHash;

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
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.container.ContainerLimits;
import org.lexgraph.extract.container.Expanded;
import org.lexgraph.extract.container.Member;
import org.lexgraph.extract.segment.PassageSegmenter;
import org.lexgraph.extract.segment.Segment;
import org.lexgraph.extract.woo.BundleSplitter;
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

    /** Made when first needed: a command that only reads never starts Tika and the other extractors. */
    private final java.util.function.Supplier<ExtractorRegistry> extractors;
    private final SourceRecogniser recogniser;
    private final PassageSegmenter segmenter;
    /** Takes PDFs that are many documents (Woo bundles) apart. */
    private final BundleSplitter bundles = new BundleSplitter();
    private final CitationLinker linker;

    public Importer(ExtractorRegistry extractors, SourceRecogniser recogniser, PassageSegmenter segmenter,
            CitationLinker linker) {
        this(() -> extractors, recogniser, segmenter, linker);
    }

    private Importer(java.util.function.Supplier<ExtractorRegistry> extractors, SourceRecogniser recogniser,
            PassageSegmenter segmenter, CitationLinker linker) {
        this.extractors = extractors;
        this.recogniser = recogniser;
        this.segmenter = segmenter;
        this.linker = linker;
    }

    /** The importer with Lexgraph's built-in extractors. */
    public static Importer builtIn() {
        ExtractorRegistry[] made = new ExtractorRegistry[1];
        return new Importer(() -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = Recognisers.extractors();
                }
                return made[0];
            }
        }, new SourceRecogniser(), new PassageSegmenter(), new CitationLinker(LawNameTables.scanner()));
    }

    /** The system property naming the languages scans are read in ({@code nld+eng+fra}; unset: Dutch and English). */
    public static final String OCR_LANGUAGES_PROPERTY = org.lexgraph.extract.formats.Ocr.LANGUAGES_PROPERTY;

    /** The same importer finding citations with another scanner (a knowledge base with law names of its own). */
    public Importer withScanner(org.lexgraph.cite.CitationScanner scanner) {
        return new Importer(extractors, recogniser, segmenter, new CitationLinker(scanner));
    }

    /** The citation linker this importer's knowledge base resolves with. */
    public CitationLinker linker() {
        return linker;
    }

    /**
     * The files to import for the paths a user gave: files as they are, folders walked recursively (hidden files and
     * folders skipped, files in name order). Paths that do not exist or folders without files become outcomes.
     */
    public List<Path> expand(List<Path> paths, List<FileOutcome> problems) {
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
            } else if (!Files.isRegularFile(p)) {
                // reading a named pipe or a device would block the import or never end
                problems.add(new FileOutcome(p, FileOutcome.Status.MISSING,
                        "not a regular file (a pipe, socket or device): not read", null, 0));
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

    /**
     * The result of preparing one file or one member of a container: a source ready to attach (ok or failed), or
     * nothing when the file vanished or is not a document of its own ({@code skipped} says why).
     *
     * @param file the file the user imported (for a member: the container)
     * @param member the member's path inside the container, or null
     */
    public record Prepared(Path file, String member, String hash, Source source, String failure, String skipped) {
        Prepared(Path file, String hash, Source source, String failure) {
            this(file, null, hash, source, failure, null);
        }
    }

    /**
     * Reads one file into detached sources: one for a document, one per member for a ZIP archive (recursively, to
     * {@link ContainerLimits#maxDepth()}), the message and one per attachment for an e-mail. Never throws for bad
     * input: failures become failed sources, one per failed file or member.
     */
    public List<Prepared> prepareAll(Path file, String hash, Hint hint, Limits limits) {
        return prepareAll(file, file, null, hash, hash, hint, limits, 1);
    }

    private List<Prepared> prepareAll(Path userFile, Path file, String member, String containerHash, String hash,
            Hint hint, Limits limits, int depth) {
        String type;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ExtractionException("file too large: " + mb(size) + " MB, more than the limit of "
                        + mb(limits.maxFileBytes()) + " MB");
            }
            type = Files.isReadable(file) ? extractors.get().detect(file) : null;
        } catch (NoSuchFileException e) {
            return List.of(new Prepared(userFile, member, hash, null, "the file disappeared during the import", null));
        } catch (IOException e) {
            return List.of(finish(userFile, file, member, containerHash, hash, null, "cannot read the file: "
                    + ModelStore.rootMessage(e), null, limits));
        } catch (ExtractionException e) {
            return List.of(finish(userFile, file, member, containerHash, hash, null, e.getMessage(), null, limits));
        }
        if (type == null || !MediaTypes.isContainer(type)) {
            return prepareDocument(userFile, file, member, containerHash, hash, type, hint, limits);
        }
        if (depth > extractors.get().containers().limits().maxDepth()) {
            return List.of(finish(userFile, file, member, containerHash, hash, null, "archive nested more than "
                    + extractors.get().containers().limits().maxDepth() + " deep (refused)", null, limits));
        }
        List<Prepared> out = new ArrayList<>();
        try (Expanded parts = extractors.get().containers().expand(file, type)) {
            if (parts.body() != null) {
                ExtractedDocument body = extractors.get().refine(file, parts.body());
                out.add(finish(userFile, file, member, containerHash, hash, body, null, hint, limits));
            }
            for (Member m : parts.members()) {
                String name = member == null ? m.name() : member + "!/" + m.name();
                String memberHash;
                try {
                    memberHash = ContentHash.of(m.file());
                } catch (IOException e) {
                    out.add(finish(userFile, m.file(), name, containerHash, null, null, "cannot read the member: "
                            + ModelStore.rootMessage(e), null, limits));
                    continue;
                }
                out.addAll(prepareAll(userFile, m.file(), name, containerHash, memberHash, null, limits, depth + 1));
            }
            for (String problem : parts.problems()) {
                int colon = problem.indexOf(": ");
                String name = colon > 0 ? problem.substring(0, colon) : problem;
                out.add(finish(userFile, file, member == null ? name : member + "!/" + name, containerHash, null, null,
                        colon > 0 ? problem.substring(colon + 2) : problem, null, limits));
            }
        } catch (ExtractionException e) {
            out.clear();
            out.add(finish(userFile, file, member, containerHash, hash, null, e.getMessage(), null, limits));
        }
        return out;
    }

    /**
     * A file that is one document, or a PDF that is many (a Woo bundle: one source per document its pages show, each
     * a member of the file named by its number, kind, date and pages, "3: e-mail 12 maart 2021, p. 7–9").
     */
    private List<Prepared> prepareDocument(Path userFile, Path file, String member, String containerHash, String hash,
            String type, Hint hint, Limits limits) {
        try {
            if (type == null) {
                throw new ExtractionException("cannot read the file: permission denied");
            }
            ExtractedDocument doc = extractors.get().extract(file, type);
            if (doc.textLength() > limits.maxTextChars()) {
                throw new ExtractionException("too much text: " + doc.textLength() + " characters, more than the limit "
                        + "of " + limits.maxTextChars());
            }
            List<BundleSplitter.Piece> pieces = member != null ? List.of()
                    : hint != null && hint.bundleStarts() != null ? bundles.split(doc, hint.bundleStarts())
                    : bundles.split(doc);
            if (pieces.isEmpty()) {
                return List.of(finish(userFile, file, member, containerHash, hash, doc, null, hint, limits));
            }
            List<Prepared> out = new ArrayList<>();
            for (BundleSplitter.Piece piece : pieces) {
                out.add(finish(userFile, file, piece.name(), hash, hash + "#p" + piece.from() + "-" + piece.to(),
                        piece.document(), null, null, limits));
            }
            return out;
        } catch (ExtractionException e) {
            if (e.isNotADocument()) {
                return List.of(new Prepared(userFile, member, hash, null, null, e.getMessage()));
            }
            return List.of(finish(userFile, file, member, containerHash, hash, null, e.getMessage(), null, limits));
        } catch (RuntimeException | LinkageError e) {
            // a parser bug must not stop the import: record it against the file
            return List.of(finish(userFile, file, member, containerHash, hash, null, "could not read the file ("
                    + e.getClass().getSimpleName() + ": " + ModelStore.rootMessage(e) + ")", null, limits));
        }
    }

    /** Makes the source of an extracted document, or a failed source when {@code failure} is given. */
    private Prepared finish(Path userFile, Path file, String member, String containerHash, String hash,
            ExtractedDocument doc, String failure, Hint hint, Limits limits) {
        Source source;
        if (failure != null) {
            source = failedSource(member != null ? Path.of(lastPart(member)) : file, failure);
        } else {
            try {
                source = build(file, doc, hint);
            } catch (RuntimeException e) {
                failure = "could not read the file (" + e.getClass().getSimpleName() + ": "
                        + ModelStore.rootMessage(e) + ")";
                source = failedSource(file, failure);
            }
        }
        source.setOriginalPath(userFile.toString());
        source.setArchivePath(member);
        source.setContainerHash(member == null ? null : containerHash);
        source.setContentHash(hash);
        source.setImportedAt(Date.from(Instant.now()));
        try {
            source.setByteSize(Files.size(file));
        } catch (NoSuchFileException e) {
            return new Prepared(userFile, member, hash, null, "the file disappeared during the import", null);
        } catch (IOException e) {
            source.setByteSize(-1);
        }
        return new Prepared(userFile, member, hash, source, failure, null);
    }

    /** A failed source for a file that could not be read at all (over its time limit, a crash of its reader). */
    public Prepared failed(Path file, String hash, String message) {
        Source source = failedSource(file, message);
        source.setOriginalPath(file.toString());
        source.setContentHash(hash);
        source.setImportedAt(Date.from(Instant.now()));
        try {
            source.setByteSize(Files.size(file));
        } catch (IOException e) {
            source.setByteSize(-1);
        }
        return new Prepared(file, null, hash, source, message, null);
    }

    private static String lastPart(String member) {
        String m = member.substring(member.lastIndexOf("!/") + 1);
        return m.substring(m.lastIndexOf('/') + 1);
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private Source build(Path file, ExtractedDocument doc, Hint hint) {
        SourceRecogniser.Recognised rec = recogniser.recogniseWithStructure(file, doc, hint == null ? null : hint.kind());
        Source source = rec.source();
        if (hint != null && hint.title() != null) {
            source.setTitle(hint.title());
            // the title the caller gave replaces the recognised one, and its provenance
            source.getProvenance().removeIf(p -> p.startsWith("title = "));
            source.getProvenance().add("title = " + hint.title() + " (given with the file)");
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
            if (element != null) {
                // the element keeps its own text, so that an earlier version can be compared after its passages went
                element.setText(element.getText() == null ? seg.text() : element.getText() + "\n" + seg.text());
            }
        }
        source.setTextHash(ContentHash.ofWords(doc.blocks().stream().map(org.lexgraph.extract.TextBlock::text)
                .toList()));
        linker.addCitations(source);
        return source;
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
    /**
     * What the caller knows of a file better than its reading would tell.
     *
     * @param bundleStarts for a PDF that is many documents: the first page of each, as the user corrected them (null:
     *            as the segmenter finds them)
     */
    public record Hint(SourceKind kind, String title, List<Integer> bundleStarts) {
        public Hint(SourceKind kind, String title) {
            this(kind, title, null);
        }

        public Hint withBundleStarts(List<Integer> starts) {
            return new Hint(kind, title, starts == null ? null : List.copyOf(starts));
        }
    }

    /**
     * Per-file limits of an import, so that one hostile or huge file cannot stall or swamp it.
     *
     * @param maxFileBytes files larger than this are recorded as failed without being read
     * @param maxTextChars files that yield more text than this are recorded as failed
     * @param timeoutSeconds reading one file (with its members) may take this long
     * @param threads files read at the same time
     */
    public record Limits(long maxFileBytes, long maxTextChars, int timeoutSeconds, int threads) {
        public static final Limits DEFAULT = new Limits(500L << 20, 50_000_000L, 300,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

        public Limits {
            if (maxFileBytes <= 0 || maxTextChars <= 0 || timeoutSeconds <= 0 || threads <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Options of one import: hints for files whose kind or title the caller knows better, and the limits. */
    /**
     * @param linkThemes run the theme linker over the imported sources at the end (about 1 s per 1,000 PDFs; a bulk
     *            import can leave it to one {@code link} afterwards)
     */
    public record Options(Map<Path, Hint> hints, Limits limits, boolean linkThemes, java.util.Set<Path> resplit) {
        public static final Options DEFAULT = new Options(Map.of());

        public Options {
            hints = Map.copyOf(hints);
            resplit = resplit == null ? java.util.Set.of() : java.util.Set.copyOf(resplit);
        }

        public Options(Map<Path, Hint> hints) {
            this(hints, Limits.DEFAULT, true, null);
        }

        public Options(Map<Path, Hint> hints, Limits limits, boolean linkThemes) {
            this(hints, limits, linkThemes, null);
        }

        public Options withLimits(Limits l) {
            return new Options(hints, l, linkThemes, resplit);
        }

        public Options withoutLinking() {
            return new Options(hints, limits, false, resplit);
        }

        /**
         * The same options, reading these PDFs again even when unchanged, to take them apart as their bundle
         * corrections now say: documents that begin on the same page stay the same sources (their notes, quotes and
         * collections with them), those no longer there are dropped.
         */
        public Options resplitting(java.util.Set<Path> files) {
            java.util.Set<Path> all = new java.util.HashSet<>(resplit);
            files.forEach(f -> all.add(f.toAbsolutePath().normalize()));
            return new Options(hints, limits, linkThemes, all);
        }

        public boolean resplits(Path file) {
            return resplit.contains(file.toAbsolutePath().normalize());
        }

        public Hint hintFor(Path file) {
            return hints.get(file.toAbsolutePath().normalize());
        }
    }
}
