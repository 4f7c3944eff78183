package org.lexgraph.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.Thesaurus;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * What the services of one open knowledge base share: the model (the truth) with its store and lock, the index
 * derived from it, the importer's pipeline, the undo history and the change listeners. Made by {@link
 * org.lexgraph.core.KnowledgeBaseSession}; not for clients.
 */
public final class SessionContext {

    /** The index folder inside a knowledge base. */
    public static final String INDEX_DIR = "index";
    /** During an import the index is committed at most this often (and at its end); batches between are refreshed. */
    private static final long INDEX_COMMIT_MILLIS = 10_000;

    private final Path folder;
    private final ModelStore store;
    /** The root, or null until a lazy session first needs it. */
    private volatile KnowledgeBase root;
    /** Loads the root of a lazy session; null when the root was given. */
    private final RootLoader rootLoader;
    /** The root's generation as its file states it, for a lazy session that has not loaded the root. */
    private final long peekedGeneration;

    /** Loads the root when first needed. */
    public interface RootLoader {
        KnowledgeBase load() throws KnowledgeBaseException;
    }
    private volatile Importer importer;
    private final boolean writable;
    private final List<String> loadProblems;
    private volatile CitationScanner scanner;
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private volatile Thesaurus thesaurus;
    /** Whether every source is loaded; a read-only command's session loads them when first needed. */
    private volatile boolean loaded;
    private volatile PassageIndex index;
    /** The shared collection the knowledge base may publish into and search. */
    private final SharedIndex shared;
    private volatile boolean indexCurrent;
    /** When the index was last committed. */
    private long lastIndexCommit = System.nanoTime();
    /** Whether the index has changes that are shown to searches but not committed. */
    private boolean indexUncommitted;

    public SessionContext(Path folder, ModelStore store, KnowledgeBase root, Importer importer, boolean writable,
            List<String> loadProblems, Thesaurus thesaurus, CitationScanner scanner, boolean lazy) {
        this(folder, store, root, null, 0, importer, writable, loadProblems, thesaurus, scanner, lazy);
    }

    /** A lazy session whose root is loaded when first needed; {@code generation} is the one its file states. */
    public SessionContext(Path folder, ModelStore store, RootLoader rootLoader, long generation, Importer importer,
            boolean writable, List<String> loadProblems, Thesaurus thesaurus, CitationScanner scanner) {
        this(folder, store, null, rootLoader, generation, importer, writable, loadProblems, thesaurus, scanner, true);
    }

    private SessionContext(Path folder, ModelStore store, KnowledgeBase root, RootLoader rootLoader, long generation,
            Importer importer, boolean writable, List<String> loadProblems, Thesaurus thesaurus,
            CitationScanner scanner, boolean lazy) {
        this.rootLoader = rootLoader;
        this.peekedGeneration = generation;
        this.folder = folder;
        this.shared = new SharedIndex(folder);
        this.store = store;
        this.root = root;
        this.importer = scanner == org.lexgraph.core.LawNameTables.scanner() ? importer : importer.withScanner(scanner);
        this.writable = writable;
        this.loadProblems = new CopyOnWriteArrayList<>(loadProblems);
        this.loaded = !lazy;
        this.thesaurus = thesaurus;
        this.scanner = scanner;
    }

    public Path folder() {
        return folder;
    }

    public ModelStore store() {
        return store;
    }

    /** The model's root; only under {@link #lock()} (or through {@link #read}). A lazy session loads it now. */
    public KnowledgeBase root() {
        KnowledgeBase r = root;
        if (r == null) {
            synchronized (this) {
                if (root == null) {
                    try {
                        root = rootLoader.load();
                    } catch (KnowledgeBaseException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                r = root;
            }
        }
        return r;
    }

    /** Whether the root has been read (a lazy session reads it when first needed). */
    public boolean isRootLoaded() {
        return root != null;
    }

    /** The root's generation, without loading the root of a lazy session. */
    public long generation() {
        KnowledgeBase r = root;
        return r != null ? r.getGeneration() : peekedGeneration;
    }

    public Importer importer() {
        return importer;
    }

    public boolean isWritable() {
        return writable;
    }

    /** Problems met while loading: damaged source files (of those loaded so far, in a lazy session). */
    public List<String> loadProblems() {
        return java.util.Collections.unmodifiableList(loadProblems);
    }

    /** Records a damaged source file met outside a loading of every source (once). */
    public void addLoadProblem(String problem) {
        if (!loadProblems.contains(problem)) {
            loadProblems.add(problem);
        }
    }

    /** Whether every source is loaded. */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * Loads every source not loaded yet, recording damaged ones as load problems: before work that needs them all
     * (validation, a rebuilt index, a reader that goes through every source). Not to be called under the read lock.
     */
    public void ensureLoaded() {
        if (loaded) {
            return;
        }
        if (((java.util.concurrent.locks.ReentrantReadWriteLock) rw).getReadHoldCount() > 0) {
            throw new IllegalStateException("sources are loaded under the write lock; this thread holds the read lock");
        }
        rw.writeLock().lock(); // loading resolves the root's proxies: no reader may walk the list meanwhile
        try {
            synchronized (store) { // as every load of a source: the resource set is not thread-safe
                if (!loaded) {
                    List<String> problems = new ArrayList<>();
                    store.loadSources(root(), problems);
                    loadProblems.addAll(problems);
                    loaded = true;
                }
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    /**
     * The catalogue of the sources (what an import, the library list and the counts need without loading them): read
     * from its file when that is current, else made from the loaded sources (and saved, when the session may write).
     */
    public SourceCatalogue catalogue() {
        SourceCatalogue c = store.catalogue();
        if (c != null) {
            return c;
        }
        java.util.Optional<SourceCatalogue> read = SourceCatalogue.read(folder, generation());
        if (read.isPresent()) {
            store.useCatalogue(read.get());
            return read.get();
        }
        rw.writeLock().lock();
        try {
            c = store.catalogue();
            if (c == null) {
                // from the loaded sources, or (a lazy session) from each source read apart
                c = loaded ? SourceCatalogue.of(folder, root()) : SourceCatalogue.apart(folder, root(), store);
                if (writable) {
                    try {
                        c.save(root().getGeneration(), root().getSources().size(), new org.lexgraph.core.AtomicFiles());
                    } catch (IOException e) {
                        // made again by the next session
                    }
                }
                store.useCatalogue(c);
            }
            return c;
        } finally {
            rw.writeLock().unlock();
        }
    }

    /**
     * The source with this id, loading that source alone when the session has not loaded them all; empty when there is
     * none or its file is damaged.
     */
    public java.util.Optional<Source> sourceById(String id) {
        if (root != null) {
            java.util.Optional<Source> known = store.loadedSource(id, root);
            if (known.isPresent() || loaded) {
                return known.isPresent() ? known : peek(kb -> kb.getSources().stream()
                        .filter(s -> !s.eIsProxy() && s.getId().equals(id)).findFirst());
            }
        } else if (loaded) {
            return java.util.Optional.empty();
        }
        if (root == null) {
            // the root is not read: a source's file is named by its id
            synchronized (store) {
                return store.loadSourceAlone(id);
            }
        }
        // resolved through the root's list, so that it is the root's (an import may replace or mark it); where in
        // the list an id is comes from a map of it, made again when the list has changed since
        @SuppressWarnings("unchecked")
        org.eclipse.emf.ecore.util.InternalEList<Source> sources =
                (org.eclipse.emf.ecore.util.InternalEList<Source>) root().getSources();
        synchronized (store) {
            if (positions == null || positionsAt != store.listChanges()) {
                positionsAt = store.listChanges();
                positions = new java.util.HashMap<>(sources.size() * 2);
                for (int i = 0; i < sources.size(); i++) {
                    positions.put(SourceCatalogue.idOf(sources.basicGet(i)), i);
                }
            }
            Integer at = positions.get(id);
            if (at == null || at >= sources.size() || !id.equals(SourceCatalogue.idOf(sources.basicGet(at)))) {
                return java.util.Optional.empty();
            }
            Source resolved = sources.get(at);
            return resolved.eIsProxy() ? java.util.Optional.empty() : java.util.Optional.of(resolved);
        }
    }

    /** Where each source is in the root's list, by id, as of {@link #positionsAt} changes of the list. */
    private java.util.Map<String, Integer> positions;
    private int positionsAt;

    /** The citation scanner with every contributed grammar and law-name table. */
    public CitationScanner scanner() {
        return scanner;
    }

    public ReadWriteLock lock() {
        return rw;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** Uses another thesaurus from now on (its file was edited). */
    public void useThesaurus(Thesaurus t) {
        this.thesaurus = t;
    }

    /** Uses another citation scanner from now on (the knowledge base's law names were edited). */
    public void useScanner(CitationScanner s) {
        this.scanner = s;
        this.importer = importer.withScanner(s);
    }

    public Thesaurus thesaurus() {
        return thesaurus;
    }

    /** The index, or null for a read-only session on a knowledge base whose index was never committed. */
    public PassageIndex index() {
        return index;
    }

    /** Where searches are answered: the shared collection the knowledge base is bound to, else its own index. */
    public org.lexgraph.index.PassageSearch searcher() {
        return shared.searcher(index);
    }

    /** The shared collection the knowledge base may be bound to. */
    public SharedIndex shared() {
        return shared;
    }

    public boolean isIndexCurrent() {
        return indexCurrent;
    }

    public List<Runnable> listeners() {
        return listeners;
    }

    /** Tells the change listeners that the model changed. */
    public void fireChanged() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /**
     * Reads the model under the read lock; {@code reader} must not keep model objects beyond the call. A lazy session
     * loads every source first (on several threads, recording damaged files), as a reader may go through them all.
     */
    public <T> T read(Function<KnowledgeBase, T> reader) {
        if (!loaded) {
            ensureLoaded();
        }
        return peek(reader);
    }

    /**
     * Reads the model under the read lock without loading what is not loaded yet: for the few readers that touch only
     * the root and sources they resolved themselves ({@link #sourceById}).
     */
    public <T> T peek(Function<KnowledgeBase, T> reader) {
        KnowledgeBase r = root(); // loaded before the lock is taken
        rw.readLock().lock();
        try {
            return reader.apply(r);
        } finally {
            rw.readLock().unlock();
        }
    }

    public void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("knowledge base " + folder + " is open read-only");
        }
    }

    /**
     * Opens the index, rebuilding it when it does not reflect the model's generation (and the session may write).
     * {@code forReading}: a session that only reads opens a current index for reading only, even when it holds the
     * knowledge base: a writer would start merging segments an import left, which a search should not wait for.
     */
    public void openIndex(IProgressMonitor monitor, boolean forReading) throws IOException {
        shared.open();
        Path dir = folder.resolve(INDEX_DIR);
        OptionalLong committed = PassageIndex.committedGeneration(dir);
        boolean current = committed.isPresent() && committed.getAsLong() == generation();
        if (forReading && current && writable) {
            try {
                index = PassageIndex.openReadOnly(dir);
                indexCurrent = true;
                return;
            } catch (IOException | RuntimeException damaged) {
                // opened for writing below, and rebuilt
            }
        }
        if (writable) {
            try {
                index = PassageIndex.openWritable(dir);
            } catch (IOException | RuntimeException damaged) {
                deleteTree(dir);
                index = PassageIndex.openWritable(dir);
                current = false;
            }
            if (!current) {
                rebuildIndex(monitor);
                current = true;
            }
        } else if (committed.isPresent()) {
            index = PassageIndex.openReadOnly(dir);
        }
        indexCurrent = current;
    }

    /**
     * Reopens for writing an index a reading session opened for reading only, before the session writes after all
     * (a saved search's last run remembered, a rebuild asked for).
     */
    public void ensureIndexWritable() throws IOException {
        requireWritable();
        rw.writeLock().lock();
        try {
            if (index != null && !index.isWritable()) {
                index.close();
                index = PassageIndex.openWritable(folder.resolve(INDEX_DIR));
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Rebuilds the index from the model: after a damaged or outdated index, or when the user asks. */
    public void rebuildIndex(IProgressMonitor monitor) throws IOException {
        requireWritable();
        ensureIndexWritable();
        ensureLoaded();
        rw.readLock().lock();
        try {
            List<Source> sources = new ArrayList<>(root().getSources());
            SubMonitor sub = SubMonitor.convert(monitor, "Indexing", sources.size() + 1);
            index.deleteAll();
            shared.touchedAll();
            Map<String, Set<String>> filed = IndexRecords.filing(root());
            for (Source s : sources) {
                if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK) {
                    index.replaceSource(s.getId(), IndexRecords.of(s, filed));
                }
                sub.worked(1);
            }
            index.commit(generation());
            indexCurrent = true;
            shared.committed(this);
        } finally {
            rw.readLock().unlock();
        }
    }

    /**
     * Puts sources into the index (null: takes the id out), analysing several at once: the Dutch analysis is most of
     * an import's time after reading (IngestBenchmark), and Lucene's writer takes documents from several threads.
     */
    public void indexInParallel(Map<String, Source> reindex) throws IOException {
        Reindexing.sources(index, reindex, IndexRecords.filing(root()));
        shared.touched(reindex.keySet());
    }

    /**
     * Makes an import batch's index changes visible: committed when {@code durable} or when the last commit is older
     * than {@link #INDEX_COMMIT_MILLIS}, else only refreshed (shown to searches, made durable with a later batch; a
     * crash before that makes the opening find an older index generation than the model's and rebuild the index).
     */
    public void publishIndex(boolean durable) throws IOException {
        if (durable || System.nanoTime() - lastIndexCommit > INDEX_COMMIT_MILLIS * 1_000_000L) {
            index.commit(generation());
            lastIndexCommit = System.nanoTime();
            indexUncommitted = false;
            shared.committed(this);
        } else {
            indexUncommitted = true;
            index.refresh();
        }
    }

    /** Shows an import batch's index changes to searches without committing them (the root is not saved yet). */
    public void refreshIndex() throws IOException {
        indexUncommitted = true;
        index.refresh();
    }

    /** Commits index changes an import left uncommitted. */
    public void commitPending() throws KnowledgeBaseException {
        if (!indexUncommitted) {
            return;
        }
        try {
            index.commit(generation());
            lastIndexCommit = System.nanoTime();
            indexUncommitted = false;
            shared.committed(this);
        } catch (IOException e) {
            throw new KnowledgeBaseException("could not save the index of " + folder + ": " + ModelStore.rootMessage(e)
                    + "; it will be rebuilt from the model when the knowledge base is opened", e);
        }
    }

    /**
     * After a failed save the index may hold documents of sources the model did not save: it is marked out of date,
     * and the next opening, which finds the index's generation behind the model's, rebuilds it.
     */
    public void discardIndexChanges() {
        indexCurrent = false;
    }

    /**
     * Runs a change of the model under the write lock, then saves what it changed and re-indexes those sources (and
     * those filed in or out of a collection), and tells the listeners.
     */
    public void change(Runnable edit) throws KnowledgeBaseException {
        changePassages(() -> {
            edit.run();
            return Map.of();
        });
    }

    /**
     * As {@link #change(Runnable)}, for an edit that says which passages it changed: a source it names (by id, with
     * the ids of its changed passages) has only those passages indexed again, not its whole text (theme linking
     * changes a few passages of many sources); a changed source it does not name is indexed again as a whole.
     */
    public void changePassages(java.util.function.Supplier<Map<String, Set<String>>> edit)
            throws KnowledgeBaseException {
        requireWritable();
        // a lazy session need not load everything: an edit changes objects it was given, which are loaded, and the
        // store saves every loaded resource that changed (resources track their changes from the moment they load)
        try {
            ensureIndexWritable();
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot write the index of " + folder + ": " + ModelStore.rootMessage(e), e);
        }
        rw.writeLock().lock();
        try {
            Map<String, Set<String>> filedBefore = IndexRecords.filing(root());
            Map<String, Set<String>> passagesChanged = edit.get();
            Set<Source> changed = new java.util.LinkedHashSet<>(store.saveModified(root()));
            Map<String, Set<String>> filedAfter = IndexRecords.filing(root());
            // a source filed in or out of a collection changes only the root, but its passages carry the collection
            Set<String> refiled = new java.util.HashSet<>();
            for (String id : filedBefore.keySet()) {
                if (!filedBefore.get(id).equals(filedAfter.getOrDefault(id, Set.of()))) {
                    refiled.add(id);
                }
            }
            for (String id : filedAfter.keySet()) {
                if (!filedBefore.containsKey(id)) {
                    refiled.add(id);
                }
            }
            for (String id : refiled) {
                sourceById(id).ifPresent(changed::add);
            }
            List<Source> indexed = new ArrayList<>();
            for (Source s : changed) {
                if (s.getStatus() == SourceStatus.OK && !s.eIsProxy() && s.eContainer() != null) {
                    indexed.add(s);
                }
            }
            Reindexing.changed(index, indexed, refiled, passagesChanged, filedAfter);
            shared.touched(indexed.stream().map(Source::getId).toList());
            index.commit(generation());
            shared.committed(this);
        } catch (IOException e) {
            throw new KnowledgeBaseException("could not save knowledge base " + folder + ": "
                    + ModelStore.rootMessage(e), e);
        } finally {
            rw.writeLock().unlock();
        }
        fireChanged();
    }

    /** Indexes again these passages of these sources (by source id), not the sources' whole texts. */
    public void indexPassages(Map<String, Set<String>> passages) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (var e : passages.entrySet()) {
            if (!e.getValue().isEmpty()) {
                sourceById(e.getKey()).ifPresent(sources::add);
            }
        }
        Reindexing.changed(index, sources, Set.of(), passages, IndexRecords.filing(root()));
        shared.touched(sources.stream().map(Source::getId).toList());
    }

    /** Closes the index (under the write lock, so no search or import is under way). */
    public void closeIndex() throws IOException {
        rw.writeLock().lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
            shared.close();
        } finally {
            rw.writeLock().unlock();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
