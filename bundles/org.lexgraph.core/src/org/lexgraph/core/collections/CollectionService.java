package org.lexgraph.core.collections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Source;

/**
 * Collections of an open knowledge base: the user's folders of sources (a source may be in several; a collection may
 * hold others, named by a path {@code Gemeenten/Utrecht}). Creating, renaming, deleting and filing are undoable edits;
 * a source's collections are in the index, so search filters and counts by them. Reading them loads no source: a
 * collection's sources are known by the ids its references name.
 */
public final class CollectionService {

    /** A collection as lists show it: its path, parent and how many sources are filed in it directly. */
    public record CollectionView(String id, String name, String path, String parentPath, int sources) {
    }

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public CollectionService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** Every collection, parents before their children, in the order they were made. */
    public List<CollectionView> list() {
        return ctx.peek(CollectionService::listOf);
    }

    private static void walk(List<org.lexgraph.model.Collection> level, String parent, List<CollectionView> out) {
        for (org.lexgraph.model.Collection c : level) {
            String path = parent == null ? c.getName() : parent + "/" + c.getName();
            out.add(new CollectionView(c.getId(), c.getName(), path, parent, c.getSources().size()));
            walk(c.getChildren(), path, out);
        }
    }

    /** The ids of the sources filed in a collection (directly), in the order they were filed. */
    public List<String> sourceIds(String path) throws KnowledgeBaseException {
        org.lexgraph.model.Collection c = find(path);
        return ctx.peek(kb -> new ArrayList<>(idsIn(c)));
    }

    /** Which collections (paths) each filed source is in. */
    public Map<String, List<String>> collectionsBySource() {
        return ctx.peek(kb -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (CollectionView v : listOf(kb)) {
                org.lexgraph.model.Collection c = findIn(kb, v.path());
                for (String id : idsIn(c)) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(v.path());
                }
            }
            return out;
        });
    }

    /**
     * Makes a collection (an undoable edit); {@code path} names its parent first when it is to be inside another
     * ({@code Gemeenten/Utrecht}), which must exist. Returns its id.
     */
    public String create(String path) throws KnowledgeBaseException {
        ctx.requireWritable();
        String name = lastName(path);
        String parentPath = parentOf(path);
        org.lexgraph.model.Collection parent = parentPath == null ? null : find(parentPath);
        List<org.lexgraph.model.Collection> siblings = parent == null ? ctx.peek(KnowledgeBase::getCollections)
                : parent.getChildren();
        if (ctx.peek(kb -> siblings.stream().anyMatch(c -> name.equalsIgnoreCase(c.getName())))) {
            throw new KnowledgeBaseException("there is a collection '" + path + "' in " + ctx.folder() + " already");
        }
        org.lexgraph.model.Collection c = LexgraphFactory.eINSTANCE.createCollection();
        c.setName(name);
        session.execute(parent == null
                ? AddCommand.create(session.editingDomain(), ctx.root(),
                        LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS, c)
                : AddCommand.create(session.editingDomain(), parent, LexgraphPackage.Literals.COLLECTION__CHILDREN,
                        c));
        return c.getId();
    }

    /** Renames a collection (an undoable edit); its sources are indexed under the new name. */
    public void rename(String path, String newName) throws KnowledgeBaseException {
        ctx.requireWritable();
        String name = checkedName(newName);
        org.lexgraph.model.Collection c = find(path);
        List<org.lexgraph.model.Collection> siblings = c.eContainer() instanceof org.lexgraph.model.Collection p
                ? p.getChildren() : ctx.peek(KnowledgeBase::getCollections);
        if (ctx.peek(kb -> siblings.stream().anyMatch(o -> o != c && name.equalsIgnoreCase(o.getName())))) {
            throw new KnowledgeBaseException("cannot rename '" + path + "' to '" + name + "': there is a collection of"
                    + " that name beside it");
        }
        session.execute(SetCommand.create(session.editingDomain(), c, LexgraphPackage.Literals.COLLECTION__NAME, name));
    }

    /** Deletes a collection and those inside it (an undoable edit); the sources stay in the knowledge base. */
    public void delete(String path) throws KnowledgeBaseException {
        ctx.requireWritable();
        org.lexgraph.model.Collection c = find(path);
        session.execute(c.eContainer() instanceof org.lexgraph.model.Collection p
                ? RemoveCommand.create(session.editingDomain(), p, LexgraphPackage.Literals.COLLECTION__CHILDREN, c)
                : RemoveCommand.create(session.editingDomain(), ctx.root(),
                        LexgraphPackage.Literals.KNOWLEDGE_BASE__COLLECTIONS, c));
    }

    /**
     * Files sources in a collection (one undoable edit), making the collection when there is none of that path yet;
     * sources filed there already are left. Returns how many were filed.
     */
    public int add(String path, Collection<String> sourceIds) throws KnowledgeBaseException {
        ctx.requireWritable();
        if (ctx.peek(kb -> findIn(kb, path)) == null) {
            create(path);
        }
        org.lexgraph.model.Collection c = find(path);
        Set<String> there = ctx.peek(kb -> new LinkedHashSet<>(idsIn(c)));
        List<Source> toFile = new ArrayList<>();
        for (String id : new LinkedHashSet<>(sourceIds)) {
            if (there.contains(id)) {
                continue;
            }
            toFile.add(ctx.sourceById(id).orElseThrow(() -> new KnowledgeBaseException("no source " + id + " in "
                    + ctx.folder())));
        }
        if (!toFile.isEmpty()) {
            session.execute(AddCommand.create(session.editingDomain(), c, LexgraphPackage.Literals.COLLECTION__SOURCES,
                    toFile));
        }
        return toFile.size();
    }

    /** Takes sources out of a collection (one undoable edit); returns how many were in it. */
    public int remove(String path, Collection<String> sourceIds) throws KnowledgeBaseException {
        ctx.requireWritable();
        org.lexgraph.model.Collection c = find(path);
        Set<String> wanted = new LinkedHashSet<>(sourceIds);
        List<Source> filed = ctx.peek(kb -> {
            List<Source> out = new ArrayList<>();
            @SuppressWarnings("unchecked")
            InternalEList<Source> refs = (InternalEList<Source>) c.getSources();
            for (int i = 0; i < refs.size(); i++) {
                if (wanted.contains(SourceCatalogue.idOf(refs.basicGet(i)))) {
                    out.add(refs.basicGet(i));
                }
            }
            return out;
        });
        if (!filed.isEmpty()) {
            CompoundCommand all = new CompoundCommand("remove from collection");
            all.append(RemoveCommand.create(session.editingDomain(), c, LexgraphPackage.Literals.COLLECTION__SOURCES,
                    filed));
            session.execute(all.unwrap());
        }
        return filed.size();
    }

    private org.lexgraph.model.Collection find(String path) throws KnowledgeBaseException {
        org.lexgraph.model.Collection c = ctx.peek(kb -> findIn(kb, path));
        if (c == null) {
            throw new KnowledgeBaseException("no collection '" + path + "' in " + ctx.folder()
                    + " (see: lexgraph collection list)");
        }
        return c;
    }

    private static List<CollectionView> listOf(KnowledgeBase kb) {
        List<CollectionView> out = new ArrayList<>();
        walk(kb.getCollections(), null, out);
        return out;
    }

    /** The collection of a path (names compared without case), or null. */
    static org.lexgraph.model.Collection findIn(KnowledgeBase kb, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        List<org.lexgraph.model.Collection> level = kb.getCollections();
        org.lexgraph.model.Collection found = null;
        for (String name : path.strip().split("\\s*/\\s*")) {
            found = null;
            for (org.lexgraph.model.Collection c : level) {
                if (name.equalsIgnoreCase(c.getName())) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            level = found.getChildren();
        }
        return found;
    }

    /** The ids a collection's references name, without loading the sources. */
    static List<String> idsIn(org.lexgraph.model.Collection c) {
        @SuppressWarnings("unchecked")
        InternalEList<Source> refs = (InternalEList<Source>) c.getSources();
        List<String> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            out.add(SourceCatalogue.idOf(refs.basicGet(i)));
        }
        return out;
    }

    private static String lastName(String path) throws KnowledgeBaseException {
        if (path == null || path.isBlank()) {
            throw new KnowledgeBaseException("a collection needs a name");
        }
        String[] parts = path.strip().split("\\s*/\\s*");
        return checkedName(parts[parts.length - 1]);
    }

    private static String parentOf(String path) {
        String p = path.strip();
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? null : p.substring(0, slash).strip();
    }

    private static String checkedName(String name) throws KnowledgeBaseException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.contains("/")) {
            throw new KnowledgeBaseException("a collection's name cannot be empty or hold '/' (given '" + name
                    + "'); a path A/B names collection B inside A");
        }
        return n;
    }
}
