package org.lexgraph.core;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (with their subfolders) and reports a folder once changes in it have settled: a file copied in
 * piece by piece, or a hundred files unpacked at once, give one report when nothing has moved for the quiet period.
 * Hidden files and folders are ignored, as the import ignores them. One daemon thread; thread-safe.
 */
public final class FolderWatcher implements AutoCloseable {

    private final WatchService service;
    private final Consumer<Path> onChange;
    private final long quietNanos;
    /** Watch key of every registered folder → the watched root it belongs to. */
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    /** Roots with changes not yet reported → when the last change was seen. */
    private final Map<Path, Long> pending = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param onChange called on the watcher's thread with the watched root whose contents changed
     * @param quiet how long nothing must change before a root is reported
     */
    public FolderWatcher(Consumer<Path> onChange, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.quietNanos = quiet.toNanos();
        this.thread = new Thread(this::run, "lexgraph-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching a folder and its subfolders (those created later too). */
    public void watch(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(r)) {
            throw new IOException("not a folder: " + r);
        }
        register(r, r);
    }

    /** Stops watching a folder. */
    public void unwatch(Path root) {
        Path r = root.toAbsolutePath().normalize();
        keys.entrySet().removeIf(e -> {
            if (e.getValue().equals(r)) {
                e.getKey().cancel();
                return true;
            }
            return false;
        });
        synchronized (pending) {
            pending.remove(r);
        }
    }

    private void register(Path root, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(root, p)).toList()) {
                keys.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), root);
            }
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void run() {
        while (!closed) {
            WatchKey key;
            try {
                key = service.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
            if (key != null) {
                Path root = keys.get(key);
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (root == null) {
                        continue;
                    }
                    if (event.kind() == OVERFLOW) {
                        mark(root);
                        continue;
                    }
                    Path child = dir.resolve((Path) event.context());
                    if (hidden(root, child)) {
                        continue;
                    }
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        try {
                            register(root, child);
                        } catch (IOException e) {
                            // it went again; the change is reported anyway
                        }
                    }
                    mark(root);
                }
                if (!key.reset()) {
                    keys.remove(key);
                }
            }
            report();
        }
    }

    private void mark(Path root) {
        synchronized (pending) {
            pending.put(root, System.nanoTime());
        }
    }

    private void report() {
        long now = System.nanoTime();
        java.util.List<Path> due = new java.util.ArrayList<>();
        synchronized (pending) {
            pending.entrySet().removeIf(e -> {
                if (now - e.getValue() >= quietNanos) {
                    due.add(e.getKey());
                    return true;
                }
                return false;
            });
        }
        for (Path root : due) {
            try {
                onChange.accept(root);
            } catch (RuntimeException e) {
                // a failing listener must not stop the watching
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        thread.interrupt();
    }
}
