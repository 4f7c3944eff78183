package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.tests.support.Fixtures;

/** Watched folders: remembered per knowledge base, and reported once their changes have settled. */
public class WatchedFoldersTest {

    @TempDir
    Path tmp;

    @Test
    public void aChangeAnywhereBelowIsReportedOnceForItsRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("stukken"));
        Path sub = Files.createDirectories(root.resolve("2026"));
        BlockingQueue<Path> reports = new LinkedBlockingQueue<>();
        try (FolderWatcher w = new FolderWatcher(reports::add, Duration.ofMillis(500))) {
            w.watch(root);
            for (int i = 0; i < 5; i++) {
                Fixtures.text(sub, "brief-" + i + ".txt", "Brief " + i);
            }
            assertEquals(root, reports.poll(15, TimeUnit.SECONDS), "one report for the root");
            assertEquals(null, reports.poll(1500, TimeUnit.MILLISECONDS), "five files, one report");
            // a folder made after watching began is watched too
            Path later = Files.createDirectories(root.resolve("later"));
            assertEquals(root, reports.poll(15, TimeUnit.SECONDS));
            Fixtures.text(later, "nieuw.txt", "Nieuw");
            assertEquals(root, reports.poll(15, TimeUnit.SECONDS));
            // hidden files are ignored, as the import ignores them
            Fixtures.text(root, ".verborgen", "x");
            assertEquals(null, reports.poll(1500, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    public void watchedFoldersAreRememberedByTheKnowledgeBase() throws Exception {
        Path kb = tmp.resolve("kb");
        Path a = Files.createDirectories(tmp.resolve("a"));
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            s.imports().watchFolder(a);
            s.imports().watchFolder(a);
            assertThrows(KnowledgeBaseException.class, () -> s.imports().watchFolder(tmp.resolve("bestaat-niet")));
        }
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.WRITE,
                Importer.builtIn(), new NullProgressMonitor())) {
            assertEquals(List.of(a.toAbsolutePath().normalize()), s.imports().watchedFolders());
            s.imports().unwatchFolder(a);
            assertTrue(s.imports().watchedFolders().isEmpty());
        }
    }
}
