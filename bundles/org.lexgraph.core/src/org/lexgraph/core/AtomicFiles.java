package org.lexgraph.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash leaves either the old or the new content, never a mix: the bytes go to a temporary
 * file beside the target, are forced to disk, and the temporary file is renamed over the target.
 */
public class AtomicFiles {

    /** Replaces {@code target} with {@code content} atomically. */
    public void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * As {@link #write(Path, byte[])}; without {@code syncDirectory} the rename becomes durable only with a later
     * {@link #syncDirectory} of the same folder, so that many files in one folder need one folder sync.
     */
    public void write(Path target, byte[] content, boolean syncDirectory) throws IOException {
        write(target, out -> out.write(content), syncDirectory);
    }

    /** What is written to a file, streamed (a file too large to be held twice in memory). */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Replaces {@code target} atomically with what {@code content} writes. */
    public void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private void write(Path target, Content content, boolean syncDirectory) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                        1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            rename(tmp, target);
            if (syncDirectory) {
                forceDirectory(dir);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The final step, separate so a test can make it fail as a crash would. */
    protected void rename(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames in a folder durable. */
    public void syncDirectory(Path dir) {
        forceDirectory(dir);
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic there
        }
    }
}
