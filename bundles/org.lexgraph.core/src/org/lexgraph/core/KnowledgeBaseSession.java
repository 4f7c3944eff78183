package org.lexgraph.core;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.lexgraph.model.provider.LexgraphItemProviderAdapterFactory;
import org.eclipse.core.runtime.SubMonitor;
import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.QuerySyntaxException;
import org.lexgraph.index.SearchFilter;
import org.lexgraph.index.SearchResult;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * An open knowledge base folder: the EMF model (the truth), the Lucene index derived from it, and the lock that keeps
 * a second writer out. Opening checks that the index reflects the model's generation and rebuilds it when not.
 * Thread-safe: model reads and writes are serialised by a read-write lock; searches run concurrently.
 */
public final class KnowledgeBaseSession implements Closeable {

    static final String INDEX_DIR = "index";
    static final String LOCK_FILE = ".lock";
    /**
     * An import saves its work when this many files are read, or {@link #BATCH_MILLIS} after the last save, whichever
     * comes first: a crash loses at most the files since the last save (the next import reads them again), and a big
     * import does not pay a commit every few files.
     */
    private static final int BATCH = 100;
    private static final long BATCH_MILLIS = 3000;
    /** Files read ahead of the one being waited for, per reading thread, so reading goes on while a batch is saved. */
    private static final int READ_AHEAD = 128;
    /** During an import the index is committed at most this often (and at its end); batches between are refreshed. */
    private static final long INDEX_COMMIT_MILLIS = 10_000;
    /** When the index was last committed. */
    private long lastIndexCommit = System.nanoTime();
    /** Whether the index has changes that are shown to searches but not committed. */
    private boolean indexUncommitted;

    private final Path folder;
    private final ModelStore store;
    private final KnowledgeBase root;
    private final Importer importer;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<String> loadProblems;
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final org.lexgraph.cite.CitationScanner scanner = LawNameTables.scanner();
    private volatile org.lexgraph.index.Thesaurus thesaurus = org.lexgraph.index.Thesaurus.EMPTY;
    private final ComposedAdapterFactory adapterFactory;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain editingDomain;
    private PassageIndex index;
    private boolean indexCurrent;

    private KnowledgeBaseSession(Path folder, ModelStore store, KnowledgeBase root, Importer importer,
            FileChannel lockChannel, FileLock lock, List<String> loadProblems) {
        this.folder = folder;
        this.store = store;
        this.root = root;
        this.importer = importer;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.loadProblems = List.copyOf(loadProblems);
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new LexgraphItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, store.resourceSet());
    }

    /** How to open a folder. */
    public enum Access {
        /** Read and write; create the knowledge base when the folder is missing or empty. */
        CREATE,
        /** Read and write an existing knowledge base; fails when another process holds it. */
        WRITE,
        /** Read an existing knowledge base; writes when no other process holds it (to bring the index up to date). */
        READ
    }

    /**
     * Opens the knowledge base in {@code folder}.
     *
     * @throws KnowledgeBaseException when the folder is not a knowledge base, is damaged or is held by another process
     */
    public static KnowledgeBaseSession open(Path folder, Access access, Importer importer, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        return open(folder, access, importer, new AtomicFiles(), monitor);
    }

    /** As {@link #open(Path, Access, Importer, IProgressMonitor)}, writing files through {@code files}. */
    static KnowledgeBaseSession open(Path folder, Access access, Importer importer, AtomicFiles files,
            IProgressMonitor monitor) throws KnowledgeBaseException {
        Path dir = folder.toAbsolutePath().normalize();
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        boolean create = access == Access.CREATE;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new KnowledgeBaseException("not a knowledge base: " + dir + " is a file, not a folder");
        }
        Path rootFile = dir.resolve(ModelStore.ROOT_FILE);
        boolean fresh = false;
        if (!Files.exists(rootFile)) {
            if (!create) {
                throw new KnowledgeBaseException("no knowledge base at " + dir + " (" + ModelStore.ROOT_FILE
                        + " not found); import files into it to create one");
            }
            if (Files.isDirectory(dir) && !isEmptyFolder(dir)) {
                throw new KnowledgeBaseException("not a knowledge base: " + dir + " holds other files but no "
                        + ModelStore.ROOT_FILE + "; choose an empty or new folder");
            }
            fresh = true;
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            if (fresh) {
                Files.createDirectories(dir);
            }
            if (access != Access.READ || Files.isWritable(dir)) {
                channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    channel = null;
                    if (access != Access.READ) {
                        throw new KnowledgeBaseException("knowledge base " + dir
                                + " is in use by another Lexgraph window or command; close it and try again");
                    }
                }
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new KnowledgeBaseException("cannot open knowledge base " + dir + ": " + ModelStore.rootMessage(e), e);
        }
        try {
            ModelStore store = new ModelStore(dir, files);
            KnowledgeBase root;
            List<String> problems = new ArrayList<>();
            if (fresh) {
                root = store.createRoot(dir.getFileName() == null ? "Lexgraph" : dir.getFileName().toString());
                store.saveRoot(root);
            } else {
                root = store.loadRoot();
                store.loadSources(root, problems);
                if (lock != null && FormatMigrations.migrate(root)) {
                    store.saveRoot(root);
                }
                if (lock != null && problems.isEmpty()) {
                    store.deleteOrphans(root);
                }
            }
            sub.worked(2);
            org.lexgraph.index.Thesaurus thesaurus = ThesaurusFile.load(dir, fresh, problems);
            KnowledgeBaseSession session = new KnowledgeBaseSession(dir, store, root, importer, channel, lock,
                    problems);
            session.thesaurus = thesaurus;
            session.openIndex(sub.split(fresh ? 4 : 8));
            if (fresh) {
                try {
                    LetterSetup.install(session, sub.split(4));
                    session.addDefaultTaxonomies();
                } catch (KnowledgeBaseException e) {
                    session.close();
                    throw e;
                }
            }
            return session;
        } catch (KnowledgeBaseException e) {
            release(lock, channel);
            throw e;
        } catch (IOException | RuntimeException e) {
            release(lock, channel);
            throw new KnowledgeBaseException("cannot open knowledge base " + dir + ": " + ModelStore.rootMessage(e), e);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws KnowledgeBaseException {
        try (Stream<Path> s = Files.list(dir)) {
            // dot files (the lock, a workbench's state) do not make a folder a foreign one
            return s.allMatch(p -> p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read folder " + dir + ": " + ModelStore.rootMessage(e), e);
        }
    }

    private void openIndex(IProgressMonitor monitor) throws IOException {
        Path dir = folder.resolve(INDEX_DIR);
        OptionalLong committed = PassageIndex.committedGeneration(dir);
        boolean current = committed.isPresent() && committed.getAsLong() == root.getGeneration();
        if (isWritable()) {
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

    /** Rebuilds the index from the model: after a damaged or outdated index, or when the user asks. */
    public void rebuildIndex(IProgressMonitor monitor) throws IOException {
        requireWritable();
        rw.readLock().lock();
        try {
            List<Source> sources = new ArrayList<>(root.getSources());
            SubMonitor sub = SubMonitor.convert(monitor, "Indexing", sources.size() + 1);
            index.deleteAll();
            Map<Source, java.util.Set<String>> filed = filing(root);
            for (Source s : sources) {
                if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK) {
                    index.replaceSource(s.getId(), records(s, filed));
                }
                sub.worked(1);
            }
            index.commit(root.getGeneration());
            indexCurrent = true;
        } finally {
            rw.readLock().unlock();
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether this session may change the knowledge base (it holds the lock). */
    public boolean isWritable() {
        return lock != null;
    }

    /** Whether the index reflects the model; false only for a read-only session on an interrupted knowledge base. */
    public boolean isIndexCurrent() {
        return indexCurrent;
    }

    /** Problems met while loading: damaged source files, each as "file: what is wrong". */
    public List<String> loadProblems() {
        return loadProblems;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Imports files and folders. Each file is hashed, extracted and segmented; unchanged files are skipped, changed
     * ones replace their earlier source, unreadable ones are recorded as failed sources. Work is saved in batches, so
     * a cancel or a crash keeps every batch saved before it.
     */
    public ImportReport importPaths(List<Path> paths, Importer.Options options, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        requireWritable();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Path> files = importer.expand(paths, outcomes);
        Importer.Limits limits = options.limits();
        SubMonitor sub = SubMonitor.convert(monitor, files.size());
        Map<String, List<Source>> byPath = new HashMap<>();
        Map<String, Source> byHash = new HashMap<>();
        rw.readLock().lock();
        try {
            for (Source s : root.getSources()) {
                if (!s.eIsProxy()) {
                    byPath.computeIfAbsent(s.getOriginalPath(), k -> new ArrayList<>()).add(s);
                    if (s.getStatus() == SourceStatus.OK) {
                        byHash.putIfAbsent(s.getContentHash(), s);
                        if (s.getTextHash() != null) {
                            byHash.putIfAbsent(s.getTextHash(), s);
                        }
                    }
                }
            }
        } finally {
            rw.readLock().unlock();
        }
        Batch batch = new Batch();
        boolean cancelled = false;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lexgraph-import");
            t.setDaemon(true); // a parser stuck past its time limit must not keep the application alive
            return t;
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
                List<Importer.Prepared> results = await(head, limits, sub, readers);
                if (results == null) {
                    cancelled = true;
                    inFlight.forEach(p -> p.future().cancel(true));
                    inFlight.clear();
                    break;
                }
                consume(head.file(), results, byPath, byHash, batch, outcomes);
                done++;
                sub.worked(1);
                if (batch.size() >= BATCH || (batch.size() > 0
                        && System.nanoTime() - lastSave > BATCH_MILLIS * 1_000_000L)) {
                    apply(batch, outcomes, false);
                    lastSave = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (!cancelled) {
            markRemovedFiles(paths, byPath, batch);
        }
        apply(batch, outcomes, true);
        // the new and changed sources' passages are linked to the asks their profiles find in them
        java.util.Set<String> fresh = new java.util.HashSet<>();
        for (FileOutcome o : outcomes) {
            if ((o.status() == FileOutcome.Status.IMPORTED || o.status() == FileOutcome.Status.UPDATED)
                    && o.sourceId() != null) {
                fresh.add(o.sourceId());
            }
        }
        if (!fresh.isEmpty()) {
            if (options.linkThemes()) {
                linkThemes(fresh);
            }
            // quotes of sources imported again follow their words
            if (read(kb -> kb.getBaskets().stream().anyMatch(b -> b.getQuotes().stream()
                    .anyMatch(q -> fresh.contains(q.getSourceId()))))) {
                applyChange(kb -> Baskets.reanchor(kb, fresh));
            }
        }
        // an import is not undoable, and commands on sources it replaced would act on detached objects
        commandStack.flush();
        return new ImportReport(outcomes, cancelled);
    }

    /**
     * Runs the theme linker over the given sources (null: all) and writes its proposals as links; links the user
     * confirmed, rejected or made stay as they are. See {@link ThemeLinker}.
     */
    public Themes.LinkReport linkThemes(java.util.Set<String> sourceIds) throws KnowledgeBaseException {
        requireWritable();
        List<ThemeLinker.Profile> profiles = read(Themes::profiles);
        if (profiles.isEmpty() || index == null) {
            return new Themes.LinkReport(0, 0, 0, 0);
        }
        List<ThemeLinker.Proposal> proposals;
        try {
            proposals = new ThemeLinker(index, thesaurus).propose(profiles, sourceIds);
        } catch (IOException | QuerySyntaxException e) {
            throw new KnowledgeBaseException("the theme linker could not search " + folder + ": " + e.getMessage(), e);
        }
        Themes.LinkReport[] report = new Themes.LinkReport[1];
        applyChange(kb -> report[0] = Themes.write(kb, proposals, sourceIds));
        return report[0];
    }

    /** The baskets by name, with how many quotes each holds. */
    public Map<String, Integer> baskets() {
        return read(kb -> {
            Map<String, Integer> out = new java.util.LinkedHashMap<>();
            kb.getBaskets().forEach(b -> out.put(b.getName(), b.getQuotes().size()));
            return out;
        });
    }

    /** The quotes of a basket, in order, with their pinpoints and citations. */
    public List<QuoteView> basket(String name) throws KnowledgeBaseException {
        List<QuoteView> out = read(kb -> {
            org.lexgraph.model.Basket b = Baskets.find(kb, name);
            return b == null ? null : Baskets.views(kb, b);
        });
        if (out == null) {
            throw new KnowledgeBaseException("no basket named '" + name + "' in " + folder
                    + " (see: lexgraph basket list)");
        }
        return out;
    }

    /**
     * Adds a quote to a basket (made when it does not exist yet; an undoable edit): the words {@code from} to {@code
     * to} of a passage (null: the whole passage), with its pinpoint; returns the quote's id.
     */
    public String addQuote(String basketName, String sourceId, String passageId, Integer from, Integer to, String note)
            throws KnowledgeBaseException {
        if (basketName == null || basketName.isBlank()) {
            throw new KnowledgeBaseException("a basket needs a name");
        }
        Passage passage = object(sourceId, passageId).filter(Passage.class::isInstance).map(Passage.class::cast)
                .orElseThrow(() -> new KnowledgeBaseException("no passage " + passageId + " of source " + sourceId
                        + " in " + folder));
        String text = read(kb -> passage.getText() == null ? "" : passage.getText());
        int start = from == null ? 0 : from;
        int end = to == null ? text.length() : to;
        if (start < 0 || end > text.length() || start >= end) {
            throw new KnowledgeBaseException("passage " + passageId + " has " + text.length()
                    + " characters: --from and --to must lie within them, from before to (given " + start + " to "
                    + end + ")");
        }
        org.lexgraph.model.Quote q = org.lexgraph.model.LexgraphFactory.eINSTANCE.createQuote();
        q.setSourceId(sourceId);
        q.setPassageId(passageId);
        q.setStart(start);
        q.setEnd(end);
        q.setQuotedText(text.substring(start, end));
        q.setNote(note);
        q.setPinpoint(read(kb -> Baskets.pinpoint(Baskets.source(kb, sourceId), passage)));
        org.lexgraph.model.Basket existing = read(kb -> Baskets.find(kb, basketName));
        if (existing == null) {
            org.lexgraph.model.Basket b = org.lexgraph.model.LexgraphFactory.eINSTANCE.createBasket();
            b.setName(basketName);
            b.getQuotes().add(q);
            execute(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, root,
                    org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__BASKETS, b));
        } else {
            execute(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, existing,
                    org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q));
        }
        return q.getId();
    }

    private org.lexgraph.model.Quote quote(String basketName, String quoteId) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = read(kb -> {
            org.lexgraph.model.Basket b = Baskets.find(kb, basketName);
            return b == null ? null : b.getQuotes().stream().filter(x -> x.getId().equals(quoteId)).findFirst()
                    .orElse(null);
        });
        if (q == null) {
            throw new KnowledgeBaseException("no quote " + quoteId + " in basket '" + basketName + "' of " + folder);
        }
        return q;
    }

    /** Moves a quote to a place in its basket (0 = first; an undoable edit). */
    public void moveQuote(String basketName, String quoteId, int index) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = quote(basketName, quoteId);
        org.lexgraph.model.Basket b = (org.lexgraph.model.Basket) q.eContainer();
        int to = Math.max(0, Math.min(index, b.getQuotes().size() - 1));
        execute(org.eclipse.emf.edit.command.MoveCommand.create(editingDomain, b,
                org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q, to));
    }

    /** Sets a quote's note (an undoable edit). */
    public void setQuoteNote(String basketName, String quoteId, String note) throws KnowledgeBaseException {
        execute(org.eclipse.emf.edit.command.SetCommand.create(editingDomain, quote(basketName, quoteId),
                org.lexgraph.model.LexgraphPackage.Literals.QUOTE__NOTE, note));
    }

    /** Sets the asks a quote supports (an undoable edit). */
    public void setQuoteAsks(String basketName, String quoteId, List<String> askKeys) throws KnowledgeBaseException {
        Map<String, org.lexgraph.model.Ask> asks = read(Themes::asksByKey);
        List<org.lexgraph.model.Ask> chosen = new ArrayList<>();
        for (String k : askKeys) {
            org.lexgraph.model.Ask a = asks.get(k);
            if (a == null) {
                throw new KnowledgeBaseException("no ask " + k + " in " + folder + " (see: lexgraph taxonomy)");
            }
            chosen.add(a);
        }
        execute(org.eclipse.emf.edit.command.SetCommand.create(editingDomain, quote(basketName, quoteId),
                org.lexgraph.model.LexgraphPackage.Literals.QUOTE__ASKS, chosen));
    }

    /** Removes a quote from its basket (an undoable edit). */
    public void removeQuote(String basketName, String quoteId) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = quote(basketName, quoteId);
        execute(org.eclipse.emf.edit.command.RemoveCommand.create(editingDomain, q.eContainer(),
                org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q));
    }

    /** The source a passage belongs to, by the passage's id. */
    public Optional<String> sourceOfPassage(String passageId) {
        return read(kb -> {
            for (Source s : kb.getSources()) {
                if (!s.eIsProxy() && s.getPassages().stream().anyMatch(p -> p.getId().equals(passageId))) {
                    return Optional.of(s.getId());
                }
            }
            return Optional.<String>empty();
        });
    }

    /** The theme links, of one ask (or theme: T1 takes T1.1, T1.2, ...) and in one state when given. */
    public List<Themes.LinkView> themeLinks(String askKey, String state) {
        return read(kb -> Themes.links(kb, askKey, state));
    }

    /** The theme links of one source's passages. */
    public List<Themes.LinkView> themeLinksOf(String sourceId) {
        return read(kb -> Themes.links(kb, null, null, sourceId));
    }

    /** The links per row (municipality, kind or year) and ask. */
    public Themes.Coverage coverage(Themes.By by) {
        return read(kb -> Themes.coverage(kb, by));
    }

    /** Confirms or rejects a link (an undoable edit); the linker never changes it again. */
    public void decideLink(String linkId, org.lexgraph.model.LinkState state) throws KnowledgeBaseException {
        org.lexgraph.model.ThemeLink link = read(kb -> findLink(kb, linkId));
        if (link == null) {
            throw new KnowledgeBaseException("no theme link " + linkId + " in " + folder);
        }
        execute(org.eclipse.emf.edit.command.SetCommand.create(editingDomain, link,
                org.lexgraph.model.LexgraphPackage.Literals.THEME_LINK__STATE, state));
    }

    /** Links a passage to an ask by hand (an undoable edit): confirmed, made by the user. */
    public void addThemeLink(String sourceId, String passageId, String askKey) throws KnowledgeBaseException {
        Passage passage = object(sourceId, passageId).filter(Passage.class::isInstance).map(Passage.class::cast)
                .orElseThrow(() -> new KnowledgeBaseException("no passage " + passageId + " of source " + sourceId
                        + " in " + folder));
        org.lexgraph.model.Ask ask = read(kb -> Themes.asksByKey(kb).get(askKey));
        if (ask == null) {
            throw new KnowledgeBaseException("no ask " + askKey + " in " + folder + " (see: lexgraph taxonomy)");
        }
        if (read(kb -> passage.getThemeLinks().stream().anyMatch(l -> l.getAsk() == ask
                && l.getState() != org.lexgraph.model.LinkState.REJECTED))) {
            throw new KnowledgeBaseException("passage " + passageId + " is linked to " + askKey + " already");
        }
        org.lexgraph.model.ThemeLink link = org.lexgraph.model.LexgraphFactory.eINSTANCE.createThemeLink();
        link.setAsk(ask);
        link.setScore(1);
        link.setOrigin(org.lexgraph.model.LinkOrigin.MANUAL);
        link.setState(org.lexgraph.model.LinkState.CONFIRMED);
        execute(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, passage,
                org.lexgraph.model.LexgraphPackage.Literals.PASSAGE__THEME_LINKS, link));
    }

    private static org.lexgraph.model.ThemeLink findLink(KnowledgeBase kb, String linkId) {
        for (Source s : kb.getSources()) {
            if (s.eIsProxy()) {
                continue;
            }
            for (Passage p : s.getPassages()) {
                for (org.lexgraph.model.ThemeLink l : p.getThemeLinks()) {
                    if (linkId.equals(l.getId())) {
                        return l;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A file being read in the background: {@code started} is 0 until a reader takes it up (then the time limit runs),
     * {@code holdsPermit} whether its reader still counts against the number of readers.
     */
    private record Pending(Path file, String hash, java.util.concurrent.Future<List<Importer.Prepared>> future,
            java.util.concurrent.atomic.AtomicLong started, java.util.concurrent.atomic.AtomicBoolean holdsPermit) {
    }

    /** What one batch puts into the model: new sources, the ones they replace, and sources whose file is gone. */
    private static final class Batch {
        final List<Importer.Prepared> prepared = new ArrayList<>();
        final List<Source> replaced = new ArrayList<>();
        final List<Source> removed = new ArrayList<>();

        int size() {
            return prepared.size() + removed.size();
        }

        void clear() {
            prepared.clear();
            replaced.clear();
            removed.clear();
        }
    }

    /**
     * Hashes a file and decides whether it needs reading: returns null when it is unchanged, a duplicate or
     * unreadable (its outcome recorded), else the background task that reads it.
     */
    private Pending start(Path file, Map<String, List<Source>> byPath, Map<String, Source> byHash,
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
        List<Source> existing = byPath.getOrDefault(file.toString(), List.of());
        boolean unchanged = !existing.isEmpty() && existing.stream().allMatch(x -> x.getStatus() == SourceStatus.OK
                && !x.isFileRemoved() && hash.equals(x.getArchivePath() == null ? x.getContentHash() : x.getContainerHash()));
        if (unchanged) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.UNCHANGED, "", existing.get(0).getId(),
                    existing.stream().mapToInt(x -> x.getPassages().size()).sum()));
            return null;
        }
        Source sameContent = byHash.get(hash);
        if (sameContent != null && !existing.contains(sameContent)) {
            outcomes.add(new FileOutcome(file, FileOutcome.Status.DUPLICATE,
                    "same content as " + describe(sameContent), sameContent.getId(), 0));
            return null;
        }
        Importer.Hint hint = options.hintFor(file);
        Importer.Limits limits = options.limits();
        java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean holdsPermit = new java.util.concurrent.atomic.AtomicBoolean();
        return new Pending(file, hash, pool.submit(() -> {
            readers.acquire();
            holdsPermit.set(true);
            started.set(System.nanoTime());
            try {
                return importer.prepareAll(file, hash, hint, limits);
            } finally {
                if (holdsPermit.getAndSet(false)) {
                    readers.release();
                }
            }
        }), started, holdsPermit);
    }

    private static String describe(Source s) {
        return s.getArchivePath() == null ? s.getOriginalPath() : s.getOriginalPath() + "!/" + s.getArchivePath();
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
                return List.of(importer.failed(p.file(), p.hash(), "reading took longer than the limit of "
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
                return List.of(importer.failed(p.file(), p.hash(), "could not read the file ("
                        + ModelStore.rootMessage(e.getCause()) + ")"));
            }
        }
    }

    /** Takes a file's prepared sources into the batch, matching them to the sources the file gave before. */
    private void consume(Path file, List<Importer.Prepared> results, Map<String, List<Source>> byPath,
            Map<String, Source> byHash, Batch batch, List<FileOutcome> outcomes) {
        List<Source> old = new ArrayList<>(byPath.getOrDefault(file.toString(), List.of()));
        List<Source> now = new ArrayList<>();
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
                Source same = p.member() != null ? byHash.get(p.hash()) : null;
                String why = "same content as ";
                if (same == null || old.contains(same)) {
                    same = byHash.get(p.source().getTextHash());
                    why = "same text as ";
                }
                if (same != null && !old.contains(same) && same != p.source()) {
                    outcomes.add(new FileOutcome(file, p.member(), FileOutcome.Status.DUPLICATE,
                            why + describe(same) + (why.startsWith("same text") ? " (another format or copy)" : ""),
                            same.getId(), 0));
                    continue;
                }
            }
            Source match = null;
            for (Source o : old) {
                if (java.util.Objects.equals(o.getArchivePath(), p.member())) {
                    match = o;
                    break;
                }
            }
            old.remove(match);
            batch.prepared.add(p);
            batch.replaced.add(match);
            now.add(p.source());
            if (p.failure() == null) {
                byHash.put(p.hash(), p.source());
                if (p.source().getTextHash() != null) {
                    byHash.put(p.source().getTextHash(), p.source());
                }
            }
        }
        // members no longer in the archive: kept, marked as removed
        for (Source gone : old) {
            if (!gone.isFileRemoved()) {
                batch.removed.add(gone);
            }
            now.add(gone);
        }
        byPath.put(file.toString(), now);
    }

    /** Sources imported from the given folders whose files are gone: kept with their text, marked as removed. */
    private void markRemovedFiles(List<Path> given, Map<String, List<Source>> byPath, Batch batch) {
        List<Path> folders = given.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .toList();
        if (folders.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Source>> e : byPath.entrySet()) {
            Path p = Path.of(e.getKey());
            if (folders.stream().anyMatch(p::startsWith) && !Files.exists(p)) {
                for (Source s : e.getValue()) {
                    if (!s.isFileRemoved() && s.eContainer() == root) {
                        batch.removed.add(s);
                    }
                }
            }
        }
    }

    /** Puts a batch into the model (saved atomically, source files first) and then into the index. */
    private void apply(Batch batch, List<FileOutcome> outcomes, boolean durable) throws KnowledgeBaseException {
        if (batch.size() == 0) {
            if (durable && indexUncommitted) {
                commitIndex();
            }
            return;
        }
        rw.writeLock().lock();
        try {
            List<Path> obsolete = new ArrayList<>();
            java.util.Set<Path> kept = new java.util.HashSet<>();
            java.util.Set<Source> toSave = new java.util.LinkedHashSet<>();
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = batch.replaced.get(i);
                Source s = batch.prepared.get(i).source();
                if (old != null && old.eContainer() == root) {
                    obsolete.add(store.detachSource(root, old));
                    carryOver(old, s);
                }
                store.attachSource(root, s);
                kept.add(store.sourceFile(s.getId()));
                Actors.adopt(root, s);
                toSave.add(s);
            }
            for (Source gone : batch.removed) {
                gone.setFileRemoved(true);
                toSave.add(gone);
            }
            // new sources may resolve citations of earlier ones, and replaced ones must no longer be targets
            toSave.addAll(importer.linker().resolveAll(root));
            // the source files are written (mostly waiting for the disk) while the index analyses the same sources
            // (mostly computing); the index is committed only after the root that lists the sources is saved
            java.util.concurrent.CompletableFuture<Void> saved = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    store.saveSources(toSave);
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
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = batch.replaced.get(i);
                if (old != null) {
                    reindex.putIfAbsent(old.getId(), null);
                }
                Importer.Prepared p = batch.prepared.get(i);
                reindex.put(p.source().getId(), p.failure() == null ? p.source() : null);
            }
            try {
                indexInParallel(reindex);
            } finally {
                awaitSaved(saved);
            }
            store.saveRoot(root);
            for (Path p : obsolete) {
                if (!kept.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
            for (int i = 0; i < batch.prepared.size(); i++) {
                Source old = batch.replaced.get(i);
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
            for (Source gone : batch.removed) {
                outcomes.add(new FileOutcome(Path.of(gone.getOriginalPath()), gone.getArchivePath(),
                        FileOutcome.Status.REMOVED, "no longer there; its text is kept and marked as removed",
                        gone.getId(), gone.getPassages().size()));
            }
            if (durable || System.nanoTime() - lastIndexCommit > INDEX_COMMIT_MILLIS * 1_000_000L) {
                index.commit(root.getGeneration());
                lastIndexCommit = System.nanoTime();
                indexUncommitted = false;
            } else {
                indexUncommitted = true;
                // shown to searches now, made durable with a later batch; a crash before that makes the opening
                // find an older index generation than the model's and rebuild the index
                index.refresh();
            }
        } catch (IOException | RuntimeException e) {
            // the index may hold documents of sources the model did not save: back to its last commit, rebuilt later
            discardIndexChanges();
            throw new KnowledgeBaseException("could not save knowledge base " + folder + ": "
                    + ModelStore.rootMessage(e) + "; what was saved before is intact", e);
        } finally {
            batch.clear();
            rw.writeLock().unlock();
        }
        for (Runnable l : listeners) {
            l.run();
        }
    }

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

    /**
     * After a failed save the index may hold documents of sources the model did not save: it is marked out of date,
     * and the next opening, which finds the index's generation behind the model's, rebuilds it.
     */
    private void discardIndexChanges() {
        indexCurrent = false;
    }

    private void commitIndex() throws KnowledgeBaseException {
        try {
            index.commit(root.getGeneration());
            lastIndexCommit = System.nanoTime();
            indexUncommitted = false;
        } catch (IOException e) {
            throw new KnowledgeBaseException("could not save the index of " + folder + ": " + ModelStore.rootMessage(e)
                    + "; it will be rebuilt from the model when the knowledge base is opened", e);
        }
    }

    /**
     * Puts sources into the index (null: takes the id out), analysing several at once: the Dutch analysis is most of
     * an import's time after reading (IngestBenchmark), and Lucene's writer takes documents from several threads.
     */
    private void indexInParallel(Map<String, Source> reindex) throws IOException {
        Map<Source, java.util.Set<String>> filed = filing(root);
        try {
            reindex.entrySet().parallelStream().forEach(e -> {
                try {
                    index.replaceSource(e.getKey(), e.getValue() == null ? List.of() : records(e.getValue(), filed));
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A changed file is a new version of the same source: it keeps the source's id (so what cites it, links to it or
     * was saved about it still finds it), and a regulation keeps its earlier versions with their article texts.
     */
    private static void carryOver(Source old, Source now) {
        if (old.getStatus() != SourceStatus.OK || now.getStatus() != SourceStatus.OK) {
            return;
        }
        now.setId(old.getId());
        if (old instanceof org.lexgraph.model.Regulation before && now instanceof org.lexgraph.model.Regulation after
                && java.util.Objects.equals(before.getWorkId(), after.getWorkId())) {
            List<org.lexgraph.model.RegulationVersion> earlier = new ArrayList<>(before.getVersions());
            java.util.Set<String> present = new java.util.HashSet<>();
            after.getVersions().forEach(v -> present.add(v.getVersionId()));
            int at = 0;
            for (org.lexgraph.model.RegulationVersion v : earlier) {
                if (v.getVersionId() == null || !present.contains(v.getVersionId())) {
                    after.getVersions().add(at++, v);
                }
            }
        }
        now.getProvenance().add("previous version = imported " + old.getImportedAt() + ", sha256 "
                + abbreviate(old.getContentHash()) + " (earlier import of the same file)");
    }

    private static String abbreviate(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }

    /**
     * Changes the model under the write lock, outside the undo history (set-up work, bookkeeping); what changed is
     * saved and re-indexed as for an edit.
     */
    public void applyChange(java.util.function.Consumer<KnowledgeBase> change) throws KnowledgeBaseException {
        change(() -> change.accept(root));
    }

    /** Reads the model under the read lock; {@code reader} must not keep model objects beyond the call. */
    public <T> T read(java.util.function.Function<KnowledgeBase, T> reader) {
        rw.readLock().lock();
        try {
            return reader.apply(root);
        } finally {
            rw.readLock().unlock();
        }
    }

    private static boolean batchContains(List<Importer.Prepared> batch, Source s) {
        for (Importer.Prepared p : batch) {
            if (p.source() == s) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #records(Source, Map)}, finding the source's collections itself (for one source at a time). */
    static List<PassageRecord> records(Source s) {
        return records(s, s.eContainer() instanceof KnowledgeBase kb ? filing(kb) : Map.of());
    }

    /**
     * The index records of a source's passages; {@code filed} says which collections hold which sources (see {@link
     * #filing}), worked out once for all the sources being indexed.
     */
    static List<PassageRecord> records(Source s, Map<Source, java.util.Set<String>> filed) {
        String kind = SourceKind.of(s).key();
        List<String> identifiers = List.copyOf(CitationLinker.identifierKeys(s));
        java.time.LocalDate day = s.getDate() == null ? null
                : s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        int year = day == null ? 0 : day.getYear();
        int date = day == null ? 0 : day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
        Map<String, List<String>> keywords = new HashMap<>();
        String municipality = Actors.municipalityOf(s);
        if (municipality != null) {
            keywords.put(org.lexgraph.index.IndexSchema.MUNICIPALITY, List.of(municipality));
        }
        String court = Actors.courtOf(s);
        if (court != null) {
            keywords.put(org.lexgraph.index.IndexSchema.COURT, List.of(court));
        }
        if (s instanceof org.lexgraph.model.ParliamentaryPaper pp && pp.getDossier() != null) {
            keywords.put(org.lexgraph.index.IndexSchema.DOSSIER, pp.getDossierChapter() == null
                    ? List.of(pp.getDossier()) : List.of(pp.getDossier(), pp.getDossier() + "-" + pp.getDossierChapter()));
        }
        List<String> actors = new ArrayList<>();
        if (s.getPublisher() != null && s.getPublisher().getName() != null) {
            actors.add(s.getPublisher().getName());
        }
        for (org.lexgraph.model.Actor a : s.getAuthors()) {
            if (a.getName() != null && !actors.contains(a.getName())) {
                actors.add(a.getName());
            }
        }
        if (!actors.isEmpty()) {
            keywords.put(org.lexgraph.index.IndexSchema.ACTOR, actors);
        }
        List<String> collections = List.copyOf(filed.getOrDefault(s, java.util.Set.of()));
        if (!collections.isEmpty()) {
            keywords.put(org.lexgraph.index.IndexSchema.COLLECTION, collections);
        }
        List<PassageRecord> out = new ArrayList<>(s.getPassages().size());
        boolean articles = s.getPassages().stream().anyMatch(p -> articleNumber(p.getElement()) != null);
        for (Passage p : s.getPassages()) {
            Map<String, List<String>> fields = keywords;
            List<String> themes = themesOf(p);
            boolean outside = articles && articleNumber(p.getElement()) == null;
            if (!themes.isEmpty() || outside) {
                fields = new HashMap<>(keywords);
                if (!themes.isEmpty()) {
                    fields.put(org.lexgraph.index.IndexSchema.THEME, themes);
                }
                if (outside) {
                    fields.put(org.lexgraph.index.IndexSchema.PART, List.of(org.lexgraph.index.IndexSchema.OUTSIDE_ARTICLE));
                }
            }
            List<String> cites = new ArrayList<>(p.getCitations().size());
            for (org.lexgraph.model.Citation c : p.getCitations()) {
                cites.add(c.getTargetKey());
                String base = CitationLinker.baseKey(c.getTargetKey());
                if (!base.equals(c.getTargetKey())) {
                    cites.add(base);
                }
            }
            // every passage carries its source's identifiers (a citation query finds the document; results grouped
            // by source show it once) and, in a regulation, the key of its article (art. 10 Vw 2000 finds article 10)
            List<String> own = identifiers;
            String article = articleNumber(p.getElement());
            if (article != null && !identifiers.isEmpty()) {
                own = new ArrayList<>(identifiers);
                for (String id : identifiers) {
                    own.add(id + ":art:" + article);
                }
            }
            out.add(new PassageRecord(p.getId(), s.getId(), s.getTitle(), kind, s.getOriginalPath(), p.getPage(),
                    p.getAnchor(), p.getOrdinal(), p.getText(), cites, own, year, date, fields));
        }
        return out;
    }

    /** The number of the article an element belongs to (itself, or the article above a lid), or null. */
    static String articleNumber(org.lexgraph.model.StructureElement e) {
        for (org.lexgraph.model.StructureElement at = e; at != null; at = at.eContainer()
                instanceof org.lexgraph.model.StructureElement up ? up : null) {
            if (at.getKind() == org.lexgraph.model.StructureKind.ARTICLE && at.getNumber() != null
                    && !at.getNumber().isBlank()) {
                return at.getNumber().strip().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The asks a passage is linked to and their themes (T1.2 and T1), unless the user rejected the link. */
    static List<String> themesOf(Passage p) {
        List<String> out = new ArrayList<>();
        for (org.lexgraph.model.ThemeLink l : p.getThemeLinks()) {
            if (l.getState() == org.lexgraph.model.LinkState.REJECTED || l.getAsk() == null
                    || l.getAsk().getKey() == null) {
                continue;
            }
            if (!out.contains(l.getAsk().getKey())) {
                out.add(l.getAsk().getKey());
            }
            if (l.getAsk().eContainer() instanceof org.lexgraph.model.Theme t && t.getKey() != null
                    && !out.contains(t.getKey())) {
                out.add(t.getKey());
            }
        }
        return out;
    }

    /** Which collections (by name) hold each filed source. */
    private static Map<Source, java.util.Set<String>> filing(KnowledgeBase kb) {
        Map<Source, java.util.Set<String>> out = new HashMap<>();
        java.util.ArrayDeque<org.lexgraph.model.Collection> todo = new java.util.ArrayDeque<>(kb.getCollections());
        while (!todo.isEmpty()) {
            org.lexgraph.model.Collection c = todo.pop();
            for (Source s : c.getSources()) {
                out.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(String.valueOf(c.getName()));
            }
            todo.addAll(c.getChildren());
        }
        return out;
    }

    /** Saves a query under a name (an undoable command); a kind filter is kept as {@code kind:KEY}. */
    public void saveSearch(String name, String query, SourceKind kind) throws KnowledgeBaseException {
        saveSearch(name, query, SearchFilter.ofKind(kind == null ? null : kind.key()));
    }

    /**
     * Saves a query with its filters under a name (an undoable command); the filter's field values are kept as
     * {@code field:value} (dates and source sets are not kept: a saved search is about what is found, not when).
     */
    public void saveSearch(String name, String query, SearchFilter filter) throws KnowledgeBaseException {
        if (name == null || name.isBlank()) {
            throw new KnowledgeBaseException("a saved search needs a name");
        }
        if (read(kb -> kb.getSavedSearches().stream().anyMatch(x -> name.equals(x.getName())))) {
            throw new KnowledgeBaseException("a saved search named '" + name + "' exists already in " + folder);
        }
        org.lexgraph.model.SavedSearch saved = org.lexgraph.model.LexgraphFactory.eINSTANCE.createSavedSearch();
        saved.setName(name);
        saved.setQuery(query);
        saved.setLastRun(new java.util.Date()); // hits are new from the moment the search is saved
        filter.values().forEach((field, values) -> values.forEach(v -> saved.getFilters().add(field + ":" + v)));
        execute(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, root,
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES, saved));
    }

    /** Deletes a saved search (an undoable command). */
    public void deleteSavedSearch(String name) throws KnowledgeBaseException {
        org.lexgraph.model.SavedSearch saved = read(kb -> kb.getSavedSearches().stream()
                .filter(x -> name.equals(x.getName())).findFirst().orElse(null));
        if (saved == null) {
            throw new KnowledgeBaseException("no saved search named '" + name + "' in " + folder);
        }
        execute(org.eclipse.emf.edit.command.RemoveCommand.create(editingDomain, root,
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES, saved));
    }

    /** A saved search's filters ({@code field:value}) as a search filter; unknown fields are left out. */
    public static SearchFilter filterOf(List<String> filters) {
        SearchFilter f = SearchFilter.NONE;
        for (String x : filters) {
            int colon = x.indexOf(':');
            if (colon > 0 && SearchFilter.isField(x.substring(0, colon))) {
                try {
                    f = f.with(x.substring(0, colon), x.substring(colon + 1));
                } catch (IllegalArgumentException e) {
                    // a value the field cannot take (a year that is not a number): left out, as it can match nothing
                }
            }
        }
        return f;
    }

    /**
     * Runs every saved search. A hit is new when its source was imported after the search last ran, or is one of
     * {@code newSources} (the sources an import just brought). With {@code remember}, each search's run time and hit
     * count are saved, so that the next report counts from now.
     */
    public List<SavedSearchReport> runSavedSearches(java.util.Set<String> newSources, boolean remember)
            throws KnowledgeBaseException, IOException {
        record Saved(String name, String query, List<String> filters, java.util.Date lastRun) {
        }
        List<Saved> all = read(kb -> kb.getSavedSearches().stream().map(x -> new Saved(x.getName(), x.getQuery(),
                List.copyOf(x.getFilters()), x.getLastRun())).toList());
        java.util.Map<String, java.time.Instant> imported = new java.util.HashMap<>();
        for (SourceSummary s : sources()) {
            imported.put(s.id(), s.importedAt());
        }
        List<SavedSearchReport> out = new ArrayList<>();
        for (Saved saved : all) {
            SearchFilter filter = filterOf(saved.filters());
            SearchResult r;
            try {
                r = search(saved.query(), 10_000, filter, false);
            } catch (QuerySyntaxException e) {
                out.add(new SavedSearchReport(saved.name(), saved.query(), filter.kind(), saved.filters(), 0, 0));
                continue;
            }
            long fresh = r.hits().stream().filter(h -> newSources.contains(h.sourceId()) || (saved.lastRun() != null
                    && imported.get(h.sourceId()) != null
                    && imported.get(h.sourceId()).isAfter(saved.lastRun().toInstant()))).count();
            out.add(new SavedSearchReport(saved.name(), saved.query(), filter.kind(), saved.filters(), r.totalHits(),
                    fresh));
        }
        if (remember && isWritable() && !out.isEmpty()) {
            java.util.Date now = new java.util.Date();
            applyChange(kb -> {
                for (org.lexgraph.model.SavedSearch x : kb.getSavedSearches()) {
                    out.stream().filter(rep -> rep.name().equals(x.getName())).findFirst().ifPresent(rep -> {
                        x.setLastRun(now);
                        x.setLastHitCount((int) Math.min(Integer.MAX_VALUE, rep.hits()));
                    });
                }
            });
        }
        return out;
    }

    /** The fields a query may name, for completion. */
    public static final List<String> QUERY_FIELDS = List.of("kind:", "year:", "date:", "municipality:", "dossier:",
            "court:", "actor:", "theme:", "collection:", "ecli:");

    /**
     * Values a query field may take that begin with {@code prefix} (any case), for completion: source kinds, years,
     * municipalities, dossiers, courts, actors, ask and theme keys, collections, and the ECLI, BWB and CVDR ids of
     * the knowledge base's sources ({@code field} "id"). At most {@code max}, sorted.
     */
    public List<String> suggestions(String field, String prefix, int max) {
        String p = prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT);
        java.util.TreeSet<String> out = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        java.util.function.Consumer<String> offer = v -> {
            if (v != null && !v.isBlank() && v.toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
                out.add(v.strip());
            }
        };
        read(kb -> {
            switch (field) {
                case "kind" -> java.util.Arrays.stream(SourceKind.values()).map(SourceKind::key).forEach(offer);
                case "actor" -> kb.getActors().forEach(a -> offer.accept(a.getName()));
                case "collection" -> {
                    java.util.ArrayDeque<org.lexgraph.model.Collection> todo = new java.util.ArrayDeque<>(
                            kb.getCollections());
                    while (!todo.isEmpty()) {
                        org.lexgraph.model.Collection c = todo.pop();
                        offer.accept(c.getName());
                        todo.addAll(c.getChildren());
                    }
                }
                case "theme" -> kb.getTaxonomies().forEach(t -> t.getThemes().forEach(th -> {
                    offer.accept(th.getKey());
                    th.getAsks().forEach(a -> offer.accept(a.getKey()));
                }));
                default -> {
                    for (Source s : kb.getSources()) {
                        if (s.eIsProxy() || s.getStatus() != SourceStatus.OK) {
                            continue;
                        }
                        switch (field) {
                            case "municipality" -> offer.accept(Actors.municipalityOf(s));
                            case "court" -> offer.accept(Actors.courtOf(s));
                            case "year" -> offer.accept(s.getDate() == null ? null : Integer.toString(
                                    s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).getYear()));
                            case "dossier" -> {
                                if (s instanceof org.lexgraph.model.ParliamentaryPaper pp) {
                                    offer.accept(pp.getDossier());
                                }
                            }
                            case "ecli", "id" -> {
                                if (s instanceof org.lexgraph.model.Ruling r) {
                                    offer.accept(r.getEcli());
                                } else if (field.equals("id") && s instanceof org.lexgraph.model.Regulation r) {
                                    offer.accept(r.getWorkId());
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
            }
            return null;
        });
        return out.stream().limit(max).toList();
    }

    /** What a source cites: one link per citation in its passages, in reading order. */
    public List<CitationLink> outgoing(String sourceId) {
        return read(kb -> {
            List<CitationLink> out = new ArrayList<>();
            Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains = new HashMap<>();
            for (Source s : kb.getSources()) {
                if (!s.eIsProxy() && s.getId().equals(sourceId)) {
                    for (Passage p : s.getPassages()) {
                        for (org.lexgraph.model.Citation c : p.getCitations()) {
                            out.add(link(kb, s, p, c, chains));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * What cites a source: every citation in the knowledge base resolved to it, except its references to its own
     * articles.
     */
    public List<CitationLink> incoming(String sourceId) {
        return read(kb -> {
            List<CitationLink> out = new ArrayList<>();
            Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains = new HashMap<>();
            for (Source s : kb.getSources()) {
                if (s.eIsProxy() || s.getId().equals(sourceId)) {
                    continue;
                }
                for (Passage p : s.getPassages()) {
                    for (org.lexgraph.model.Citation c : p.getCitations()) {
                        if (c.getResolvedSource() != null && sourceId.equals(c.getResolvedSource().getId())) {
                            out.add(link(kb, s, p, c, chains));
                        }
                    }
                }
            }
            return out;
        });
    }

    private CitationLink link(KnowledgeBase kb, Source s, Passage p, org.lexgraph.model.Citation c,
            Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains) {
        Source target = c.getResolvedSource();
        org.lexgraph.model.RegulationVersion version = c.getResolvedVersion();
        Boolean changed = null;
        String latest = null;
        if (version != null && target instanceof org.lexgraph.model.Regulation r) {
            // one chain per cited regulation and listing, not one per citation
            List<org.lexgraph.core.versions.Versions.VersionInfo> chain = chains.computeIfAbsent(r,
                    x -> org.lexgraph.core.versions.Versions.chain(kb, x));
            latest = org.lexgraph.core.versions.Versions.latestVersionId(chain);
            if (c.getResolvedElement() != null) {
                changed = org.lexgraph.core.versions.Versions.changedSince(kb, chain, version, c.getResolvedElement());
            }
        }
        return new CitationLink(s.getId(), s.getTitle(), p.getId(), p.getPage(), c.getText(),
                c.getType() == null ? "other" : c.getType().getLiteral(), c.getTargetKey(),
                importer.linker().formatted(c), c.getPinpoint(), target == null ? null : target.getId(),
                target == null ? null : target.getTitle(), version == null ? null : version.getVersionId(), changed,
                latest);
    }

    /**
     * Finds a source by what a user types: its id, its file, an identifier it carries (an ECLI, a BWB or CVDR id,
     * a Kamerstuk citation) or its exact title.
     */
    public Optional<SourceSummary> findSource(String reference) {
        String ref = reference.strip();
        List<SourceSummary> all = sources();
        for (SourceSummary s : all) {
            if (s.id().equals(ref) || ref.equals(s.file())
                    || (s.file() != null && java.nio.file.Path.of(ref).toAbsolutePath().normalize().toString()
                            .equals(s.file()))) {
                return Optional.of(s);
            }
        }
        for (org.lexgraph.cite.Citation c : scanner.scan(ref)) {
            String key = CitationLinker.baseKey(c.key());
            Optional<String> id = read(kb -> kb.getSources().stream()
                    .filter(s -> !s.eIsProxy() && CitationLinker.identifierKeys(s).contains(key))
                    .map(Source::getId).findFirst());
            if (id.isPresent()) {
                return all.stream().filter(s -> s.id().equals(id.get())).findFirst();
            }
        }
        return all.stream().filter(s -> ref.equalsIgnoreCase(s.title())).findFirst();
    }

    /** The versions of the regulation a reference names (id, file, title or identifier), oldest first. */
    public List<org.lexgraph.core.versions.Versions.VersionInfo> versions(String sourceReference) {
        Optional<SourceSummary> found = findSource(sourceReference);
        if (found.isEmpty()) {
            return List.of();
        }
        return read(kb -> kb.getSources().stream().filter(s -> s.getId().equals(found.get().id())).findFirst()
                .map(s -> org.lexgraph.core.versions.Versions.chain(kb, s)).orElse(List.of()));
    }

    /** Regulations that look like versions of one another but share no work id, for the user to confirm. */
    public List<org.lexgraph.core.versions.Versions.Suggestion> versionSuggestions() {
        return read(org.lexgraph.core.versions.Versions::suggestions);
    }

    /**
     * Confirms that regulations are versions of one regulation (an undoable edit): they get one work id
     * ({@code local:} and the oldest one's id), and one without a version gets a version in force from its own date.
     *
     * @throws KnowledgeBaseException when a source is unknown or not a regulation
     */
    public void linkVersions(List<String> sourceIds) throws KnowledgeBaseException {
        List<org.lexgraph.model.Regulation> regs = read(kb -> {
            List<org.lexgraph.model.Regulation> out = new ArrayList<>();
            for (String id : sourceIds) {
                kb.getSources().stream().filter(x -> !x.eIsProxy() && x.getId().equals(id)
                        && x instanceof org.lexgraph.model.Regulation).findFirst()
                        .ifPresent(x -> out.add((org.lexgraph.model.Regulation) x));
            }
            return out;
        });
        if (regs.size() != sourceIds.size() || regs.size() < 2) {
            throw new KnowledgeBaseException("linking versions needs two or more regulations of " + folder);
        }
        String work = regs.stream().map(org.lexgraph.model.Regulation::getWorkId).filter(java.util.Objects::nonNull)
                .findFirst().orElse("local:" + regs.get(0).getId());
        org.eclipse.emf.common.command.CompoundCommand cmd = new org.eclipse.emf.common.command.CompoundCommand(
                "link versions of " + regs.get(0).getTitle());
        for (org.lexgraph.model.Regulation r : regs) {
            if (!work.equals(r.getWorkId())) {
                cmd.append(org.eclipse.emf.edit.command.SetCommand.create(editingDomain, r,
                        org.lexgraph.model.LexgraphPackage.Literals.REGULATION__WORK_ID, work));
            }
            if (r.getVersions().isEmpty() || r.getVersions().stream().allMatch(v -> v.getValidFrom() == null)) {
                if (r.getVersions().isEmpty()) {
                    org.lexgraph.model.RegulationVersion v = org.lexgraph.model.LexgraphFactory.eINSTANCE
                            .createRegulationVersion();
                    v.setValidFrom(r.getDate());
                    cmd.append(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, r,
                            org.lexgraph.model.LexgraphPackage.Literals.REGULATION__VERSIONS, v));
                } else {
                    cmd.append(org.eclipse.emf.edit.command.SetCommand.create(editingDomain, r.getVersions().get(0),
                            org.lexgraph.model.LexgraphPackage.Literals.REGULATION_VERSION__VALID_FROM, r.getDate()));
                }
            }
        }
        execute(cmd);
    }

    /** The regulations in force on a day (optionally of one municipality), one version per regulation. */
    public List<org.lexgraph.core.versions.Versions.VersionInfo> inForce(java.time.LocalDate day, String municipality) {
        return read(kb -> org.lexgraph.core.versions.Versions.inForce(kb, day, municipality));
    }

    /**
     * Compares two versions article by article. A version is named by its version id ({@code CVDR700001_2},
     * {@code BWBR0011823@2024-01-01}) or by its source (id, file, title: that source's latest version).
     *
     * @throws KnowledgeBaseException when a reference names no version
     */
    public List<org.lexgraph.core.versions.ArticleAligner.Aligned> compareVersions(String before, String after)
            throws KnowledgeBaseException {
        String missing = read(kb -> org.lexgraph.core.versions.Versions.find(kb, before).isEmpty() ? before
                : org.lexgraph.core.versions.Versions.find(kb, after).isEmpty() ? after : null);
        if (missing != null) {
            throw new KnowledgeBaseException("no regulation version " + missing + " in " + folder
                    + " (give a version id such as CVDR641872_2 or BWBR0011823@2024-01-01, or a source)");
        }
        return read(kb -> org.lexgraph.core.versions.Versions.compare(
                org.lexgraph.core.versions.Versions.find(kb, before).orElseThrow(),
                org.lexgraph.core.versions.Versions.find(kb, after).orElseThrow()));
    }

    /**
     * Searches the passages; see {@link PassageIndex#search}. Citations typed into the query ({@code 36600 XVI nr.
     * 161}, {@code ECLI:NL:RVS:2019:625}, {@code CVDR641839}) are recognised and answered first: the cited document
     * itself, then the passages that cite it.
     */
    public SearchResult search(String query, int limit) throws QuerySyntaxException, IOException {
        return search(query, limit, null);
    }

    /** As {@link #search(String, int)}, keeping only sources of one kind when {@code kind} is given. */
    public SearchResult search(String query, int limit, SourceKind kind) throws QuerySyntaxException, IOException {
        return search(query, limit, kind, false);
    }

    /** As above; with {@code facets}, the result also counts all matches per source kind and year. */
    public SearchResult search(String query, int limit, SourceKind kind, boolean facets)
            throws QuerySyntaxException, IOException {
        return search(query, limit, SearchFilter.ofKind(kind == null ? null : kind.key()), facets);
    }

    /** As above with any filter: kind, municipality, dossier, court, date range. */
    public SearchResult search(String query, int limit, SearchFilter filter, boolean facets)
            throws QuerySyntaxException, IOException {
        return search(org.lexgraph.index.SearchRequest.of(query, limit).withFilter(filter).withFacets(facets));
    }

    /**
     * Searches as the request says (filters, order, paging, grouping by source, facets, highlights, more like a
     * passage). Citations typed into the query ({@code 36600 XVI nr. 161}, {@code ECLI:NL:RVS:2019:625}, {@code
     * ecli:NL:RVS:2019:625}, {@code CVDR641839}) are recognised and answered first: the cited document itself, then
     * the passages that cite it.
     */
    public SearchResult search(org.lexgraph.index.SearchRequest request) throws QuerySyntaxException, IOException {
        PassageIndex idx = index;
        String query = request.query();
        if ((query == null || query.isBlank()) && request.likePassage() == null) {
            throw new QuerySyntaxException("empty query: type one or more words", null);
        }
        if (idx == null) {
            return new SearchResult(query, 0, List.of());
        }
        if (query == null || query.isBlank()) {
            return idx.search(request, List.of(), thesaurus);
        }
        // identifier fields written before a citation (ecli:ECLI:NL:..., ecli:NL:..., cvdr:CVDR...) are the citation
        query = IDENTIFIER_FIELD.matcher(query).replaceAll(m -> m.group(1).equalsIgnoreCase("ecli")
                && !m.group(2).regionMatches(true, 0, "ECLI:", 0, 5) ? "ECLI:" : "");
        List<org.lexgraph.cite.Citation> cited = scanner.scan(query);
        if (cited.isEmpty()) {
            return idx.search(request.withQuery(query), List.of(), thesaurus);
        }
        StringBuilder rest = new StringBuilder();
        StringBuilder literals = new StringBuilder();
        int at = 0;
        List<String> keys = new ArrayList<>();
        for (org.lexgraph.cite.Citation c : cited) {
            rest.append(query, at, c.start()).append(' ');
            literals.append(query, c.start(), c.end()).append(' ');
            at = c.end();
            keys.addAll(articleKeys(c.key()));
            String base = CitationLinker.baseKey(c.key());
            if (!base.equals(c.key())) {
                keys.add(base);
            }
        }
        rest.append(query.substring(at));
        SearchResult r = idx.search(request.withQuery(rest.toString()), keys, literals.toString(), thesaurus);
        return r.asTyped(request.query(), r.notice());
    }

    /** Weighs the evidence of later searches as {@code options} says: for the relevance benchmarks' ablations. */
    void rankWith(org.lexgraph.index.RankingOptions options) {
        PassageIndex idx = index;
        if (idx != null) {
            idx.rankWith(options);
        }
    }

    /**
     * The key of a cited article as the index has it, lower case: {@code bwb:BWBR0002656:art:1:19e} (Burgerlijk
     * Wetboek, book 1) is article 19e of that book's BWB id, so both forms are searched.
     */
    static List<String> articleKeys(String key) {
        String article = CitationLinker.articleOf(key);
        if (article == null) {
            return List.of(key);
        }
        String base = CitationLinker.baseKey(key);
        List<String> out = new ArrayList<>(List.of(base + ":art:" + article.toLowerCase(java.util.Locale.ROOT)));
        int book = article.indexOf(':');
        if (book > 0) {
            out.add(base + ":art:" + article.substring(book + 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (!out.contains(key)) {
            out.add(key);
        }
        return out;
    }

    /** {@code ecli:}, {@code cvdr:}, {@code bwb:} or {@code kst:} before what follows it (group 2). */
    private static final java.util.regex.Pattern IDENTIFIER_FIELD = java.util.regex.Pattern
            .compile("(?i)\\b(ecli|cvdr|bwb|kst):(?=(\\S+))");

    /**
     * Where the query matches in each passage of one source: for the document view, which marks every match and
     * steps from one to the next. Passages without a match are left out.
     */
    public Map<String, List<org.lexgraph.index.SearchHit.Span>> matchesIn(String query, String sourceId)
            throws QuerySyntaxException, IOException {
        SearchResult r = search(org.lexgraph.index.SearchRequest.of(query, 10_000)
                .withFilter(SearchFilter.NONE.withSources(java.util.Set.of(sourceId))).withHighlights(true));
        Map<String, List<org.lexgraph.index.SearchHit.Span>> out = new HashMap<>();
        for (org.lexgraph.index.SearchHit h : r.hits()) {
            if (!h.highlights().isEmpty()) {
                out.put(h.passageId(), h.highlights());
            }
        }
        return out;
    }

    /** The file listing the folders the workbench watches for this knowledge base, one absolute path per line. */
    static final String WATCHED_FILE = "watched-folders.txt";

    /** The folders whose changes are imported as they happen (in the workbench). */
    public List<Path> watchedFolders() {
        Path f = folder.resolve(WATCHED_FILE);
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
        requireWritable();
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
        requireWritable();
        List<Path> all = new ArrayList<>(watchedFolders());
        if (all.remove(dir.toAbsolutePath().normalize())) {
            writeWatched(all);
        }
    }

    private void writeWatched(List<Path> all) throws KnowledgeBaseException {
        StringBuilder sb = new StringBuilder("# folders the workbench imports again when their files change\n");
        all.forEach(p -> sb.append(p).append('\n'));
        try {
            new AtomicFiles().write(folder.resolve(WATCHED_FILE), sb.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot save the watched folders of " + folder + ": "
                    + ModelStore.rootMessage(e), e);
        }
    }

    /** The sources, in the order they were imported. */
    public List<SourceSummary> sources() {
        rw.readLock().lock();
        try {
            List<SourceSummary> out = new ArrayList<>();
            for (Source s : root.getSources()) {
                if (!s.eIsProxy()) {
                    out.add(summary(s));
                }
            }
            return out;
        } finally {
            rw.readLock().unlock();
        }
    }

    public Optional<SourceView> source(String id) {
        rw.readLock().lock();
        try {
            for (Source s : root.getSources()) {
                if (!s.eIsProxy() && s.getId().equals(id)) {
                    List<PassageView> passages = new ArrayList<>(s.getPassages().size());
                    for (Passage p : s.getPassages()) {
                        passages.add(new PassageView(p.getId(), p.getOrdinal(), p.getPage(), p.getAnchor(),
                                p.getText()));
                    }
                    return Optional.of(new SourceView(summary(s), passages));
                }
            }
            return Optional.empty();
        } finally {
            rw.readLock().unlock();
        }
    }

    private static SourceSummary summary(Source s) {
        return new SourceSummary(s.getId(), s.getTitle(), SourceKind.of(s), s.getStatus() == SourceStatus.FAILED,
                s.getStatusMessage(), s.getOriginalPath(), s.getPassages().size(), s.getPageCount(),
                s.getImportedAt() == null ? null : s.getImportedAt().toInstant(), s.getArchivePath(), s.isFileRemoved());
    }

    /**
     * The editing domain of this knowledge base. Every user edit is a command executed through {@link #execute}, so
     * that it is saved, indexed and undoable. Imports are not commands: they clear the undo history.
     */
    public EditingDomain editingDomain() {
        return editingDomain;
    }

    /** Labels, icons and property descriptors of the model objects (EMF.Edit). */
    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Executes a user edit, saves what it changed and updates the index; it can then be undone. */
    public void execute(Command command) throws KnowledgeBaseException {
        change(() -> {
            if (!command.canExecute()) {
                throw new IllegalArgumentException("this change cannot be made: " + command.getLabel());
            }
            commandStack.execute(command);
        });
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    /** The label of the edit that Undo would revert, or {@code null}. */
    public String undoLabel() {
        return commandStack.getUndoCommand() == null ? null : commandStack.getUndoCommand().getLabel();
    }

    public String redoLabel() {
        return commandStack.getRedoCommand() == null ? null : commandStack.getRedoCommand().getLabel();
    }

    public void undo() throws KnowledgeBaseException {
        change(commandStack::undo);
    }

    public void redo() throws KnowledgeBaseException {
        change(commandStack::redo);
    }

    private void change(Runnable edit) throws KnowledgeBaseException {
        requireWritable();
        rw.writeLock().lock();
        try {
            Map<Source, java.util.Set<String>> filedBefore = filing(root);
            edit.run();
            java.util.Set<Source> changed = new java.util.LinkedHashSet<>(store.saveModified(root));
            Map<Source, java.util.Set<String>> filedAfter = filing(root);
            // a source filed in or out of a collection changes only the root, but its passages carry the collection
            for (Source s : filedBefore.keySet()) {
                if (!filedBefore.get(s).equals(filedAfter.getOrDefault(s, java.util.Set.of()))) {
                    changed.add(s);
                }
            }
            for (Source s : filedAfter.keySet()) {
                if (!filedBefore.containsKey(s)) {
                    changed.add(s);
                }
            }
            for (Source s : changed) {
                if (s.getStatus() == SourceStatus.OK && !s.eIsProxy() && s.eContainer() != null) {
                    index.replaceSource(s.getId(), records(s, filedAfter));
                }
            }
            index.commit(root.getGeneration());
        } catch (IOException e) {
            throw new KnowledgeBaseException("could not save knowledge base " + folder + ": "
                    + ModelStore.rootMessage(e), e);
        } finally {
            rw.writeLock().unlock();
        }
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /** The model object with this id: a source, or a passage of the given source; empty if there is none. */
    public Optional<EObject> object(String sourceId, String passageId) {
        return read(kb -> {
            for (Source s : kb.getSources()) {
                if (!s.eIsProxy() && s.getId().equals(sourceId)) {
                    if (passageId == null) {
                        return Optional.<EObject>of(s);
                    }
                    return s.getPassages().stream().filter(p -> p.getId().equals(passageId))
                            .<EObject>map(p -> p).findFirst();
                }
            }
            return Optional.<EObject>empty();
        });
    }

    /** Validates the knowledge base: damaged files first, then the model's problems. */
    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        for (String damaged : loadProblems) {
            problems.add(new Problem(Problem.Severity.ERROR, "damaged-file", damaged, null, null));
        }
        problems.addAll(read(kb -> new KnowledgeBaseChecker().check(kb)));
        return problems;
    }

    /**
     * Adds a taxonomy read from the tab-separated form of {@link TaxonomyReader}; its key must be new.
     *
     * @return the number of themes and asks added
     */
    public int addTaxonomy(java.io.BufferedReader in, String key, String name) throws IOException,
            KnowledgeBaseException {
        org.lexgraph.model.Taxonomy taxonomy = new TaxonomyReader().read(in, key, name);
        if (read(kb -> kb.getTaxonomies().stream().anyMatch(t -> key.equals(t.getKey())))) {
            throw new KnowledgeBaseException("a taxonomy with the key " + key + " exists already in " + folder);
        }
        execute(org.eclipse.emf.edit.command.AddCommand.create(editingDomain, root,
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES, taxonomy));
        return countEntries(taxonomy);
    }

    /**
     * Adds a taxonomy a bundle contributes ({@link Taxonomies}) by its key.
     *
     * @return the number of themes and asks added
     */
    public int addContributedTaxonomy(String key) throws IOException, KnowledgeBaseException {
        Taxonomies.Offered o = Taxonomies.find(key).orElseThrow(() -> new KnowledgeBaseException(
                "no contributed taxonomy " + key + "; there are " + Taxonomies.contributed().stream()
                        .map(Taxonomies.Offered::key).toList()));
        try (java.io.BufferedReader in = Taxonomies.open(o)) {
            return addTaxonomy(in, o.key(), o.name());
        }
    }

    /** A new knowledge base gets the contributed taxonomies marked default; one that cannot be read is logged. */
    private void addDefaultTaxonomies() {
        for (Taxonomies.Offered o : Taxonomies.contributed()) {
            if (o.isDefault()) {
                try {
                    addContributedTaxonomy(o.key());
                } catch (IOException | KnowledgeBaseException e) {
                    java.util.logging.Logger.getLogger(KnowledgeBaseSession.class.getName()).warning(
                            "taxonomy " + o.key() + " of " + o.bundle() + " not added: " + e.getMessage());
                }
            }
        }
    }

    private static int countEntries(org.lexgraph.model.Taxonomy t) {
        int n = 0;
        for (org.lexgraph.model.Theme th : t.getThemes()) {
            n += 1 + th.getAsks().size();
        }
        return n;
    }

    /** Every theme followed by its asks, taxonomy by taxonomy. */
    public List<TaxonomyEntry> taxonomy() {
        return read(kb -> {
            List<TaxonomyEntry> out = new ArrayList<>();
            for (org.lexgraph.model.Taxonomy t : kb.getTaxonomies()) {
                for (org.lexgraph.model.Theme th : t.getThemes()) {
                    out.add(new TaxonomyEntry(t.getKey(), th.getKey(), th.getLabel(), null));
                    for (org.lexgraph.model.Ask a : th.getAsks()) {
                        out.add(new TaxonomyEntry(t.getKey(), a.getKey(), a.getLabel(), th.getKey()));
                    }
                }
            }
            return out;
        });
    }

    public KnowledgeBaseStats stats() throws IOException {
        rw.readLock().lock();
        try {
            Map<String, Integer> byKind = new TreeMap<>();
            int sources = 0;
            int passages = 0;
            int failed = 0;
            int citations = 0;
            int resolved = 0;
            int links = 0;
            int notes = 0;
            for (Source s : root.getSources()) {
                if (s.eIsProxy()) {
                    continue;
                }
                sources++;
                byKind.merge(SourceKind.of(s).key(), 1, Integer::sum);
                passages += s.getPassages().size();
                notes += s.getNotes().size();
                if (s.getStatus() == SourceStatus.FAILED) {
                    failed++;
                }
                for (Passage p : s.getPassages()) {
                    citations += p.getCitations().size();
                    for (org.lexgraph.model.Citation c : p.getCitations()) {
                        if (c.getResolvedSource() != null) {
                            resolved++;
                        }
                    }
                    links += p.getThemeLinks().size();
                    notes += p.getNotes().size();
                }
            }
            int themes = 0;
            int asks = 0;
            for (org.lexgraph.model.Taxonomy t : root.getTaxonomies()) {
                themes += t.getThemes().size();
                for (org.lexgraph.model.Theme th : t.getThemes()) {
                    asks += th.getAsks().size();
                }
            }
            int collections = 0;
            for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = org.eclipse.emf.ecore.util.EcoreUtil
                    .getAllProperContents(root.getCollections(), false); it.hasNext();) {
                if (it.next() instanceof org.lexgraph.model.Collection) {
                    collections++;
                }
            }
            int indexed = index == null ? 0 : index.passageCount();
            return new KnowledgeBaseStats(folder.toString(), sources, byKind, passages, failed, loadProblems.size(),
                    indexed, indexCurrent, citations, resolved, root.getActors().size(), root.getTaxonomies().size(),
                    themes, asks, links, collections, root.getBaskets().size(), root.getSavedSearches().size(), notes);
        } finally {
            rw.readLock().unlock();
        }
    }

    private void requireWritable() {
        if (!isWritable()) {
            throw new IllegalStateException("knowledge base " + folder + " is open read-only");
        }
    }

    @Override
    public void close() throws IOException {
        saver.shutdown();
        rw.writeLock().lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
            adapterFactory.dispose();
        } finally {
            rw.writeLock().unlock();
            release(lock, lockChannel);
        }
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to do
            }
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
