package org.lexgraph.core;

import org.lexgraph.core.baskets.Baskets;
import org.lexgraph.core.internal.LetterSetup;
import org.lexgraph.core.internal.FormatMigrations;
import org.lexgraph.core.internal.ThesaurusFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lexgraph.core.internal.FolderLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.lexgraph.core.baskets.BasketService;
import org.lexgraph.core.annotations.AnnotationService;
import org.lexgraph.core.collections.CollectionService;
import org.lexgraph.core.pages.PageService;
import org.lexgraph.core.tables.TermTables;
import org.lexgraph.core.bundles.BundleService;
import org.lexgraph.core.citations.CitationService;
import org.lexgraph.core.imports.ImportService;
import org.lexgraph.core.internal.ModelStore;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.core.library.LibraryService;
import org.lexgraph.core.search.SearchService;
import org.lexgraph.core.themes.ThemeService;
import org.lexgraph.core.validation.ValidationService;
import org.lexgraph.core.versions.VersionService;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Source;
import org.lexgraph.model.provider.LexgraphItemProviderAdapterFactory;

/**
 * An open knowledge base folder: the EMF model (the truth), the Lucene index derived from it, and the lock that keeps
 * a second writer out. Opening checks that the index reflects the model's generation and rebuilds it when not.
 * <p>
 * This is the facade: opening and closing, change listeners, the editing domain with undo and redo, and reading or
 * changing the model under its lock. What a user does with a knowledge base is in one service per capability
 * ({@link #imports()}, {@link #search()}, {@link #library()}, ...).
 * Thread-safe: model reads and writes are serialised by a read-write lock; searches run concurrently.
 */
public final class KnowledgeBaseSession implements Closeable {

    static final String LOCK_FILE = ".lock";

    private final SessionContext ctx;
    private final FolderLock lock;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain editingDomain;
    private final ImportService imports;
    private final SearchService search;
    private final CitationService citations;
    private final ThemeService themes;
    private final BasketService baskets;
    private final VersionService versions;
    private final ValidationService validation;
    private final LibraryService library;
    private final CollectionService collections;
    private final AnnotationService annotations;
    private final PageService pages;
    private final TermTables tables;
    private final BundleService bundles;

    private KnowledgeBaseSession(SessionContext ctx, FolderLock lock) {
        this.ctx = ctx;
        this.lock = lock;
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new LexgraphItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, ctx.commandStack(),
                ctx.store().resourceSet());
        imports = new ImportService(this, ctx);
        search = new SearchService(this, ctx);
        citations = new CitationService(this, ctx);
        themes = new ThemeService(this, ctx);
        baskets = new BasketService(this, ctx);
        versions = new VersionService(this, ctx);
        validation = new ValidationService(this, ctx);
        library = new LibraryService(this, ctx);
        collections = new CollectionService(this, ctx);
        annotations = new AnnotationService(this, ctx);
        pages = new PageService(ctx);
        tables = new TermTables(ctx);
        bundles = new BundleService(this, ctx);
    }

    /** How to open a folder. */
    public enum Access {
        /** Read and write; create the knowledge base when the folder is missing or empty. */
        CREATE,
        /** Read and write an existing knowledge base; fails when another process holds it. */
        WRITE,
        /**
         * Read an existing knowledge base; writes when no other process holds it (to bring the index up to date).
         * Sources are loaded when first needed, so that a search or a count does not load what it does not show; such
         * a session is for one thread (the command line).
         */
        READ,
        /**
         * Read and write, creating the knowledge base when the folder is missing or empty (as {@link #CREATE}), with
         * sources loaded when first needed: the library list and the counts come from the catalogue of sources, a
         * source opened is loaded alone, and an import does the work of the files it brings, not of the whole library
         * (it loads only what it replaces or cites). Work that needs every source (validation, coverage, a rebuilt
         * index) loads them all then. For the command line's import and the workbench.
         */
        LAZY
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
        boolean create = access == Access.CREATE || access == Access.LAZY;
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
        if (fresh) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new KnowledgeBaseException("cannot make knowledge base " + dir + ": " + ModelStore.rootMessage(e),
                        e);
            }
        }
        FolderLock folderLock = FolderLock.take(dir, LOCK_FILE, access != Access.READ);
        boolean held = folderLock.held();
        try {
            ModelStore store = new ModelStore(dir, files);
            KnowledgeBase root = null;
            boolean lazyImport = false;
            List<String> problems = new ArrayList<>();
            // a read-only session of a root in this version's format reads the root itself only when it needs it:
            // a search does not (the root lists every source and grows with the library)
            java.util.OptionalLong peeked = !fresh && access == Access.READ ? store.peekGeneration()
                    : java.util.OptionalLong.empty();
            if (fresh) {
                root = store.createRoot(dir.getFileName() == null ? "Lexgraph" : dir.getFileName().toString());
                store.saveRoot(root);
            } else if (peeked.isEmpty()) {
                // a lazy session reads the catalogue of sources instead of the sources (made at the end of the
                // opening when it is missing or old), on the other core while the root is read: the workbench lists
                // the library from it, and both grow with the library
                java.util.OptionalLong expected = access == Access.LAZY && held ? store.peekGeneration()
                        : java.util.OptionalLong.empty();
                var reading = expected.isPresent()
                        ? java.util.concurrent.CompletableFuture.supplyAsync(() -> SourceCatalogue.read(dir,
                                expected.getAsLong()))
                        : java.util.concurrent.CompletableFuture.completedFuture(
                                java.util.Optional.<SourceCatalogue>empty());
                root = store.loadRoot();
                long generation = root.getGeneration();
                java.util.Optional<SourceCatalogue> catalogue = reading.join()
                        .filter(c -> expected.getAsLong() == generation);
                if (catalogue.isEmpty() && access == Access.LAZY && held
                        && (expected.isEmpty() || expected.getAsLong() != generation)) {
                    catalogue = SourceCatalogue.read(dir, generation);
                }
                catalogue.ifPresent(store::useCatalogue);
                lazyImport = access == Access.LAZY && held;
                if (access != Access.READ && !lazyImport) {
                    store.loadSources(root, problems);
                }
                if (held && FormatMigrations.migrate(root)) {
                    store.saveRoot(root);
                }
                if (held && access != Access.READ && problems.isEmpty() && store.importStopped()) {
                    store.deleteOrphans(root);
                    store.doneImporting();
                }
            }
            sub.worked(2);
            org.lexgraph.index.Thesaurus thesaurus = ThesaurusFile.load(dir, fresh, problems);
            SessionContext ctx = root != null
                    ? new SessionContext(dir, store, root, importer, held, problems, thesaurus,
                            LawNameTables.scanner(dir, problems), !fresh && (access == Access.READ || lazyImport))
                    : new SessionContext(dir, store, store::loadRoot, peeked.getAsLong(), importer, held,
                            problems, thesaurus, LawNameTables.scanner(dir, problems));
            KnowledgeBaseSession session = new KnowledgeBaseSession(ctx, folderLock);
            ctx.openIndex(sub.split(fresh ? 4 : 8), access == Access.READ);
            if (held && access != Access.READ) {
                ctx.catalogue(); // kept up to date by every save from now on (made here once if missing or old)
            }
            if (fresh) {
                try {
                    LetterSetup.install(session, sub.split(4));
                    session.themes().addDefaultTaxonomies();
                } catch (KnowledgeBaseException e) {
                    session.close();
                    throw e;
                }
            }
            return session;
        } catch (KnowledgeBaseException e) {
            folderLock.release();
            throw e;
        } catch (IOException | RuntimeException e) {
            folderLock.release();
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

    /** Importing files and folders, watched folders, rebuilding the index. */
    public ImportService imports() {
        return imports;
    }

    /** Searching: the query front, matches in a source, completion, saved searches. */
    public SearchService search() {
        return search;
    }

    /** The citation graph: what a source cites and what cites it. */
    public CitationService citations() {
        return citations;
    }

    /** Taxonomies, theme links and coverage. */
    public ThemeService themes() {
        return themes;
    }

    /** Collections: the user's folders of sources. */
    public CollectionService collections() {
        return collections;
    }

    /** Notes and highlights on sources, passages and words. */
    public AnnotationService annotations() {
        return annotations;
    }

    /** Sources read from a PDF as printed: pages drawn, and where passages and words stand on them. */
    public PageService pages() {
        return pages;
    }

    /** The knowledge base's thesaurus and law names, as a user edits them. */
    public TermTables tables() {
        return tables;
    }

    /** The documents of PDF bundles as the user corrects them (split, merge). */
    public BundleService bundles() {
        return bundles;
    }

    /** Baskets of quotes. */
    public BasketService baskets() {
        return baskets;
    }

    /** Versions of regulations. */
    public VersionService versions() {
        return versions;
    }

    /** Validation of the model. */
    public ValidationService validation() {
        return validation;
    }

    /** The sources and the counts of everything. */
    public LibraryService library() {
        return library;
    }

    /** The shared collection the knowledge base may be bound to (a research team's index on SolrCloud). */
    public org.lexgraph.core.sharing.SharingService sharing() {
        return new org.lexgraph.core.sharing.SharingService(this, ctx); // holds nothing of its own
    }

    public Path folder() {
        return ctx.folder();
    }

    /** Whether this session may change the knowledge base (it holds the lock). */
    public boolean isWritable() {
        return lock.held();
    }

    /** Whether the index reflects the model; false only for a read-only session on an interrupted knowledge base. */
    public boolean isIndexCurrent() {
        return ctx.isIndexCurrent();
    }

    /** Problems met while loading: damaged source files, each as "file: what is wrong". */
    public List<String> loadProblems() {
        return ctx.loadProblems();
    }

    public void addChangeListener(Runnable listener) {
        ctx.listeners().add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        ctx.listeners().remove(listener);
    }

    /**
     * Changes the model under the write lock, outside the undo history (set-up work, bookkeeping); what changed is
     * saved and re-indexed as for an edit.
     */
    public void applyChange(Consumer<KnowledgeBase> change) throws KnowledgeBaseException {
        ctx.change(() -> change.accept(ctx.root()));
    }

    /** Reads the model under the read lock; {@code reader} must not keep model objects beyond the call. */
    public <T> T read(Function<KnowledgeBase, T> reader) {
        return ctx.read(reader);
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
        ctx.change(() -> {
            if (!command.canExecute()) {
                throw new IllegalArgumentException("this change cannot be made: " + command.getLabel());
            }
            ctx.commandStack().execute(command);
        });
    }

    public boolean canUndo() {
        return ctx.commandStack().canUndo();
    }

    public boolean canRedo() {
        return ctx.commandStack().canRedo();
    }

    /** The label of the edit that Undo would revert, or {@code null}. */
    public String undoLabel() {
        Command c = ctx.commandStack().getUndoCommand();
        return c == null ? null : c.getLabel();
    }

    public String redoLabel() {
        Command c = ctx.commandStack().getRedoCommand();
        return c == null ? null : c.getLabel();
    }

    public void undo() throws KnowledgeBaseException {
        ctx.change(ctx.commandStack()::undo);
        bundles.afterUndoOrRedo();
    }

    public void redo() throws KnowledgeBaseException {
        ctx.change(ctx.commandStack()::redo);
        bundles.afterUndoOrRedo();
    }

    /** The model object with this id: a source, or a passage of the given source; empty if there is none. */
    public Optional<EObject> object(String sourceId, String passageId) {
        return read(kb -> {
            for (Source s : kb.getSources()) {
                if (!s.eIsProxy() && s.getId().equals(sourceId)) {
                    return passageId == null ? Optional.<EObject>of(s) : s.getPassages().stream()
                            .filter(p -> p.getId().equals(passageId)).<EObject>map(p -> p).findFirst();
                }
            }
            return Optional.<EObject>empty();
        });
    }

    /** The shared state of the services: for tests that look at what a session has loaded. */
    SessionContext context() {
        return ctx;
    }

    /** Weighs the evidence of later searches as {@code options} says: for the relevance benchmarks' ablations. */
    void rankWith(org.lexgraph.index.RankingOptions options) {
        search.rankWith(options);
    }

    @Override
    public void close() throws IOException {
        try {
            pages.close();
            ctx.closeIndex(); // then says so when changes could not be sent to a shared collection (they wait)
        } finally {
            adapterFactory.dispose();
            lock.release();
        }
    }
}
