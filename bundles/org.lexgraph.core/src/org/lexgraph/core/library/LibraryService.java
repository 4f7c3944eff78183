package org.lexgraph.core.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.core.internal.StatsCache;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import java.util.TreeMap;

import org.lexgraph.core.citations.CitationLinker;
import org.lexgraph.core.KnowledgeBaseStats;
import org.lexgraph.core.PassageView;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.SourceView;
import org.lexgraph.model.SourceStatus;

/**
 * The library of an open knowledge base: its sources (summaries, one with its passages, one found by what a
 * user types) and the counts of everything in it.
 */
public final class LibraryService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public LibraryService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /**
     * The sources, in the order they were imported. A session that has not loaded its sources answers from the
     * catalogue of sources.
     */
    public List<SourceSummary> sources() {
        if (!ctx.isLoaded()) {
            return ctx.catalogue().entries().stream().filter(e -> !e.damaged()).map(SourceCatalogue.Entry::summary)
                    .toList();
        }
        ctx.lock().readLock().lock();
        try {
            List<SourceSummary> out = new ArrayList<>();
            for (Source s : ctx.root().getSources()) {
                if (!s.eIsProxy()) {
                    out.add(summary(s));
                }
            }
            return out;
        } finally {
            ctx.lock().readLock().unlock();
        }
    }

    /**
     * Every source with what was recognised in it, in the library's order. A session that has not loaded its sources
     * reads them apart from the model, on every core, keeping only these rows (100,000 sources loaded at once would
     * not fit the heap).
     */
    public List<org.lexgraph.core.SourceMetadata> metadata() {
        if (ctx.isLoaded()) {
            return ctx.read(root -> {
                List<org.lexgraph.core.SourceMetadata> out = new ArrayList<>(root.getSources().size());
                for (Source s : root.getSources()) {
                    if (!s.eIsProxy()) {
                        out.add(org.lexgraph.core.SourceMetadata.of(s));
                    }
                }
                return out;
            });
        }
        List<String> ids = ctx.catalogue().entries().stream().filter(e -> !e.damaged())
                .map(SourceCatalogue.Entry::id).toList();
        Map<String, org.lexgraph.core.SourceMetadata> rows = new java.util.concurrent.ConcurrentHashMap<>();
        ctx.peek(root -> {
            ctx.store().readApart(ids, root, (id, s) -> rows.put(id, org.lexgraph.core.SourceMetadata.of(s)),
                    (id, why) -> ctx.addLoadProblem(ctx.store().sourceFile(id) + ": damaged source file: " + why));
            return null;
        });
        List<org.lexgraph.core.SourceMetadata> out = new ArrayList<>(rows.size());
        for (String id : ids) {
            if (rows.containsKey(id)) {
                out.add(rows.get(id));
            }
        }
        return out;
    }

    /** A source with its passages (in a lazy session, only that source is loaded). */
    public Optional<SourceView> source(String id) {
        Optional<Source> found = ctx.sourceById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return ctx.peek(kb -> {
            Source s = found.get();
            List<PassageView> passages = new ArrayList<>(s.getPassages().size());
            for (Passage p : s.getPassages()) {
                passages.add(new PassageView(p.getId(), p.getOrdinal(), p.getPage(), p.getAnchor(), p.getText()));
            }
            return Optional.of(new SourceView(summary(s), passages));
        });
    }

    private static SourceSummary summary(Source s) {
        return new SourceSummary(s.getId(), s.getTitle(), SourceKind.of(s), s.getStatus() == SourceStatus.FAILED,
                s.getStatusMessage(), s.getOriginalPath(), s.getPassages().size(), s.getPageCount(),
                s.getImportedAt() == null ? null : s.getImportedAt().toInstant(), s.getArchivePath(), s.isFileRemoved());
    }

    /**
     * Finds a source by what a user types: its id, its file, an identifier it carries (an ECLI, a BWB or CVDR id,
     * a Kamerstuk citation) or its exact title.
     */
    public Optional<SourceSummary> findSource(String reference) {
        String ref = reference.strip();
        // by id: that source alone is loaded
        Optional<Source> byId = ctx.sourceById(ref);
        if (byId.isPresent()) {
            return Optional.of(ctx.isLoaded() ? ctx.peek(kb -> summary(byId.get())) : summary(byId.get()));
        }
        // by file: the index knows the file of every source with passages; that source alone is then loaded
        String absolute = absolute(ref);
        if (!ctx.isLoaded() && ctx.index() != null) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            try {
                ids.addAll(ctx.index().sourceIdsOfFile(ref));
                ids.addAll(ctx.index().sourceIdsOfFile(absolute));
            } catch (IOException e) {
                ids.clear(); // found by going through the sources below
            }
            if (ids.size() == 1) {
                Optional<Source> one = ctx.sourceById(ids.iterator().next());
                if (one.isPresent()) {
                    return Optional.of(summary(one.get())); // a lazy session is one thread's: no lock needed
                }
            }
        }
        if (!ctx.isLoaded()) {
            return findInCatalogue(ref, absolute);
        }
        Optional<SourceSummary> byFile = ctx.read(kb -> kb.getSources().stream()
                .filter(s -> !s.eIsProxy() && s.getOriginalPath() != null && (ref.equals(s.getOriginalPath())
                        || s.getOriginalPath().equals(absolute)))
                .findFirst().map(LibraryService::summary));
        if (byFile.isPresent()) {
            return byFile;
        }
        for (org.lexgraph.cite.Citation c : ctx.scanner().scan(ref)) {
            String key = CitationLinker.baseKey(c.key());
            Optional<SourceSummary> id = ctx.read(kb -> kb.getSources().stream()
                    .filter(s -> !s.eIsProxy() && CitationLinker.identifierKeys(s).contains(key))
                    .findFirst().map(LibraryService::summary));
            if (id.isPresent()) {
                return id;
            }
        }
        return ctx.read(kb -> kb.getSources().stream().filter(s -> !s.eIsProxy() && ref.equalsIgnoreCase(s.getTitle()))
                .findFirst().map(LibraryService::summary));
    }

    /** As {@link #findSource} goes on after the id, from the catalogue: by file, identifier, then exact title. */
    private Optional<SourceSummary> findInCatalogue(String ref, String absolute) {
        List<SourceCatalogue.Entry> entries = ctx.catalogue().entries().stream().filter(e -> !e.damaged()).toList();
        Optional<SourceCatalogue.Entry> byFile = entries.stream().filter(e -> e.path() != null
                && (ref.equals(e.path()) || e.path().equals(absolute))).findFirst();
        if (byFile.isPresent()) {
            return byFile.map(SourceCatalogue.Entry::summary);
        }
        for (org.lexgraph.cite.Citation c : ctx.scanner().scan(ref)) {
            String key = CitationLinker.baseKey(c.key());
            Optional<SourceCatalogue.Entry> id = entries.stream().filter(e -> e.keys().contains(key)).findFirst();
            if (id.isPresent()) {
                return id.map(SourceCatalogue.Entry::summary);
            }
        }
        return entries.stream().filter(e -> ref.equalsIgnoreCase(e.title())).findFirst()
                .map(SourceCatalogue.Entry::summary);
    }

    private static String absolute(String ref) {
        try {
            return java.nio.file.Path.of(ref).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return ref;
        }
    }

    /** The source a passage belongs to, by the passage's id. */
    public Optional<String> sourceOfPassage(String passageId) {
        return ctx.read(kb -> {
            for (Source s : kb.getSources()) {
                if (!s.eIsProxy() && s.getPassages().stream().anyMatch(p -> p.getId().equals(passageId))) {
                    return Optional.of(s.getId());
                }
            }
            return Optional.<String>empty();
        });
    }

    /**
     * The counts of everything. A session that has not loaded its sources answers from the counts saved for the
     * current generation ({@link StatsCache}) when there are some, else loads them all and counts; counts worked out by
     * a session that holds the knowledge base are saved for the next reader.
     */
    public KnowledgeBaseStats stats() throws IOException {
        if (!ctx.isLoaded()) {
            long generation = ctx.generation();
            Optional<KnowledgeBaseStats> cached = StatsCache.read(ctx.folder(), generation);
            if (cached.isPresent()) {
                KnowledgeBaseStats c = cached.get();
                int indexed = ctx.index() == null ? 0 : ctx.index().passageCount();
                return new KnowledgeBaseStats(ctx.folder().toString(), c.sources(), c.sourcesByKind(), c.passages(),
                        c.failedSources(), Math.max(c.damagedFiles(), ctx.loadProblems().size()), indexed,
                        ctx.isIndexCurrent(), c.citations(), c.citationsResolved(), c.actors(), c.taxonomies(),
                        c.themes(), c.asks(), c.themeLinks(), c.collections(), c.baskets(), c.savedSearches(),
                        c.notes());
            }
            return fromCatalogue();
        }
        KnowledgeBaseStats counted = count();
        if (ctx.isWritable()) {
            StatsCache.write(ctx.folder(), ctx.read(KnowledgeBase::getGeneration), counted);
        }
        return counted;
    }

    /** The counts of a session that has not loaded its sources: the catalogue's sums and the root's own. */
    private KnowledgeBaseStats fromCatalogue() throws IOException {
        Map<String, Integer> byKind = new TreeMap<>();
        int sources = 0;
        int passages = 0;
        int failed = 0;
        int damaged = 0;
        int citations = 0;
        int resolved = 0;
        int links = 0;
        int notes = 0;
        for (SourceCatalogue.Entry e : ctx.catalogue().entries()) {
            if (e.damaged()) {
                damaged++;
                continue;
            }
            sources++;
            byKind.merge(e.kind(), 1, Integer::sum);
            passages += e.passages();
            failed += e.failed() ? 1 : 0;
            citations += e.citations();
            resolved += e.resolved();
            links += e.themeLinks();
            notes += e.notes();
        }
        KnowledgeBaseStats counted = ctx.peek(kb -> rootCounts(kb));
        int indexed = ctx.index() == null ? 0 : ctx.index().passageCount();
        KnowledgeBaseStats out = new KnowledgeBaseStats(ctx.folder().toString(), sources, byKind, passages, failed,
                Math.max(damaged, ctx.loadProblems().size()), indexed, ctx.isIndexCurrent(), citations, resolved,
                counted.actors(), counted.taxonomies(), counted.themes(), counted.asks(), links, counted.collections(),
                counted.baskets(), counted.savedSearches(), notes);
        if (ctx.isWritable()) {
            StatsCache.write(ctx.folder(), ctx.generation(), out);
        }
        return out;
    }

    /** The counts the root holds itself (the others zero). */
    private KnowledgeBaseStats rootCounts(KnowledgeBase kb) {
        int themes = 0;
        int asks = 0;
        for (org.lexgraph.model.Taxonomy t : kb.getTaxonomies()) {
            themes += t.getThemes().size();
            for (org.lexgraph.model.Theme th : t.getThemes()) {
                asks += th.getAsks().size();
            }
        }
        int collections = 0;
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = org.eclipse.emf.ecore.util.EcoreUtil
                .getAllProperContents(kb.getCollections(), false); it.hasNext();) {
            if (it.next() instanceof org.lexgraph.model.Collection) {
                collections++;
            }
        }
        return new KnowledgeBaseStats(ctx.folder().toString(), 0, Map.of(), 0, 0, 0, 0, false, 0, 0,
                kb.getActors().size(), kb.getTaxonomies().size(), themes, asks, 0, collections, kb.getBaskets().size(),
                kb.getSavedSearches().size(), 0);
    }

    private KnowledgeBaseStats count() throws IOException {
        ctx.ensureLoaded();
        ctx.lock().readLock().lock();
        try {
            Map<String, Integer> byKind = new TreeMap<>();
            int sources = 0;
            int passages = 0;
            int failed = 0;
            int citations = 0;
            int resolved = 0;
            int links = 0;
            int notes = 0;
            for (Source s : ctx.root().getSources()) {
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
            KnowledgeBaseStats own = rootCounts(ctx.root());
            int indexed = ctx.index() == null ? 0 : ctx.index().passageCount();
            return new KnowledgeBaseStats(ctx.folder().toString(), sources, byKind, passages, failed, ctx.loadProblems().size(),
                    indexed, ctx.isIndexCurrent(), citations, resolved, own.actors(), own.taxonomies(), own.themes(),
                    own.asks(), links, own.collections(), own.baskets(), own.savedSearches(), notes);
        } finally {
            ctx.lock().readLock().unlock();
        }
    }
}
