package org.lexgraph.core.sharing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.Publication;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Source;
import org.lexgraph.index.solr.SolrCollection;
import org.lexgraph.index.solr.SolrLocation;

/**
 * A research team's shared index: a knowledge base bound to a collection on SolrCloud publishes its passages there
 * under its name and searches everything the team published; bound to nothing, it uses its own embedded index (the
 * default). The knowledge base stays the truth: what could not be sent waits, and {@link #sync} sends it.
 */
public final class SharingService {

    /** What the knowledge base is bound to, and how the collection stands (when it could be asked). */
    public record Status(Optional<IndexBinding> binding, int pendingSources, long ownPassages, long allPassages,
            Map<String, Long> publishers, int liveNodes, String problem) {

        /** Whether every change was sent. */
        public boolean upToDate() {
            return pendingSources == 0;
        }
    }

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public SharingService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    public Optional<IndexBinding> binding() {
        Publication p = ctx.shared().publication();
        return p == null ? Optional.empty() : Optional.of(p.binding());
    }

    /** The binding and, when bound, the collection's state; a cluster that cannot be reached is named in the status. */
    public Status status() throws KnowledgeBaseException {
        Publication p = ctx.shared().publication();
        if (p == null) {
            return new Status(Optional.empty(), 0, -1, -1, Map.of(), 0, null);
        }
        int pending;
        try {
            pending = p.pendingCount();
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read " + ctx.folder().resolve(Publication.PENDING) + ": "
                    + e.getMessage(), e);
        }
        SolrCollection c = p.collection();
        try {
            int live = c.liveNodes();
            Map<String, Long> publishers = c.publishers();
            long all = publishers.values().stream().mapToLong(Long::longValue).sum();
            return new Status(Optional.of(p.binding()), pending, publishers.getOrDefault(c.name(), 0L), all,
                    publishers, live, null);
        } catch (IOException e) {
            return new Status(Optional.of(p.binding()), pending, -1, -1, Map.of(), 0, e.getMessage());
        }
    }

    /**
     * Binds the knowledge base to a collection ({@code solr://host:port/collection}), publishing under {@code name}:
     * the collection is made with Lexgraph's schema when missing ({@code shards}; {@code replicas}, 0: as many as
     * live nodes, up to two), then all the knowledge base's passages are sent. Returns how many sources were sent.
     * When the collection cannot be reached the binding is not changed.
     */
    public int use(String location, String name, int shards, int replicas, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        ctx.requireWritable();
        SolrLocation where;
        try {
            where = SolrLocation.parse(location);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(e.getMessage(), e);
        }
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new KnowledgeBaseException("'" + name + "' cannot be published under: give a name without '/'");
        }
        try (SolrCollection c = SolrCollection.connect(where, name)) {
            c.ensureExists(Math.max(1, shards), Math.max(0, replicas));
        } catch (IOException e) {
            throw new KnowledgeBaseException(e.getMessage() + "; the knowledge base still uses "
                    + binding().map(b -> b.location()).orElse("its own index"), e);
        }
        try {
            new IndexBinding(where.toString(), name.strip()).write(ctx.folder());
            ctx.shared().rebind();
            ctx.shared().publication().markAllPending();
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot bind " + ctx.folder() + ": " + e.getMessage(), e);
        }
        return sync(false, monitor);
    }

    /**
     * Makes the knowledge base use its own index again; with {@code withdraw}, its passages are first taken out of the
     * collection (else they stay there for the others to find).
     */
    public void useLocal(boolean withdraw) throws KnowledgeBaseException {
        ctx.requireWritable();
        Publication p = ctx.shared().publication();
        if (p == null) {
            return;
        }
        if (withdraw) {
            try {
                p.collection().removeAll();
                p.collection().commit();
            } catch (IOException e) {
                throw new KnowledgeBaseException(e.getMessage() + "; the knowledge base stays bound to "
                        + p.binding().location() + " (without --withdraw it can be unbound now)", e);
            }
        }
        try {
            IndexBinding.remove(ctx.folder());
            Files.deleteIfExists(ctx.folder().resolve(Publication.PENDING));
            ctx.shared().rebind();
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot unbind " + ctx.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends the collection what is pending ({@code all}: every passage of the knowledge base again, as after a
     * rebuild). Returns how many sources were sent.
     */
    public int sync(boolean all, IProgressMonitor monitor) throws KnowledgeBaseException {
        ctx.requireWritable();
        Publication p = requireBound();
        try {
            if (all) {
                p.collection().ensureExists(2, 0);
                p.markAllPending();
            }
            return p.push(ctx, monitor);
        } catch (IOException e) {
            throw new KnowledgeBaseException(e.getMessage() + "; nothing is lost: the knowledge base keeps it, and "
                    + "'lexgraph index sync' sends it when the collection can be reached", e);
        }
    }

    /** A source another knowledge base published, read back from the collection; empty when there is no such source. */
    public Optional<SharedSource> sharedSource(String publisher, String sourceId) throws KnowledgeBaseException {
        List<PassageRecord> records = records(publisher, sourceId);
        return records.isEmpty() ? Optional.empty() : Optional.of(SharedSource.of(publisher, records));
    }

    private List<PassageRecord> records(String publisher, String sourceId) throws KnowledgeBaseException {
        Publication p = requireBound();
        try {
            return p.collection().passagesOf(publisher, sourceId);
        } catch (IOException e) {
            throw new KnowledgeBaseException(e.getMessage(), e);
        }
    }

    /**
     * Copies a source another knowledge base published into this one: its text as a file of this knowledge base
     * ({@link SharedCopy}) imported as any file is (passages, citations, theme links, published under this knowledge
     * base's name), its title and date as the original's, and a note on it saying where it came from with the
     * original's other fields. Returns the new source's id.
     */
    public String copyIn(String publisher, String sourceId, IProgressMonitor monitor) throws KnowledgeBaseException {
        ctx.requireWritable();
        List<PassageRecord> passages = records(publisher, sourceId);
        if (passages.isEmpty()) {
            throw new KnowledgeBaseException("no source " + sourceId + " from " + publisher + " in "
                    + requireBound().binding().location());
        }
        Path file = SharedCopy.fileOf(ctx.folder(), publisher, sourceId, passages.get(0));
        var earlier = session.library().findSource(file.toString());
        if (earlier.isPresent()) {
            throw new KnowledgeBaseException(sourceId + " from " + publisher + " was copied in before: "
                    + earlier.get().id() + " (" + file + ")");
        }
        try {
            SharedCopy.write(file, passages);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot write the copy of " + sourceId + " into " + ctx.folder() + ": "
                    + e.getMessage(), e);
        }
        ImportReport report = session.imports().importPaths(List.of(file), Importer.Options.DEFAULT, monitor);
        FileOutcome outcome = report.outcomes().stream().filter(o -> o.sourceId() != null || o.status().isFailure())
                .findFirst().orElse(null);
        if (outcome == null || outcome.status().isFailure() || outcome.sourceId() == null) {
            throw new KnowledgeBaseException("the copy " + file + " could not be imported"
                    + (outcome == null || outcome.message() == null ? "" : ": " + outcome.message()));
        }
        String id = outcome.sourceId();
        PassageRecord first = passages.get(0);
        Source copy = ctx.sourceById(id).orElseThrow();
        org.eclipse.emf.common.command.CompoundCommand edit = new org.eclipse.emf.common.command.CompoundCommand(
                "Copy from " + publisher);
        edit.append(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), copy,
                LexgraphPackage.Literals.SOURCE__TITLE, first.title()));
        if (first.date() > 0) {
            java.time.LocalDate day = java.time.LocalDate.of(first.date() / 10000, first.date() / 100 % 100,
                    first.date() % 100);
            edit.append(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), copy,
                    LexgraphPackage.Literals.SOURCE__DATE, java.util.Date.from(day.atStartOfDay(
                            java.time.ZoneOffset.UTC).toInstant())));
        }
        session.execute(edit);
        session.annotations().add(org.lexgraph.core.annotations.AnnotationService.NoteRequest.note(id, null,
                SharedCopy.provenance(publisher, requireBound().binding().location(), first)));
        return id;
    }

    /** The changes of this session that could not be sent, as an error to show; null when all went. */
    public String unsent() {
        Publication p = ctx.shared().publication();
        IOException f = p == null ? null : p.failure();
        return f == null ? null : "saved in the knowledge base, but not yet in the shared collection: " + f.getMessage()
                + "; 'lexgraph index sync' sends it when the collection can be reached";
    }

    private Publication requireBound() throws KnowledgeBaseException {
        Publication p = ctx.shared().publication();
        if (p == null) {
            throw new KnowledgeBaseException(ctx.folder() + " uses its own index: bind it to a collection first "
                    + "(lexgraph index use solr://HOST:PORT/COLLECTION)");
        }
        return p;
    }
}
