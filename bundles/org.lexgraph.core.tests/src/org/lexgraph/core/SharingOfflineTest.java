package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.core.sharing.IndexBinding;
import org.lexgraph.tests.support.Fixtures;

/**
 * A knowledge base and a shared collection that cannot be reached (a port nothing listens on): binding to it changes
 * nothing; a knowledge base bound to it keeps every import, says at the end of the command what was not sent, and
 * remembers it for a later sync. (With a real cluster: tools/solr/cluster-test.sh.)
 */
public class SharingOfflineTest {

    private static final String NOWHERE = "solr://127.0.0.1:1/team";

    @TempDir
    Path tmp;

    @Test
    public void bindingToACollectionThatCannotBeReachedChangesNothing() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                    () -> s.sharing().use(NOWHERE, "anna", 2, 0, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("the collection " + NOWHERE + " cannot be reached: 127.0.0.1:1 "
                    + "(connection refused)"), e.getMessage());
            assertTrue(e.getMessage().endsWith("the knowledge base still uses its own index"), e.getMessage());
            assertEquals(Optional.empty(), s.sharing().binding());
            assertTrue(assertThrows(KnowledgeBaseException.class, () -> s.sharing().use("http://x:1/y", "anna", 2, 0,
                    new NullProgressMonitor())).getMessage().contains("write solr://HOST:PORT/COLLECTION"));
        }
        assertFalse(Files.exists(kb.resolve(IndexBinding.FILE)));
    }

    @Test
    public void anImportIsKeptAndWaitsWhenTheCollectionCannotBeReached() throws Exception {
        Path kb = tmp.resolve("kb");
        try (KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.CREATE)) {
            s.read(k -> k); // made
        }
        new IndexBinding(NOWHERE, "anna").write(kb);
        KnowledgeBaseSession s = open(kb, KnowledgeBaseSession.Access.WRITE);
        s.imports().importPaths(List.of(Fixtures.text(tmp, "notitie.txt", "Zwijndrecht biedt bed-bad-brood.")),
                Importer.Options.DEFAULT, new NullProgressMonitor());
        assertTrue(s.sharing().unsent().contains("not yet in the shared collection"), s.sharing().unsent());
        IOException closing = assertThrows(IOException.class, s::close);
        assertTrue(closing.getMessage().contains("'lexgraph index sync' sends it"), closing.getMessage());
        String pending = Files.readString(kb.resolve("publish-pending.txt"));
        try (KnowledgeBaseSession again = open(kb, KnowledgeBaseSession.Access.WRITE)) {
            String id = again.library().findSource(tmp.resolve("notitie.txt").toString()).orElseThrow().id();
            assertTrue(pending.lines().anyMatch(id::equals), "the source waits: " + pending);
            assertEquals(1, again.sharing().status().pendingSources());
            assertTrue(again.sharing().status().problem().contains("cannot be reached"));
            KnowledgeBaseException sync = assertThrows(KnowledgeBaseException.class,
                    () -> again.sharing().sync(false, new NullProgressMonitor()));
            assertTrue(sync.getMessage().contains("nothing is lost"), sync.getMessage());
            again.sharing().useLocal(false);
            assertTrue(again.search().run("Zwijndrecht", 5).hits().stream().anyMatch(h -> h.sourceId().equals(id)),
                    "on its own index again, the import is found");
        }
        assertFalse(Files.exists(kb.resolve("publish-pending.txt")), "nothing waits for a collection no longer used");
    }

    private static KnowledgeBaseSession open(Path kb, KnowledgeBaseSession.Access access) throws Exception {
        return KnowledgeBaseSession.open(kb, access, Importer.builtIn(),
                new NullProgressMonitor());
    }
}
