package org.lexgraph.core.citations;

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
import org.lexgraph.core.CitationLink;

/**
 * The citation graph of an open knowledge base: what a source cites and what cites it, each citation with
 * its resolution (the cited source, version and article) and whether the cited article changed since.
 */
public final class CitationService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public CitationService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** What a source cites: one link per citation in its passages, in reading order. */
    public List<CitationLink> outgoing(String sourceId) {
        Optional<Source> source = ctx.sourceById(sourceId); // that source alone, in a lazy session
        if (source.isEmpty()) {
            return List.of();
        }
        // the root is read only for a cited regulation's chain of versions
        List<CitationLink> out = new ArrayList<>();
        Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains = new HashMap<>();
        Source s = source.get();
        for (Passage p : s.getPassages()) {
            for (org.lexgraph.model.Citation c : p.getCitations()) {
                out.add(link(ctx::root, s, p, c, chains));
            }
        }
        return out;
    }

    /**
     * What cites a source: every citation in the knowledge base resolved to it, except its references to its own
     * articles.
     */
    public List<CitationLink> incoming(String sourceId) {
        if (!ctx.isLoaded()) {
            return incomingFromCatalogue(sourceId);
        }
        return ctx.read(kb -> {
            List<CitationLink> out = new ArrayList<>();
            Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains = new HashMap<>();
            for (Source s : kb.getSources()) {
                if (s.eIsProxy() || s.getId().equals(sourceId)) {
                    continue;
                }
                for (Passage p : s.getPassages()) {
                    for (org.lexgraph.model.Citation c : p.getCitations()) {
                        if (c.getResolvedSource() != null && sourceId.equals(c.getResolvedSource().getId())) {
                            out.add(link(() -> kb, s, p, c, chains));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * What cites a source, in a session that has not loaded every source: the catalogue names the sources whose
     * citations point at one of its identifiers (or at its own articles); those alone are loaded and read.
     */
    private List<CitationLink> incomingFromCatalogue(String sourceId) {
        Optional<Source> target = ctx.sourceById(sourceId);
        if (target.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> keys = CitationLinker.identifierKeys(target.get());
        List<CitationLink> out = new ArrayList<>();
        Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains = new HashMap<>();
        for (org.lexgraph.core.internal.SourceCatalogue.Entry e : ctx.catalogue().entries()) {
            if (e.id().equals(sourceId) || e.cites().stream().noneMatch(keys::contains)) {
                continue;
            }
            Optional<Source> citing = ctx.sourceById(e.id());
            if (citing.isEmpty()) {
                continue;
            }
            Source s = citing.get();
            for (Passage p : s.getPassages()) {
                for (org.lexgraph.model.Citation c : p.getCitations()) {
                    if (c.getResolvedSource() != null && sourceId.equals(c.getResolvedSource().getId())) {
                        out.add(link(ctx::root, s, p, c, chains));
                    }
                }
            }
        }
        return out;
    }

    /** The works' regulations found so far, for sessions that have not loaded every source. */
    private final Map<Source, List<org.lexgraph.model.Regulation>> works = new java.util.concurrent.ConcurrentHashMap<>();

    /** The regulations of the same work as {@code r}: those the catalogue lists under its identifier, loaded. */
    private List<org.lexgraph.model.Regulation> sameWork(org.lexgraph.model.Regulation r) {
        if (r.getWorkId() == null) {
            return List.of(r);
        }
        String key = CitationLinker.identifierKeys(r).stream().filter(k -> k.startsWith("bwb:")
                || k.startsWith("cvdr:")).findFirst().orElse(null);
        List<org.lexgraph.model.Regulation> out = new ArrayList<>();
        for (org.lexgraph.core.internal.SourceCatalogue.Entry e : ctx.catalogue().entries()) {
            if (e.ok() && key != null && e.keys().contains(key)) {
                ctx.sourceById(e.id()).ifPresent(s -> {
                    if (s instanceof org.lexgraph.model.Regulation other && r.getWorkId().equals(other.getWorkId())) {
                        out.add(other);
                    }
                });
            }
        }
        if (!out.contains(r)) {
            out.add(r);
        }
        return out;
    }

    private CitationLink link(java.util.function.Supplier<KnowledgeBase> kb, Source s, Passage p,
            org.lexgraph.model.Citation c,
            Map<Source, List<org.lexgraph.core.versions.Versions.VersionInfo>> chains) {
        Source target = c.getResolvedSource();
        org.lexgraph.model.RegulationVersion version = c.getResolvedVersion();
        Boolean changed = null;
        String latest = null;
        if (version != null && target instanceof org.lexgraph.model.Regulation r) {
            // one chain per cited regulation and listing, not one per citation; a session that has not loaded every
            // source finds the work's other versions through the catalogue, and loads those alone
            List<org.lexgraph.model.Regulation> work = ctx.isLoaded() ? null : works.computeIfAbsent(r, x -> sameWork(r));
            List<org.lexgraph.core.versions.Versions.VersionInfo> chain = chains.computeIfAbsent(r,
                    x -> work != null ? org.lexgraph.core.versions.Versions.chainOf(work)
                            : org.lexgraph.core.versions.Versions.chain(kb.get(), x));
            latest = org.lexgraph.core.versions.Versions.latestVersionId(chain);
            if (c.getResolvedElement() != null) {
                changed = work != null
                        ? org.lexgraph.core.versions.Versions.changedSince(work, chain, version, c.getResolvedElement())
                        : org.lexgraph.core.versions.Versions.changedSince(kb.get(), chain, version,
                                c.getResolvedElement());
            }
        }
        return new CitationLink(s.getId(), s.getTitle(), p.getId(), p.getPage(), c.getText(),
                c.getType() == null ? "other" : c.getType().getLiteral(), c.getTargetKey(),
                ctx.importer().linker().formatted(c), c.getPinpoint(), target == null ? null : target.getId(),
                target == null ? null : target.getTitle(), version == null ? null : version.getVersionId(), changed,
                latest);
    }
}
