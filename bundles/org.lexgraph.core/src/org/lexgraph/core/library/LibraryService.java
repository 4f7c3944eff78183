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

    /** The sources, in the order they were imported. */
    public List<SourceSummary> sources() {
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

    public Optional<SourceView> source(String id) {
        ctx.lock().readLock().lock();
        try {
            for (Source s : ctx.root().getSources()) {
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
            ctx.lock().readLock().unlock();
        }
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
        List<SourceSummary> all = sources();
        for (SourceSummary s : all) {
            if (s.id().equals(ref) || ref.equals(s.file())
                    || (s.file() != null && java.nio.file.Path.of(ref).toAbsolutePath().normalize().toString()
                            .equals(s.file()))) {
                return Optional.of(s);
            }
        }
        for (org.lexgraph.cite.Citation c : ctx.scanner().scan(ref)) {
            String key = CitationLinker.baseKey(c.key());
            Optional<String> id = ctx.read(kb -> kb.getSources().stream()
                    .filter(s -> !s.eIsProxy() && CitationLinker.identifierKeys(s).contains(key))
                    .map(Source::getId).findFirst());
            if (id.isPresent()) {
                return all.stream().filter(s -> s.id().equals(id.get())).findFirst();
            }
        }
        return all.stream().filter(s -> ref.equalsIgnoreCase(s.title())).findFirst();
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

    public KnowledgeBaseStats stats() throws IOException {
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
            int themes = 0;
            int asks = 0;
            for (org.lexgraph.model.Taxonomy t : ctx.root().getTaxonomies()) {
                themes += t.getThemes().size();
                for (org.lexgraph.model.Theme th : t.getThemes()) {
                    asks += th.getAsks().size();
                }
            }
            int collections = 0;
            for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = org.eclipse.emf.ecore.util.EcoreUtil
                    .getAllProperContents(ctx.root().getCollections(), false); it.hasNext();) {
                if (it.next() instanceof org.lexgraph.model.Collection) {
                    collections++;
                }
            }
            int indexed = ctx.index() == null ? 0 : ctx.index().passageCount();
            return new KnowledgeBaseStats(ctx.folder().toString(), sources, byKind, passages, failed, ctx.loadProblems().size(),
                    indexed, ctx.isIndexCurrent(), citations, resolved, ctx.root().getActors().size(), ctx.root().getTaxonomies().size(),
                    themes, asks, links, collections, ctx.root().getBaskets().size(), ctx.root().getSavedSearches().size(), notes);
        } finally {
            ctx.lock().readLock().unlock();
        }
    }
}
