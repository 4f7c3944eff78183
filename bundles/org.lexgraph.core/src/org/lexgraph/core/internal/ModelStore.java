package org.lexgraph.core.internal;

import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.KnowledgeBaseException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Source;

/**
 * The EMF resources of one knowledge base folder: {@code kb.xmi} holds the root, and every source lives in a resource
 * of its own under {@code sources/}, referenced from the root as a containment proxy, so that a damaged source file
 * costs that source only. Every resource is written atomically. Not thread-safe: the session serialises access.
 */
public final class ModelStore {

    public static final String ROOT_FILE = "kb.xmi";
    public static final String SOURCES_DIR = "sources";
    /** The version of the on-disk format this code writes and reads. */
    public static final int FORMAT_VERSION = 2;

    /** How source resources are written; the root is always XMI. See the README for the measurements. */
    public enum SourceFormat {
        XMI("xmi"), BINARY("lgb");

        final String extension;

        SourceFormat(String extension) {
            this.extension = extension;
        }
    }

    private final Path folder;
    private final AtomicFiles files;
    private final SourceFormat format;
    private final ResourceSet resourceSet = new ResourceSetImpl();
    private volatile SourceCatalogue catalogue;
    /** Counts the changes of the root's list of sources (attached, taken out), so that a map of it knows it is old. */
    private final java.util.concurrent.atomic.AtomicInteger listChanges = new java.util.concurrent.atomic.AtomicInteger();
    {
        // resources found by URI in a map: without it every lookup (each proxy resolved, each source loaded) walks
        // the list of every resource, which made loading 10,000 sources quadratic (found with bench scale)
        ((ResourceSetImpl) resourceSet).setURIResourceMap(new HashMap<>());
    }
    /** Per thread: the cached lookup table of a save option is not to be shared by saves running at once. */
    private final ThreadLocal<Map<Object, Object>> saveOptions = ThreadLocal.withInitial(() -> {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
        o.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        return o;
    });

    public ModelStore(Path folder, AtomicFiles files) {
        this(folder, files, SourceFormat.XMI);
    }

    public ModelStore(Path folder, AtomicFiles files, SourceFormat format) {
        this.folder = folder;
        this.files = files;
        this.format = format;
        resourceSet.getPackageRegistry().put(LexgraphPackage.eNS_URI, LexgraphPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                // objects found by id through a map filled on the first lookup: without it every reference
                // between resources (a theme link's ask, a citation's target) walked the whole resource
                org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl r =
                        (org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl) super.createResource(uri);
                r.setIntrinsicIDToEObjectMap(new HashMap<>());
                // edits of a source loaded on demand (a lazy session) are saved like those of one loaded up front
                r.setTrackingModification(true);
                return r;
            }
        });
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(SourceFormat.BINARY.extension,
                new org.eclipse.emf.ecore.resource.Resource.Factory() {
                    @Override
                    public Resource createResource(URI uri) {
                        Resource r = new org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl(uri);
                        r.setTrackingModification(true);
                        return r;
                    }
                });
        Map<Object, Object> load = resourceSet.getLoadOptions();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl());
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
    }

    /** The catalogue of the sources, kept up to date by the saves; null until the session sets one. */
    public SourceCatalogue catalogue() {
        return catalogue;
    }

    public void useCatalogue(SourceCatalogue c) {
        this.catalogue = c;
    }

    /** How many times sources were attached to or taken out of the root's list. */
    public int listChanges() {
        return listChanges.get();
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    public Path rootFile() {
        return folder.resolve(ROOT_FILE);
    }

    public KnowledgeBase createRoot(String name) {
        KnowledgeBase kb = LexgraphFactory.eINSTANCE.createKnowledgeBase();
        kb.setName(name);
        kb.setFormatVersion(FORMAT_VERSION);
        Resource r = resourceSet.createResource(fileUri(rootFile()));
        r.setTrackingModification(true);
        r.getContents().add(kb);
        return kb;
    }

    /**
     * The generation of the root as its first element states it, read without parsing the root (whose list of sources
     * grows with the library), when the root is of this version's format; empty otherwise (damaged, older or newer:
     * {@link #loadRoot} then says what is wrong or migrates).
     */
    public java.util.OptionalLong peekGeneration() {
        try (java.io.InputStream in = Files.newInputStream(rootFile())) {
            String head = new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher root = java.util.regex.Pattern.compile("<lexgraph:KnowledgeBase\\b([^>]*)>")
                    .matcher(head);
            if (!root.find()) {
                return java.util.OptionalLong.empty();
            }
            java.util.regex.Matcher format = java.util.regex.Pattern.compile("\\bformatVersion=\"(\\d+)\"")
                    .matcher(root.group(1));
            if (!format.find() || Integer.parseInt(format.group(1)) != FORMAT_VERSION) {
                return java.util.OptionalLong.empty();
            }
            java.util.regex.Matcher generation = java.util.regex.Pattern.compile("\\bgeneration=\"(\\d+)\"")
                    .matcher(root.group(1));
            return java.util.OptionalLong.of(generation.find() ? Long.parseLong(generation.group(1)) : 0);
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    public KnowledgeBase loadRoot() throws KnowledgeBaseException {
        Path file = rootFile();
        Resource r;
        try {
            r = resourceSet.getResource(fileUri(file), true);
        } catch (RuntimeException e) {
            throw new KnowledgeBaseException("damaged knowledge base: " + file + ": " + rootMessage(e), e);
        }
        r.setTrackingModification(true);
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof KnowledgeBase kb)) {
            throw new KnowledgeBaseException("damaged knowledge base: " + file + " holds no knowledge base");
        }
        if (kb.getFormatVersion() > FORMAT_VERSION) {
            throw new KnowledgeBaseException("knowledge base " + folder + " was written by a newer Lexgraph (format "
                    + kb.getFormatVersion() + ", this version reads up to " + FORMAT_VERSION + ")");
        }
        return kb;
    }

    /**
     * Loads every source resource, leaving damaged ones as unresolved proxies; each problem is added to
     * {@code problems} as "file: what is wrong".
     */
    public void loadSources(KnowledgeBase kb, List<String> problems) {
        @SuppressWarnings("unchecked")
        InternalEList<Source> sources = (InternalEList<Source>) kb.getSources();
        // the resources are made here, read on several threads (parsing is most of the time), then resolved here
        List<Resource> toRead = new java.util.ArrayList<>();
        Map<URI, Resource> byUri = ((ResourceSetImpl) resourceSet).getURIResourceMap();
        Map<URI, Resource> present = new HashMap<>();
        for (Resource r : resourceSet.getResources()) {
            present.put(r.getURI(), r);
        }
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.basicGet(i);
            if (!s.eIsProxy()) {
                continue;
            }
            URI uri = ((InternalEObject) s).eProxyURI().trimFragment();
            Resource r = present.get(uri);
            if (r == null) {
                r = resourceSet.createResource(uri);
                present.put(uri, r);
                toRead.add(r);
            }
            byUri.put(uri, r); // found again by proxy resolution without a walk through every resource
        }
        Map<Resource, String> failed = readAll(toRead);
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.basicGet(i);
            if (!s.eIsProxy()) {
                // loaded on demand before: edits to it must be seen as well
                if (s.eResource() != null && !s.eResource().isTrackingModification()) {
                    s.eResource().setTrackingModification(true);
                }
                continue;
            }
            URI uri = ((InternalEObject) s).eProxyURI();
            String file = uri.isFile() ? uri.toFileString() : uri.toString();
            Resource r = present.get(uri.trimFragment());
            String why = r == null ? null : failed.get(r);
            if (why != null) {
                problems.add(file.replaceAll("#.*", "") + ": damaged source file: " + why);
                continue;
            }
            try {
                resourceSet.getResource(uri.trimFragment(), true).setTrackingModification(true);
            } catch (RuntimeException e) {
                problems.add(file.replaceAll("#.*", "") + ": damaged source file: " + rootMessage(e));
                continue;
            }
            if (sources.get(i).eIsProxy()) {
                problems.add(file + ": the file does not hold this source");
            }
        }
    }

    /**
     * Reads resources on as many threads as there are cores, each with load options of its own (the name-to-feature
     * cache is not shared); returns the ones that could not be read, with why. A failed resource stays in the resource
     * set as EMF leaves it after a failed demand load.
     */
    private Map<Resource, String> readAll(List<Resource> resources) {
        Map<Resource, String> failed = new java.util.concurrent.ConcurrentHashMap<>();
        if (resources.isEmpty()) {
            return failed;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), resources.size() / 50 + 1));
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexgraph-load");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Map<Object, Object>> options = ThreadLocal.withInitial(() -> {
            Map<Object, Object> o = new HashMap<>(resourceSet.getLoadOptions());
            o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
            return o;
        });
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (Resource r : resources) {
                done.add(readers.submit(() -> {
                    try {
                        r.load(options.get());
                    } catch (IOException | RuntimeException e) {
                        failed.put(r, rootMessage(e));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // each task records its own failure
        } finally {
            readers.shutdown();
        }
        return failed;
    }

    /**
     * A source read from its own file without the root (a read-only session that has not read the root); the same
     * object the root's reference resolves to later. Empty when there is no such file or it holds another source.
     */
    public java.util.Optional<Source> loadSourceAlone(String id) {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
            return java.util.Optional.empty();
        }
        Path file = sourceFile(id);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = fileUri(file);
            Resource r = resourceSet.getResource(uri, true);
            ((ResourceSetImpl) resourceSet).getURIResourceMap().put(uri, r);
            r.setTrackingModification(true);
            return r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Source s) || !id.equals(s.getId())
                    ? java.util.Optional.empty() : java.util.Optional.of(s);
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // damaged: reported when the sources are all loaded
        }
    }

    /**
     * The source with this id when its resource is loaded already and the source is in the root (found by its file,
     * without a walk through the root's list).
     */
    public java.util.Optional<Source> loadedSource(String id, KnowledgeBase root) {
        if (id == null || id.isBlank()) {
            return java.util.Optional.empty();
        }
        Resource r = ((ResourceSetImpl) resourceSet).getURIResourceMap().get(fileUri(sourceFile(id)));
        if (r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Source s
                && id.equals(s.getId()) && s.eContainer() == root) {
            return java.util.Optional.of(s);
        }
        return java.util.Optional.empty();
    }

    /**
     * Reads sources from their files apart from the model, on every core, each handed to {@code each} and dropped
     * after it: for a pass over many sources (a check) that must not hold them all. References to the root's objects
     * (asks, actors) resolve to {@code root}'s; references to other sources stay unresolved. A file that cannot be
     * read goes to {@code failed} with why.
     */
    public void readApart(List<String> ids, KnowledgeBase root, java.util.function.BiConsumer<String, Source> each,
            java.util.function.BiConsumer<String, String> failed) {
        Resource rootResource = root.eResource();
        // every id of the root's resource in its map before the readers share it (a miss would fill it)
        rootResource.getEObject("lexgraph-no-such-id");
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ids.size() / 100 + 1));
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexgraph-read-apart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            int chunk = Math.max(1, (ids.size() + threads - 1) / threads);
            for (int from = 0; from < ids.size(); from += chunk) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
                done.add(readers.submit(() -> {
                    Map<Object, Object> options = new HashMap<>(resourceSet.getLoadOptions());
                    options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
                    for (String id : part) {
                        ResourceSetImpl apart = new ResourceSetImpl();
                        apart.getPackageRegistry().put(LexgraphPackage.eNS_URI, LexgraphPackage.eINSTANCE);
                        apart.getResourceFactoryRegistry().getExtensionToFactoryMap().putAll(
                                resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap());
                        Map<URI, Resource> map = new HashMap<>();
                        map.put(rootResource.getURI(), rootResource);
                        apart.setURIResourceMap(map);
                        Resource r = apart.createResource(fileUri(sourceFile(id)));
                        try {
                            r.load(options);
                            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Source s
                                    && id.equals(s.getId())) {
                                each.accept(id, s);
                            } else {
                                failed.accept(id, "the file does not hold this source");
                            }
                        } catch (IOException | RuntimeException e) {
                            failed.accept(id, rootMessage(e));
                        } finally {
                            r.unload();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(rootMessage(e.getCause()), e.getCause());
        } finally {
            readers.shutdown();
        }
    }

    /** Why the file of the source with this id cannot be read (read again apart from the model, to find out). */
    public String whyUnreadable(String id) {
        Path file = sourceFile(id);
        if (!Files.isRegularFile(file)) {
            return "the file is missing";
        }
        ResourceSet apart = new ResourceSetImpl();
        apart.getPackageRegistry().put(LexgraphPackage.eNS_URI, LexgraphPackage.eINSTANCE);
        apart.getResourceFactoryRegistry().getExtensionToFactoryMap().putAll(
                resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap());
        try {
            Resource r = apart.getResource(fileUri(file), true);
            return r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Source s) || !id.equals(s.getId())
                    ? "the file does not hold this source" : "it could not be read";
        } catch (RuntimeException e) {
            return rootMessage(e);
        }
    }

    /** Puts a new source into a resource of its own and into the root. */
    @SuppressWarnings("unchecked")
    public void attachSource(KnowledgeBase kb, Source source) {
        Resource r = resourceSet.createResource(fileUri(sourceFile(source.getId())));
        ((ResourceSetImpl) resourceSet).getURIResourceMap().put(r.getURI(), r);
        r.setTrackingModification(true);
        r.getContents().add(source);
        if (catalogue != null) {
            catalogue.attach(source.getId());
        }
        // not add(): its check that the source is not in the list already resolves every proxy of the list, which
        // loads every source of a lazy session
        ((InternalEList<Source>) kb.getSources()).addUnique(source);
        listChanges.incrementAndGet();
    }

    /** Takes a source out of the root; returns its file, to be deleted once the root no longer refers to it. */
    public Path detachSource(KnowledgeBase kb, Source source) {
        Path file = sourceFile(source.getId());
        kb.getSources().remove(source);
        listChanges.incrementAndGet();
        if (catalogue != null) {
            catalogue.remove(source.getId());
        }
        Resource r = source.eResource();
        if (r != null && r != kb.eResource()) {
            r.getContents().remove(source);
            r.unload();
            resourceSet.getResources().remove(r);
        }
        return file;
    }

    public void saveSource(Source source) throws IOException {
        save(source.eResource());
    }

    /** Saves the root as the next generation. */
    public void saveRoot(KnowledgeBase kb) throws IOException {
        kb.setGeneration(kb.getGeneration() + 1);
        kb.setFormatVersion(FORMAT_VERSION);
        save(kb.eResource());
        if (catalogue != null) {
            catalogue.save(kb.getGeneration(), kb.getSources().size(), files);
        }
    }

    private void save(Resource r) throws IOException {
        save(r, true);
    }

    private void save(Resource r, boolean syncDirectory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        r.save(out, saveOptions.get());
        files.write(Path.of(r.getURI().toFileString()), out.toByteArray(), syncDirectory);
        r.setModified(false);
        if (catalogue != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Source s) {
            catalogue.put(s);
        }
    }

    /**
     * Saves many sources: serialised and written several at once (each its own file), then one sync of the sources
     * folder, so that they are all durable before the root that lists them is written.
     */
    public void saveSources(java.util.Collection<Source> sources) throws IOException {
        if (sources.size() <= 1) {
            for (Source s : sources) {
                save(s.eResource(), false);
            }
        } else {
            // mostly waiting for the disk (one sync per file): more writers than cores let the syncs overlap
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(
                    Math.min(WRITERS, sources.size()));
            try {
                List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (Source s : sources) {
                    done.add(writers.submit(() -> {
                        save(s.eResource(), false);
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while saving");
            } finally {
                writers.shutdown();
            }
        }
        files.syncDirectory(folder.resolve(SOURCES_DIR));
    }

    /** Source files written at once by {@link #saveSources}. */
    private static final int WRITERS = 8;

    /**
     * Saves every source resource changed since it was last saved (by commands of the editing domain), then the root;
     * returns the sources saved.
     */
    public List<Source> saveModified(KnowledgeBase kb) throws IOException {
        List<Source> saved = new java.util.ArrayList<>();
        for (Resource r : new java.util.ArrayList<>(resourceSet.getResources())) {
            if (r != kb.eResource() && r.isModified() && !r.getContents().isEmpty()
                    && r.getContents().get(0) instanceof Source s) {
                saved.add(s);
            }
        }
        // several at once and one sync of the folder (theme linking after an import changes hundreds of sources)
        if (!saved.isEmpty()) {
            saveSources(saved);
        }
        saveRoot(kb);
        return saved;
    }

    /**
     * The mark of an import under way ({@value #IMPORTING}): made when an import starts writing, removed when it has
     * saved the root that lists what it wrote. Found at an opening, it says an import stopped before its end and left
     * source files the root does not list (only then are the sources looked through for them: at 100,000 sources that
     * is a third of a second at every opening).
     */
    public static final String IMPORTING = ".importing";

    public void markImporting() throws IOException {
        Files.writeString(folder.resolve(IMPORTING), "an import is writing; if no Lexgraph process runs, it stopped\n");
    }

    public void doneImporting() throws IOException {
        Files.deleteIfExists(folder.resolve(IMPORTING));
    }

    /** Whether an import stopped before its end (see {@link #IMPORTING}). */
    public boolean importStopped() {
        return Files.exists(folder.resolve(IMPORTING));
    }

    /** Deletes source files that the root does not refer to: left over by an import that stopped before its end. */
    public int deleteOrphans(KnowledgeBase kb) throws IOException {
        Path dir = folder.resolve(SOURCES_DIR);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        java.util.Set<String> referenced = new java.util.HashSet<>();
        @SuppressWarnings("unchecked")
        InternalEList<Source> sources = (InternalEList<Source>) kb.getSources();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.basicGet(i);
            URI uri = s.eIsProxy() ? ((InternalEObject) s).eProxyURI() : s.eResource().getURI();
            referenced.add(uri.trimFragment().lastSegment());
        }
        int n = 0;
        try (var list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                boolean resource = name.endsWith(".xmi") || name.endsWith("." + SourceFormat.BINARY.extension);
                if ((resource && !referenced.contains(name)) || name.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }

    public Path sourceFile(String id) {
        return folder.resolve(SOURCES_DIR).resolve(id + "." + format.extension);
    }

    private static URI fileUri(Path p) {
        return URI.createFileURI(p.toAbsolutePath().toString());
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
