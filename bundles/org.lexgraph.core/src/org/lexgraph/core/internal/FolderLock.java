package org.lexgraph.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.lexgraph.core.KnowledgeBaseException;

/** The lock file of a knowledge base: one process writes at a time; others may read. */
public final class FolderLock {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}; when another process holds it, a reader goes on without it (and without writing)
     * and a writer is told the knowledge base is in use. A read-only folder is read without a lock.
     */
    public static FolderLock take(Path dir, String lockFile, boolean write) throws KnowledgeBaseException {
        FileChannel channel = null;
        try {
            if (!write && !Files.isWritable(dir)) {
                return new FolderLock(null, null);
            }
            channel = FileChannel.open(dir.resolve(lockFile), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                if (write) {
                    throw new KnowledgeBaseException("knowledge base " + dir
                            + " is in use by another Lexgraph window or command; close it and try again");
                }
                return new FolderLock(null, null);
            }
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new KnowledgeBaseException("cannot open knowledge base " + dir + ": " + ModelStore.rootMessage(e), e);
        }
    }

    /** Whether this process holds the lock (and so may write). */
    public boolean held() {
        return lock != null;
    }

    public void release() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }
}
