package org.lexgraph.core.citations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexgraph.model.Citation;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * The citations of a knowledge base kept resolved as sources come and go, doing work in proportion to the change: a
 * batch that adds and removes sources resolves the citations it brings and those whose key an added or removed source
 * carries, not every citation again. Built once (one pass over the knowledge base) for a run of batches, such as an
 * import; the result is the one {@link CitationLinker#resolveAll} gives (ResolutionTest compares them). Not
 * thread-safe.
 */
public final class Resolution {

    private record Cite(Source source, Citation citation) {
    }

    /** The sources that carry each identifier key, in the order of the knowledge base: the first one is cited. */
    private final Map<String, List<Source>> holders = new HashMap<>();
    /** The keys each source carries, as they were when it came in. */
    private final Map<Source, Set<String>> keysOf = new HashMap<>();
    /** The citations by their key and by the key of the whole document they cite. */
    private final Map<String, List<Cite>> citing = new HashMap<>();
    /** Version chains worked out for keys, dropped when a key's holders change. */
    private final Map<String, List<CitationLinker.Dated>> chains = new HashMap<>();

    private Resolution() {
    }

    /** The resolution state of a knowledge base as it is now. */
    public static Resolution of(KnowledgeBase kb) {
        Resolution r = new Resolution();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy()) {
                r.hold(s);
                r.index(s);
            }
        }
        return r;
    }

    /**
     * Takes a batch in: {@code removed} are no longer in the knowledge base, {@code added} are (after the sources
     * already there). Resolves what the batch can change; returns the sources whose citations changed.
     */
    public List<Source> update(Collection<Source> removed, Collection<Source> added) {
        Set<String> changedKeys = new HashSet<>();
        for (Source s : removed) {
            Set<String> keys = keysOf.remove(s);
            if (keys != null) {
                for (String k : keys) {
                    List<Source> h = holders.get(k);
                    if (h != null && h.remove(s)) {
                        changedKeys.add(k);
                    }
                }
            }
            unindex(s);
        }
        List<Cite> todo = new ArrayList<>();
        for (Source s : added) {
            changedKeys.addAll(hold(s));
            todo.addAll(index(s));
        }
        changedKeys.forEach(chains::remove);
        Set<Citation> seen = new HashSet<>();
        todo.forEach(c -> seen.add(c.citation()));
        for (String k : changedKeys) {
            for (Cite c : citing.getOrDefault(k, List.of())) {
                if (seen.add(c.citation())) {
                    todo.add(c);
                }
            }
        }
        Set<Source> changed = new LinkedHashSet<>();
        for (Cite c : todo) {
            if (CitationLinker.resolve(c.source(), c.citation(), this::cited, this::chain)) {
                changed.add(c.source());
            }
        }
        return new ArrayList<>(changed);
    }

    private Source cited(String key) {
        List<Source> h = holders.get(key);
        return h == null || h.isEmpty() ? null : h.get(0);
    }

    private List<CitationLinker.Dated> chain(String key) {
        List<Source> h = holders.get(key);
        if (h == null) {
            return null;
        }
        return chains.computeIfAbsent(key, k -> {
            List<Regulation> regs = new ArrayList<>();
            h.forEach(s -> {
                if (s instanceof Regulation r) {
                    regs.add(r);
                }
            });
            return regs.isEmpty() ? null : CitationLinker.chain(regs);
        });
    }

    /** Records the keys a source carries; returns them. */
    private Set<String> hold(Source s) {
        if (s.getStatus() != SourceStatus.OK) {
            return Set.of();
        }
        Set<String> keys = CitationLinker.identifierKeys(s);
        keysOf.put(s, keys);
        for (String k : keys) {
            holders.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s);
        }
        return keys;
    }

    /** Records a source's citations under their keys; returns them. */
    private List<Cite> index(Source s) {
        List<Cite> out = new ArrayList<>();
        for (Passage p : s.getPassages()) {
            for (Citation c : p.getCitations()) {
                Cite cite = new Cite(s, c);
                out.add(cite);
                String key = c.getTargetKey();
                if (key == null) {
                    continue;
                }
                citing.computeIfAbsent(key, x -> new ArrayList<>(1)).add(cite);
                String base = CitationLinker.baseKey(key);
                if (!base.equals(key)) {
                    citing.computeIfAbsent(base, x -> new ArrayList<>(1)).add(cite);
                }
            }
        }
        return out;
    }

    private void unindex(Source s) {
        for (Passage p : s.getPassages()) {
            for (Citation c : p.getCitations()) {
                String key = c.getTargetKey();
                if (key == null) {
                    continue;
                }
                for (String k : key.equals(CitationLinker.baseKey(key)) ? List.of(key)
                        : List.of(key, CitationLinker.baseKey(key))) {
                    List<Cite> l = citing.get(k);
                    if (l != null) {
                        l.removeIf(x -> x.source() == s);
                        if (l.isEmpty()) {
                            citing.remove(k);
                        }
                    }
                }
            }
        }
    }
}
