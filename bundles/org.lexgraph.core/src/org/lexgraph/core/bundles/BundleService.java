package org.lexgraph.core.bundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.AbstractCommand;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;

/**
 * The documents of a PDF bundle (a Woo decision with its e-mails and memos) as the user corrects them: split a
 * document where another begins, or merge one with the next. The correction is kept by the bundle's content (every
 * later import takes the PDF apart so); the bundle is read again at once, documents that begin on the same page staying
 * the same sources. Undo (Edit › Undo, or {@link KnowledgeBaseSession#undo()}) takes the bundle apart as it was.
 */
public final class BundleService {

    /** A document of a bundle: its source, its name among the bundle's, and its pages. */
    public record BundlePart(String sourceId, String title, String member, int from, int to) {
    }

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;
    /** A correction an undo or redo asks for, carried out once the edit is done (it reads the bundle again). */
    private Runnable pending;

    public BundleService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** The documents of the bundle a source is part of, in page order; empty when it is not part of a bundle. */
    public List<BundlePart> partsOf(String sourceId) {
        SourceCatalogue catalogue = ctx.catalogue();
        SourceCatalogue.Entry entry = catalogue.get(sourceId).orElse(null);
        if (entry == null || entry.member() == null || firstPage(entry.member()) == 0) {
            return List.of();
        }
        List<BundlePart> out = new ArrayList<>();
        for (SourceCatalogue.Entry e : catalogue.entries()) {
            if (e.path() != null && e.path().equals(entry.path()) && e.member() != null && !e.removed()
                    && firstPage(e.member()) > 0) {
                out.add(new BundlePart(e.id(), e.title(), e.member(), firstPage(e.member()), lastPage(e.member())));
            }
        }
        out.sort(Comparator.comparingInt(BundlePart::from));
        return out;
    }

    /** Splits the document of a source so that a new one begins at {@code page}; returns the import's report. */
    public ImportReport split(String sourceId, int page, IProgressMonitor monitor) throws KnowledgeBaseException {
        List<BundlePart> parts = requireParts(sourceId);
        BundlePart part = parts.stream().filter(p -> p.sourceId().equals(sourceId)).findFirst().orElseThrow();
        if (page <= part.from() || page > part.to()) {
            throw new KnowledgeBaseException(part.from() == part.to()
                    ? "document " + part.member() + " has one page: there is nothing to split"
                    : "document " + part.member() + " has pages " + part.from() + "–" + part.to() + ": a new document"
                            + " can begin on " + (part.from() + 1 == part.to() ? "page " + part.to()
                                    : "pages " + (part.from() + 1) + " to " + part.to()) + ", not " + page);
        }
        TreeSet<Integer> starts = starts(parts);
        starts.add(page);
        return correct(sourceId, parts, List.copyOf(starts), "split document at page " + page, monitor);
    }

    /** Merges the document of a source with the one after it; returns the import's report. */
    public ImportReport mergeWithNext(String sourceId, IProgressMonitor monitor) throws KnowledgeBaseException {
        List<BundlePart> parts = requireParts(sourceId);
        int at = 0;
        while (!parts.get(at).sourceId().equals(sourceId)) {
            at++;
        }
        if (at + 1 >= parts.size()) {
            throw new KnowledgeBaseException("document " + parts.get(at).member() + " is the bundle's last: there is no"
                    + " next document to merge it with");
        }
        TreeSet<Integer> starts = starts(parts);
        starts.remove(parts.get(at + 1).from());
        return correct(sourceId, parts, List.copyOf(starts), "merge documents", monitor);
    }

    private List<BundlePart> requireParts(String sourceId) throws KnowledgeBaseException {
        List<BundlePart> parts = partsOf(sourceId);
        if (parts.isEmpty()) {
            throw new KnowledgeBaseException("source " + sourceId + " is not a document of a PDF bundle (a PDF of many"
                    + " documents, named like '3: e-mail 12 maart 2021, p. 7–9')");
        }
        return parts;
    }

    private static TreeSet<Integer> starts(List<BundlePart> parts) {
        TreeSet<Integer> out = new TreeSet<>();
        parts.forEach(p -> out.add(p.from()));
        return out;
    }

    private ImportReport correct(String sourceId, List<BundlePart> parts, List<Integer> starts, String label,
            IProgressMonitor monitor) throws KnowledgeBaseException {
        ctx.requireWritable();
        SourceCatalogue.Entry entry = ctx.catalogue().get(sourceId).orElseThrow();
        String hash = entry.containerHash();
        Path file = Path.of(entry.path());
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeBaseException("the bundle " + file + " is no longer there: it must be read again to take"
                    + " it apart otherwise");
        }
        List<Integer> before = List.copyOf(starts(parts));
        ImportReport report = apply(file, hash, starts, monitor);
        // the import cleared the undo history; the correction is the edit to undo now
        session.execute(new Correcting(label, file, hash, before, starts));
        return report;
    }

    /** Records the correction and reads the bundle again, taking it apart so. */
    private ImportReport apply(Path file, String hash, List<Integer> starts, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        try {
            Map<String, BundleCorrections.Correction> all = BundleCorrections.read(ctx.folder());
            all.put(hash, new BundleCorrections.Correction(file.toString(), starts));
            BundleCorrections.write(ctx.folder(), all);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot record the correction in " + ctx.folder() + ": "
                    + ModelStore.rootMessage(e), e);
        }
        return session.imports().importPaths(List.of(file), Importer.Options.DEFAULT.resplitting(Set.of(file)),
                monitor);
    }

    /** After an undo or redo: carries out the correction it asked for (reading the bundle again). */
    public void afterUndoOrRedo() throws KnowledgeBaseException {
        Runnable r = pending;
        pending = null;
        if (r != null) {
            try {
                r.run();
            } catch (IllegalStateException e) {
                throw e.getCause() instanceof KnowledgeBaseException k ? k : new KnowledgeBaseException(e.getMessage());
            }
        }
    }

    /** The first page in a document's name ("3: e-mail 12 maart 2021, p. 7–9" is 7); 0 when it names none. */
    public static int firstPage(String member) {
        java.util.regex.Matcher m = PAGES.matcher(member == null ? "" : member);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static int lastPage(String member) {
        java.util.regex.Matcher m = PAGES.matcher(member == null ? "" : member);
        return !m.find() ? 0 : m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(1));
    }

    private static final java.util.regex.Pattern PAGES = java.util.regex.Pattern.compile(
            ", p\\. (\\d+)(?:[–-](\\d+))?$");

    /** The correction as an edit on the undo stack: undoing it takes the bundle apart as before. */
    private final class Correcting extends AbstractCommand {
        private final Path file;
        private final String hash;
        private final List<Integer> before;
        private final List<Integer> after;

        Correcting(String label, Path file, String hash, List<Integer> before, List<Integer> after) {
            super(label);
            this.file = file;
            this.hash = hash;
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            // done already: the bundle was read again before the edit was recorded
        }

        @Override
        public void undo() {
            pending = () -> rerun(before);
        }

        @Override
        public void redo() {
            pending = () -> rerun(after);
        }

        private void rerun(List<Integer> starts) {
            try {
                apply(file, hash, starts, new NullProgressMonitor());
            } catch (KnowledgeBaseException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
