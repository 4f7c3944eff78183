package org.lexgraph.core.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.sharing.IndexBinding;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.PassageSearch;
import org.lexgraph.index.solr.SolrCollection;
import org.lexgraph.index.solr.SolrLocation;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * A knowledge base bound to a shared collection publishes there what its own index holds. The model stays the truth:
 * every source whose passages changed is first written down as pending ({@value #PENDING}, durably, when the own
 * index commits), then sent; what could not be sent (the cluster unreachable) stays pending for the next command or
 * {@code lexgraph index sync}. After the first failure a session sends nothing more (the rest waits too) and says so
 * when it ends.
 */
public final class Publication implements Closeable {

    public static final String PENDING = "publish-pending.txt";
    /** The pending file's line for "everything": the knowledge base's passages are all sent again. */
    private static final String ALL = "*";
    /** Sources sent per request. */
    private static final int SOURCES_PER_BATCH = 100;

    private final Path folder;
    private final IndexBinding binding;
    private final SolrCollection collection;
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private volatile boolean all;
    private volatile IOException failure;

    private Publication(Path folder, IndexBinding binding, SolrCollection collection) {
        this.folder = folder;
        this.binding = binding;
        this.collection = collection;
    }

    /** The knowledge base's publication, or null when it uses its own index only. */
    public static Publication open(Path folder) throws IOException {
        var binding = IndexBinding.read(folder);
        if (binding.isEmpty()) {
            return null;
        }
        SolrLocation location;
        try {
            location = SolrLocation.parse(binding.get().location());
        } catch (IllegalArgumentException e) {
            throw new IOException(folder.resolve(IndexBinding.FILE) + ": " + e.getMessage(), e);
        }
        return new Publication(folder, binding.get(), SolrCollection.connect(location, binding.get().name()));
    }

    public IndexBinding binding() {
        return binding;
    }

    public SolrCollection collection() {
        return collection;
    }

    /** Searches the shared collection. */
    public PassageSearch search() {
        return collection.search();
    }

    /** These sources' passages changed in the own index (or the sources are gone). */
    public void touched(Collection<String> sourceIds) {
        touched.addAll(sourceIds);
    }

    /** Everything changed (the own index was rebuilt). */
    public void touchedAll() {
        all = true;
    }

    /** Everything is to be sent again (a new binding, a full sync). */
    public void markAllPending() throws IOException {
        writePending(true, Set.of());
    }

    /**
     * After the own index committed: what changed is written down as pending, then sent (unless sending failed earlier
     * in this session). Never throws for the cluster: its failure is kept for {@link #failure()}.
     */
    public void committed(SessionContext ctx) throws IOException {
        if (touched.isEmpty() && !all) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(touched);
        touched.removeAll(ids);
        boolean everything = all;
        all = false;
        Pending before = readPending();
        writePending(before.all() || everything, union(before.ids(), ids));
        if (failure == null) {
            try {
                push(ctx, null);
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** The first failure to send in this session, if any (then what changed is pending). */
    public IOException failure() {
        return failure;
    }

    /** How many sources wait to be sent; -1 for all of them. */
    public int pendingCount() throws IOException {
        Pending p = readPending();
        return p.all() ? -1 : p.ids().size();
    }

    /**
     * Sends what is pending: all of the knowledge base's passages (the collection's copy replaced) or the changed
     * sources'; then clears the pending list. Returns how many sources were sent.
     */
    public int push(SessionContext ctx, IProgressMonitor monitor) throws IOException {
        Pending p = readPending();
        if (!p.all() && p.ids().isEmpty()) {
            return 0;
        }
        List<String> ids = new ArrayList<>();
        if (p.all()) {
            ctx.ensureLoaded();
            ids.addAll(ctx.read(kb -> kb.getSources().stream().map(Source::getId).toList()));
        } else {
            ids.addAll(p.ids());
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Publishing to " + collection.location(), ids.size() + 2);
        if (p.all()) {
            collection.removeAll();
        }
        sub.worked(1);
        Map<String, Set<String>> filed = ctx.peek(IndexRecords::filing);
        for (int i = 0; i < ids.size(); i += SOURCES_PER_BATCH) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<String, List<PassageRecord>> batch = new LinkedHashMap<>();
            for (String id : ids.subList(i, Math.min(ids.size(), i + SOURCES_PER_BATCH))) {
                batch.put(id, ctx.sourceById(id).filter(s -> !s.eIsProxy() && s.getStatus() == SourceStatus.OK)
                        .map(s -> IndexRecords.of(s, filed)).orElse(List.of()));
            }
            collection.replaceSources(batch);
            sub.worked(batch.size());
        }
        collection.commit();
        sub.worked(1);
        // what changed while sending stays pending
        Pending now = readPending();
        Set<String> left = new LinkedHashSet<>(now.ids());
        left.removeAll(ids);
        writePending(now.all() && !p.all(), left);
        return ids.size();
    }

    private record Pending(boolean all, Set<String> ids) {
    }

    private Pending readPending() throws IOException {
        Path f = folder.resolve(PENDING);
        if (!Files.exists(f)) {
            return new Pending(false, Set.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean everything = false;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.equals(ALL)) {
                everything = true;
            } else if (!l.isEmpty()) {
                ids.add(l);
            }
        }
        return new Pending(everything, ids);
    }

    private void writePending(boolean everything, Set<String> ids) throws IOException {
        Path f = folder.resolve(PENDING);
        if (!everything && ids.isEmpty()) {
            Files.deleteIfExists(f);
            return;
        }
        StringBuilder b = new StringBuilder();
        if (everything) {
            b.append(ALL).append('\n');
        } else {
            ids.forEach(id -> b.append(id).append('\n'));
        }
        new AtomicFiles().write(f, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
