package org.lexgraph.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.SessionContext;

/** Imports into an open knowledge base: files and folders, the folders watched for changes, the index rebuilt. */
public final class ImportService {

    /** The file listing the folders the workbench watches for this knowledge base, one absolute path per line. */
    public static final String WATCHED_FILE = "watched-folders.txt";

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public ImportService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /**
     * Imports files and folders. Each file is hashed, extracted and segmented; unchanged files are skipped, changed
     * ones replace their earlier source, unreadable ones are recorded as failed sources. Work is saved in batches, so
     * a cancel or a crash keeps every batch saved before it. The new and changed sources' passages are linked to the
     * asks their profiles find in them (unless the options say not to), and quotes of sources imported again follow
     * their words. An import is not undoable: it clears the undo history.
     */
    public ImportReport importPaths(List<Path> paths, Importer.Options options, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        try {
            ctx.ensureIndexWritable();
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot write the index of " + ctx.folder() + ": "
                    + ModelStore.rootMessage(e), e);
        }
        ImportReport report = new ImportRun(session, ctx).run(paths, options, monitor);
        try {
            session.library().stats(); // counted while everything is loaded, saved for read-only commands
        } catch (IOException e) {
            // the counts are worked out again by the next reader
        }
        return report;
    }

    /** Rebuilds the index from the model: after a damaged or outdated index, or when the user asks. */
    public void rebuildIndex(IProgressMonitor monitor) throws IOException {
        ctx.rebuildIndex(monitor);
    }

    /** The folders whose changes are imported as they happen (in the workbench). */
    public List<Path> watchedFolders() {
        Path f = ctx.folder().resolve(WATCHED_FILE);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            return Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Path::of).distinct().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Adds a folder to the watched ones (kept in the knowledge base folder). */
    public void watchFolder(Path dir) throws KnowledgeBaseException {
        ctx.requireWritable();
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            throw new KnowledgeBaseException("cannot watch " + d + ": not a folder");
        }
        List<Path> all = new ArrayList<>(watchedFolders());
        if (!all.contains(d)) {
            all.add(d);
            writeWatched(all);
        }
    }

    /** Removes a folder from the watched ones; what was imported from it stays. */
    public void unwatchFolder(Path dir) throws KnowledgeBaseException {
        ctx.requireWritable();
        List<Path> all = new ArrayList<>(watchedFolders());
        if (all.remove(dir.toAbsolutePath().normalize())) {
            writeWatched(all);
        }
    }

    private void writeWatched(List<Path> all) throws KnowledgeBaseException {
        StringBuilder sb = new StringBuilder("# folders the workbench imports again when their files change\n");
        all.forEach(p -> sb.append(p).append('\n'));
        try {
            new AtomicFiles().write(ctx.folder().resolve(WATCHED_FILE), sb.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot save the watched folders of " + ctx.folder() + ": "
                    + ModelStore.rootMessage(e), e);
        }
    }
}
