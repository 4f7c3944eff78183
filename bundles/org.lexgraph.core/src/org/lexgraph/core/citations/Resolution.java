package org.lexgraph.core.citations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.lexgraph.model.Citation;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * The citations of a knowledge base kept resolved as sources come and go, doing work in proportion to the change: a
 * batch that adds and removes sources resolves the citations it brings and those whose key an added or removed source
 * carries, not every citation again. Built once for a run of batches, such as an import, from what the catalogue of
 * sources says (which keys each source carries and cites), so that it needs no source loaded: those it must read (a
 * citing source to resolve again, a cited one to point at) it asks {@code load} for. The result is the one {@link
 * CitationLinker#resolveAll} gives (ResolutionTest compares them). Not thread-safe.
 */
public final class Resolution {

    private record Cite(Source source, Citation citation) {
    }

    /** A source as the resolution knows it without loading it: its id, the keys it carries and those it cites. */
    public record Known(String id, Collection<String> keys, Collection<String> cites) {
    }

    /** Loads a source by its id; null when there is none (or its file is damaged). */
    private final Function<String, Source> load;
    /** The ids of the sources that carry each identifier key, in the order of the knowledge base: the first is cited. */
    private final Map<String, List<String>> holders = new HashMap<>();
    /** The keys each source carries, as they were when it came in. */
    private final Map<String, Set<String>> keysOf = new HashMap<>();
    /** The ids of the sources whose citations have each key, or cite the whole document of the key. */
    private final Map<String, Set<String>> citing = new HashMap<>();
    /** The keys each source is filed under in {@link #citing}. */
    private final Map<String, Set<String>> citesOf = new HashMap<>();
    /** Version chains worked out for keys, dropped when a key's holders change. */
    private final Map<String, List<CitationLinker.Dated>> chains = new HashMap<>();
    /** The sources loaded during one update. */
    private final Map<String, Source> loaded = new HashMap<>();

    private Resolution(Function<String, Source> load) {
        this.load = load;
    }

    /** The resolution state of the sources as the catalogue knows them, in the knowledge base's order. */
    public static Resolution of(List<Known> sources, Function<String, Source> load) {
        Resolution r = new Resolution(load);
        for (Known k : sources) {
            r.hold(k.id(), k.keys());
            r.file(k.id(), k.cites());
        }
        return r;
    }

    /** The resolution state of a knowledge base whose sources are loaded (sources found by id among them). */
    public static Resolution of(KnowledgeBase kb) {
        List<Known> known = new ArrayList<>();
        Map<String, Source> byId = new HashMap<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy()) {
                byId.put(s.getId(), s);
                known.add(new Known(s.getId(), s.getStatus() == SourceStatus.OK ? CitationLinker.identifierKeys(s)
                        : Set.of(), citedKeys(s)));
            }
        }
        return of(known, byId::get);
    }

    /**
     * Takes a batch in: {@code removed} are no longer in the knowledge base, {@code added} are (after the sources
     * already there; an added source may have the id of a removed one it replaces). Resolves what the batch can
     * change; returns the sources whose citations changed.
     */
    public List<Source> update(Collection<Source> removed, Collection<Source> added) {
        loaded.clear();
        Set<String> changedKeys = new HashSet<>();
        for (Source s : removed) {
            Set<String> keys = keysOf.remove(s.getId());
            if (keys != null) {
                for (String k : keys) {
                    List<String> h = holders.get(k);
                    if (h != null && h.remove(s.getId())) {
                        changedKeys.add(k);
                    }
                }
            }
            unfile(s.getId());
        }
        List<Cite> todo = new ArrayList<>();
        Set<String> addedIds = new HashSet<>();
        for (Source s : added) {
            addedIds.add(s.getId());
            loaded.put(s.getId(), s);
            changedKeys.addAll(hold(s.getId(), s.getStatus() == SourceStatus.OK ? CitationLinker.identifierKeys(s)
                    : Set.of()));
            file(s.getId(), citedKeys(s));
            for (Passage p : s.getPassages()) {
                for (Citation c : p.getCitations()) {
                    todo.add(new Cite(s, c));
                }
            }
        }
        changedKeys.forEach(chains::remove);
        // the sources citing a key the batch brings or takes away, each read once
        Set<String> again = new LinkedHashSet<>();
        for (String k : changedKeys) {
            again.addAll(citing.getOrDefault(k, Set.of()));
        }
        again.removeAll(addedIds);
        for (String id : again) {
            Source s = source(id);
            if (s == null) {
                continue;
            }
            for (Passage p : s.getPassages()) {
                for (Citation c : p.getCitations()) {
                    String key = c.getTargetKey();
                    if (key != null && (changedKeys.contains(key) || changedKeys.contains(CitationLinker.baseKey(key)))) {
                        todo.add(new Cite(s, c));
                    }
                }
            }
        }
        Set<Source> changed = new LinkedHashSet<>();
        for (Cite c : todo) {
            if (CitationLinker.resolve(c.source(), c.citation(), this::cited, this::chain)) {
                changed.add(c.source());
            }
        }
        loaded.clear();
        return new ArrayList<>(changed);
    }

    /**
     * The keys a source's citations are filed under: the key of the document each cites, and its own key unless it
     * names an article (no source carries an article's key, so only the document's key can change what it resolves to).
     */
    public static Set<String> citedKeys(Source s) {
        Set<String> out = new LinkedHashSet<>();
        for (Passage p : s.getPassages()) {
            for (Citation c : p.getCitations()) {
                String key = c.getTargetKey();
                if (key != null) {
                    out.add(CitationLinker.baseKey(key));
                    if (!key.contains(":art:")) {
                        out.add(key);
                    }
                }
            }
        }
        return out;
    }

    private Source source(String id) {
        return loaded.computeIfAbsent(id, load);
    }

    private Source cited(String key) {
        List<String> h = holders.get(key);
        if (h == null) {
            return null;
        }
        for (String id : h) {
            Source s = source(id);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private List<CitationLinker.Dated> chain(String key) {
        List<String> h = holders.get(key);
        if (h == null) {
            return null;
        }
        return chains.computeIfAbsent(key, k -> {
            List<Regulation> regs = new ArrayList<>();
            for (String id : h) {
                if (source(id) instanceof Regulation r) {
                    regs.add(r);
                }
            }
            return regs.isEmpty() ? null : CitationLinker.chain(regs);
        });
    }

    /** Records the keys a source carries; returns them. */
    private Set<String> hold(String id, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> own = new LinkedHashSet<>(keys);
        keysOf.put(id, own);
        for (String k : own) {
            holders.computeIfAbsent(k, x -> new ArrayList<>(1)).add(id);
        }
        return own;
    }

    /** Records the keys a source cites. */
    private void file(String id, Collection<String> cites) {
        if (cites.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>(cites);
        citesOf.put(id, keys);
        for (String k : keys) {
            citing.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
        }
    }

    private void unfile(String id) {
        Set<String> keys = citesOf.remove(id);
        if (keys == null) {
            return;
        }
        for (String k : keys) {
            Set<String> ids = citing.get(k);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    citing.remove(k);
                }
            }
        }
    }
}
