package org.lexgraph.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.lexgraph.core.baskets.Baskets;
import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.citations.Resolution;
import org.lexgraph.core.internal.Actors;
import org.lexgraph.core.internal.ContentHash;
import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.core.imports.ImportBatches.Batch;
import org.lexgraph.core.imports.ImportBatches.Known;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * One import: files are hashed, read ahead on several threads, matched to the sources they gave before and put into
 * the model and the index in batches (see {@link ImportService#importPaths}).
 */
final class ImportRun {

    /**
     * An import saves its work when this many files are read, or {@link #BATCH_MILLIS} after the last save, whichever
     * comes first: a crash loses at most the files since the last save (the next import reads them again), and a big
     * import does not pay a commit every few files.
     */
    private static final int BATCH = 500;
    private static final long BATCH_MILLIS = 3000;
    /** Files read ahead of the one being waited for, per reading thread, so reading goes on while a batch is saved. */
    private static final int READ_AHEAD = 128;

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;
    /** The citations' resolution, kept up to date batch by batch (made at the first batch). */
    private Resolution resolution;
    /** How the user corrected the documents of PDF bundles, by the bundle's content hash. */
    private Map<String, org.lexgraph.core.bundles.BundleCorrections.Correction> corrections = Map.of();

    ImportRun(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
        this.linking = new BatchLinking(session, ctx, trace);
    }

    /**
     * Imports files and folders. Each file is hashed, extracted and segmented; unchanged files are skipped, changed
     * ones replace their earlier source, unreadable ones are recorded as failed sources. Work is saved in batches, so
     * a cancel or a crash keeps every batch saved before it.
     */
    ImportReport run(List<Path> paths, Importer.Options options, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        try {
            // marked while it writes: an import that stops before its end leaves source files the root does not list,
            // which the next opening deletes (it looks for them only when it finds the mark)
            ctx.requireWritable();
            ctx.store().markImporting();
            ImportReport report = runImport(paths, options, monitor);
            ctx.store().doneImporting();
            trace.report();
            return report;
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot write in " + ctx.folder() + ": " + ModelStore.rootMessage(e), e);
        } finally {
            saver.shutdown();
        }
    }

    private ImportReport runImport(List<Path> paths, Importer.Options options, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        ctx.requireWritable();
        linkThemes = options.linkThemes();
        try {
            corrections = org.lexgraph.core.bundles.BundleCorrections.read(ctx.folder());
        } catch (java.io.IOException e) {
            throw new KnowledgeBaseException(e.getMessage() + "; nothing was imported", e);
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        long t = ImportTrace.now();
        List<Path> files = ctx.importer().expand(paths, outcomes);
        Importer.Limits limits = options.limits();
        SubMonitor sub = SubMonitor.convert(monitor, files.size());
        // what is there already, from the catalogue of sources: an import loads only the sources it replaces or marks
        Map<String, List<Known>> byPath = new HashMap<>();
        Map<String, Known> byHash = new HashMap<>();
        for (SourceCatalogue.Entry e : ctx.catalogue().entries()) {
            if (!e.damaged()) {
                Known k = new Known(e, null);
                byPath.computeIfAbsent(e.path(), x -> new ArrayList<>()).add(k);
                if (e.ok()) {
                    byHash.putIfAbsent(e.contentHash(), k);
                    if (e.textHash() != null) {
                        byHash.putIfAbsent(e.textHash(), k);
                    }
                }
            }
        }
        t = trace.add("files and catalogue", t);
        Batch batch = new Batch();
        boolean cancelled = false;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread reader = new Thread(r, "lexgraph-import");
            reader.setDaemon(true); // a parser stuck past its time limit must not keep the application alive
            return reader;
        });
        // `threads` files are read at once; a file given up over its time limit hands its permit on
        java.util.concurrent.Semaphore readers = new java.util.concurrent.Semaphore(limits.threads());
        java.util.ArrayDeque<Pending> inFlight = new java.util.ArrayDeque<>();
        java.util.Iterator<Path> next = files.iterator();
        int done = 0;
        long lastSave = System.nanoTime();
        try {
            while (true) {
                // keep files being read ahead while the oldest one is waited for or a batch is saved
                while (!cancelled && inFlight.size() < limits.threads() * READ_AHEAD && next.hasNext()) {
                    if (sub.isCanceled()) {
                        cancelled = true;
                        break;
                    }
                    Path file = next.next();
                    Pending p = start(file, byPath, byHash, options, pool, readers, outcomes);
                    if (p == null) {
                        done++;
                        sub.worked(1);
                    } else {
                        inFlight.add(p);
                    }
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Pending head = inFlight.poll();
                sub.subTask((done + 1) + "/" + files.size() + "  " + head.file().getFileName());
                t = ImportTrace.now();
                List<Importer.Prepared> results = await(head, limits, sub, readers);
                trace.add("waiting for reading", t);
                if (results == null) {
                    cancelled = true;
                    inFlight.forEach(p -> p.future().cancel(true));
                    inFlight.clear();
                    break;
                }
                consume(head.file(), results, byPath, byHash, batch, outcomes, options.resplits(head.file()));
                done++;
                sub.worked(1);
                if (batch.size() >= BATCH || (batch.size() > 0
                        && System.nanoTime() - lastSave > BATCH_MILLIS * 1_000_000L)) {
                    t = ImportTrace.now();
                    apply(batch, outcomes, false);
                    trace.add("batch", t);
                    lastSave = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (!cancelled) {
            markRemovedFiles(paths, byPath, batch);
        }
        t = ImportTrace.now();
        apply(batch, outcomes, true);
        t = trace.add("batch", t);
        reanchor(outcomes);
        trace.add("quotes re-anchored", t);
        // an import is not undoable, and commands on sources it replaced would act on detached objects
        ctx.commandStack().flush();
        if (linking.failure() != null) {
            throw new KnowledgeBaseException("the files were imported and saved, but not linked to the asks: "
                    + linking.failure().getMessage() + " (run 'lexgraph link' to link them)", linking.failure());
        }
        return new ImportReport(outcomes, cancelled);
    }

    /** The quotes of sources imported again follow their words. */
    private void reanchor(List<FileOutcome> outcomes) throws KnowledgeBaseException {
        java.util.Set<String> fresh = new java.util.HashSet<>();
        for (FileOutcome o : outcomes) {
            if ((o.status() == FileOutcome.Status.IMPORTED || o.status() == FileOutcome.Status.UPDATED)
                    && o.sourceId() != null) {
                fresh.add(o.sourceId());
            }
        }
        if (!fresh.isEmpty()) {
            if (ctx.peek(kb -> kb.getBaskets().stream().anyMatch(b -> b.getQuotes().stream()
                    .anyMatch(q -> fresh.contains(q.getSourceId()))))) {
                session.applyChange(kb -> Baskets.reanchor(kb, fresh));
            }
        }
    }


    /**
     * A file being read in the background: {@code started} is 0 until a reader takes it up (then the time limit runs),
     * {@code holdsPermit} whether its reader still counts against the number of readers.
     */
    private record Pending(Path file, String hash, java.util.concurrent.Future<List<Importer.Prepared>> future,
            java.util.concurrent.atomic.AtomicLong started, java.util.concurrent.atomic.AtomicBoolean holdsPermit) {
    }

    /**
     * Hashes a file and decides whether it needs reading: returns null when it is unchanged, a duplicate or
     * unreadable (its outcome recorded), else the background task that reads it.
     */
    private Pending start(Path file, Map<String, List<Known>> byPath, Map<String, Known> byHash,
            Importer.Options options, java.util.concurrent.ExecutorService pool,
            java.util.concurrent.Semaphore readers, List<FileOutcome> outcomes) {
        String hash;
        try {
            hash = ContentHash.of(file);
        } catch (NoSuchFileException e) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.MISSING, "the file disappeared during the import",
                    null, 0));
            return null;
        } catch (IOException e) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.FAILED,
                    "cannot read the file: " + ModelStore.rootMessage(e), null, 0));
            return null;
        }
        List<Known> existing = byPath.getOrDefault(file.toString(), List.of());
        boolean unchanged = !options.resplits(file) && !existing.isEmpty() && existing.stream().allMatch(x -> x.ok()
                && !x.removed() && hash.equals(x.fileHash()));
        if (unchanged) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.UNCHANGED, "", existing.get(0).id(),
                    existing.stream().mapToInt(Known::passages).sum()));
            return null;
        }
        Known sameContent = byHash.get(hash);
        if (sameContent != null && !existing.contains(sameContent)) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.DUPLICATE,
                    "same content as " + describe(sameContent), sameContent.id(), 0));
            return null;
        }
        Importer.Hint given = options.hintFor(file);
        org.lexgraph.core.bundles.BundleCorrections.Correction corrected = corrections.get(hash);
        Importer.Hint hint = corrected == null ? given
                : (given == null ? new Importer.Hint(null, null) : given).withBundleStarts(corrected.starts());
        Importer.Limits limits = options.limits();
        java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean holdsPermit = new java.util.concurrent.atomic.AtomicBoolean();
        return new Pending(file, hash, pool.submit(() -> {
            readers.acquire();
            holdsPermit.set(true);
            started.set(System.nanoTime());
            try {
                return ctx.importer().prepareAll(file, hash, hint, limits);
            } finally {
                if (holdsPermit.getAndSet(false)) {
                    readers.release();
                }
            }
        }), started, holdsPermit);
    }

    private static String describe(Known s) {
        return s.member() == null ? s.path() : s.path() + "!/" + s.member();
    }

    /**
     * Waits for a file's result, watching for cancellation and the time limit; returns null when cancelled. A file
     * over its time limit becomes a failed source; its reading thread is interrupted and left to end.
     */
    private List<Importer.Prepared> await(Pending p, Importer.Limits limits, SubMonitor sub,
            java.util.concurrent.Semaphore readers) {
        while (true) {
            if (sub.isCanceled()) {
                p.future().cancel(true);
                return null;
            }
            long started = p.started().get();
            long left = started == 0 ? Long.MAX_VALUE
                    : started + limits.timeoutSeconds() * 1_000_000_000L - System.nanoTime();
            if (left <= 0 && !p.future().isDone()) {
                p.future().cancel(true);
                if (p.holdsPermit().getAndSet(false)) {
                    readers.release(); // the stuck reader no longer counts; another file may be read
                }
                return List.of(ctx.importer().failed(p.file(), p.hash(), "reading took longer than the limit of "
                        + limits.timeoutSeconds() + " s; given up"));
            }
            try {
                return p.future().get(Math.max(1, Math.min(left, 200_000_000L)),
                        java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // look at cancel and the deadline again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.future().cancel(true);
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                return List.of(ctx.importer().failed(p.file(), p.hash(), "could not read the file ("
                        + ModelStore.rootMessage(e.getCause()) + ")"));
            }
        }
    }

    /** Takes a file's prepared sources into the batch, matching them to the sources the file gave before. */
    private void consume(Path file, List<Importer.Prepared> results, Map<String, List<Known>> byPath,
            Map<String, Known> byHash, Batch batch, List<FileOutcome> outcomes, boolean resplit) {
        List<Known> old = new ArrayList<>(byPath.getOrDefault(file.toString(), List.of()));
        List<Known> now = new ArrayList<>();
        for (Importer.Prepared p : results) {
            if (p.skipped() != null) {
                outcomes.add(new FileOutcome(file, p.member(), FileOutcome.Status.SKIPPED, p.skipped(), null, 0));
                continue;
            }
            if (p.source() == null) {
                outcomes.add(new FileOutcome(file, p.member(), FileOutcome.Status.MISSING, p.failure(), null, 0));
                continue;
            }
            if (p.failure() == null) {
                Known same = p.member() != null ? byHash.get(p.hash()) : null;
                String why = "same content as ";
                if (same == null || old.contains(same)) {
                    same = byHash.get(p.source().getTextHash());
                    why = "same text as ";
                }
                if (same != null && !old.contains(same) && same.live() != p.source()) {
                    outcomes.add(new FileOutcome(file, p.member(), FileOutcome.Status.DUPLICATE,
                            why + describe(same) + (why.startsWith("same text") ? " (another format or copy)" : ""),
                            same.id(), 0));
                    continue;
                }
            }
            Known match = null;
            for (Known o : old) {
                if (java.util.Objects.equals(o.member(), p.member())) {
                    match = o;
                    break;
                }
            }
            for (int i = 0; match == null && resplit && i < old.size(); i++) {
                // a bundle taken apart anew: the document that begins on the same page is the same source
                int from = org.lexgraph.core.bundles.BundleService.firstPage(p.member());
                if (from > 0 && from == org.lexgraph.core.bundles.BundleService.firstPage(old.get(i).member())) {
                    match = old.get(i);
                }
            }
            old.remove(match);
            batch.prepared.add(p);
            batch.replaced.add(match);
            Known brought = new Known(null, p.source());
            now.add(brought);
            if (p.failure() == null) {
                byHash.put(p.hash(), brought);
                if (p.source().getTextHash() != null) {
                    byHash.put(p.source().getTextHash(), brought);
                }
            }
        }
        // members no longer in the archive: kept, marked as removed; documents of a bundle taken apart anew: dropped
        for (Known gone : old) {
            if (resplit && gone.member() != null) {
                batch.dropped.add(gone);
                continue;
            }
            if (!gone.removed()) {
                batch.removed.add(gone);
            }
            now.add(gone);
        }
        byPath.put(file.toString(), now);
    }

    /** Sources imported from the given folders whose files are gone: kept with their text, marked as removed. */
    private void markRemovedFiles(List<Path> given, Map<String, List<Known>> byPath, Batch batch) {
        List<Path> folders = given.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .toList();
        if (folders.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Known>> e : byPath.entrySet()) {
            if (e.getKey() == null) {
                continue;
            }
            Path p = Path.of(e.getKey());
            if (folders.stream().anyMatch(p::startsWith) && !Files.exists(p)) {
                for (Known s : e.getValue()) {
                    if (!s.removed()) {
                        batch.removed.add(s);
                    }
                }
            }
        }
    }

    /**
     * Puts a batch into the model and the index, links its sources' passages to the asks (when the import links
     * themes), and saves it: source files first, then the root that lists them, then the index.
     */
    private void apply(Batch batch, List<FileOutcome> outcomes, boolean durable) throws KnowledgeBaseException {
        if (batch.size() == 0) {
            if (durable) {
                ctx.commitPending();
            }
            return;
        }
        ctx.lock().writeLock().lock();
        long t0 = ImportTrace.now();
        try {
            List<Path> obsolete = new ArrayList<>();
            java.util.Set<Path> kept = new java.util.HashSet<>();
            java.util.Set<Source> toSave = new java.util.LinkedHashSet<>();
            if (resolution == null) {
                // made once for the run from the catalogue; each batch then resolves its part, loading what it reads
                resolution = Resolution.of(ctx.catalogue().entries().stream().filter(e -> !e.damaged())
                        .map(e -> new Resolution.Known(e.id(), e.keys(), e.cites())).toList(),
                        id -> ctx.sourceById(id).orElse(null));
            }
            // the sources the batch replaces or marks, loaded now (those of the catalogue were not)
            List<Source> replaced = new ArrayList<>();
            for (Known k : batch.replaced) {
                replaced.add(k == null ? null : live(k));
            }
            List<Source> removed = new ArrayList<>();
            for (Known k : batch.removed) {
                Source s = live(k);
                if (s != null && s.eContainer() == ctx.root() && !s.isFileRemoved()) {
                    removed.add(s);
                }
            }
            List<Source> detached = new ArrayList<>();
            List<Source> attached = new ArrayList<>();
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = replaced.get(i);
                Source s = batch.prepared.get(i).source();
                if (old != null && old.eContainer() == ctx.root()) {
                    obsolete.add(ctx.store().detachSource(ctx.root(), old));
                    detached.add(old);
                    NewVersions.carryOver(old, s);
                }
                ctx.store().attachSource(ctx.root(), s);
                attached.add(s);
                kept.add(ctx.store().sourceFile(s.getId()));
                Actors.adopt(ctx.root(), s);
                toSave.add(s);
            }
            for (Source gone : removed) {
                gone.setFileRemoved(true);
                toSave.add(gone);
            }
            List<String> droppedIds = new ArrayList<>();
            for (Known k : batch.dropped) {
                Source s = live(k);
                if (s != null && s.eContainer() == ctx.root()) {
                    obsolete.add(ctx.store().detachSource(ctx.root(), s));
                    detached.add(s);
                    droppedIds.add(s.getId());
                }
            }
            // new sources may resolve citations of earlier ones, and replaced ones must no longer be targets: the
            // batch's own citations and those whose key it brings or takes away are resolved again
            toSave.addAll(resolution.update(detached, attached));
            long t = trace.add("batch: model and citations", t0);
            // without theme links to add, the source files are written (mostly waiting for the disk) while the index
            // analyses the same sources (mostly computing); with them, after the links, so each is written once
            java.util.concurrent.CompletableFuture<Void> saved = linkThemes ? null
                    : java.util.concurrent.CompletableFuture.runAsync(() -> {
                        try {
                            ctx.store().saveSources(toSave);
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }, saver);
            // what the index must show afterwards, per source id (a replaced source's id may be its successor's)
            Map<String, Source> reindex = new java.util.LinkedHashMap<>();
            for (Source s : toSave) {
                if (s.getStatus() == SourceStatus.OK && !batchContains(batch.prepared, s)) {
                    reindex.put(s.getId(), s); // its citations now resolve differently
                }
            }
            droppedIds.forEach(id -> reindex.putIfAbsent(id, null));
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = replaced.get(i);
                if (old != null) {
                    reindex.putIfAbsent(old.getId(), null);
                }
                Importer.Prepared p = batch.prepared.get(i);
                reindex.put(p.source().getId(), p.failure() == null ? p.source() : null);
            }
            try {
                ctx.indexInParallel(reindex);
                t = trace.add("batch: index", t);
            } finally {
                if (saved != null) {
                    awaitSaved(saved);
                }
            }
            if (linkThemes) {
                t = linking.link(batch.prepared, t);
                ctx.store().saveSources(toSave);
            }
            t = trace.add("batch: sources saved", t);
            ctx.store().saveRoot(ctx.root());
            t = trace.add("batch: root saved", t);
            for (Path p : obsolete) {
                if (!kept.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = replaced.get(i);
                Importer.Prepared p = batch.prepared.get(i);
                Source s = p.source();
                if (p.failure() == null) {
                    outcomes.add(new FileOutcome(p.file(), p.member(), old == null ? FileOutcome.Status.IMPORTED
                            : FileOutcome.Status.UPDATED, "", s.getId(), s.getPassages().size()));
                } else {
                    outcomes.add(new FileOutcome(p.file(), p.member(), FileOutcome.Status.FAILED, p.failure(),
                            s.getId(), 0));
                }
            }
            for (Source gone : removed) {
                outcomes.add(new FileOutcome(Path.of(gone.getOriginalPath()), gone.getArchivePath(),
                        FileOutcome.Status.REMOVED, "no longer there; its text is kept and marked as removed",
                        gone.getId(), gone.getPassages().size()));
            }
            ctx.publishIndex(durable);
            trace.add("batch: index published", t);
        } catch (IOException | RuntimeException e) {
            // the index may hold documents of sources the model did not save: back to its last commit, rebuilt later
            ctx.discardIndexChanges();
            throw new KnowledgeBaseException("could not save knowledge base " + ctx.folder() + ": "
                    + ModelStore.rootMessage(e) + "; what was saved before is intact", e);
        } finally {
            batch.clear();
            ctx.lock().writeLock().unlock();
        }
        ctx.fireChanged();
    }

    /** The object of a known source: brought by this run, or loaded now; null when its file cannot be read. */
    private Source live(Known k) {
        return k.live() != null ? k.live() : ctx.sourceById(k.id()).orElse(null);
    }

    private final ImportTrace trace = new ImportTrace();
    /** Whether this import links its sources' passages to the asks (Importer.Options.linkThemes). */
    private boolean linkThemes;
    private final BatchLinking linking;

    /** Writes source files for imports, beside the threads that read and index. */
    private final java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "lexgraph-save");
                t.setDaemon(true);
                return t;
            });

    private static void awaitSaved(java.util.concurrent.CompletableFuture<Void> saved) throws IOException {
        try {
            saved.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(c);
        }
    }

    /** Whether the batch brings this very source. */
    private static boolean batchContains(List<Importer.Prepared> batch, Source s) {
        for (Importer.Prepared p : batch) {
            if (p.source() == s) {
                return true;
            }
        }
        return false;
    }
}
