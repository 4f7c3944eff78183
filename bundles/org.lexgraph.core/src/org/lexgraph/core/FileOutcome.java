package org.lexgraph.core;

import java.nio.file.Path;

/**
 * What an import did with one file (or one path given by the user).
 *
 * @param member for a document inside an archive or e-mail, its path there; otherwise null
 * @param message for failures, what is wrong with the file; otherwise a short note or empty
 * @param sourceId the source the file became or already was, or {@code null}
 */
public record FileOutcome(Path file, String member, Status status, String message, String sourceId, int passages) {

    public FileOutcome(Path file, Status status, String message, String sourceId, int passages) {
        this(file, null, status, message, sourceId, passages);
    }

    /** The file, or for a member of an archive or e-mail {@code archive.zip!/folder/file.pdf}. */
    public String display() {
        return member == null ? file.toString() : file + "!/" + member;
    }

    public enum Status {
        /** A new source. */
        IMPORTED,
        /** The file was imported before and its content changed: the source was replaced. */
        UPDATED,
        /** Imported before with the same content: nothing to do. */
        UNCHANGED,
        /** The same content was already imported from another file. */
        DUPLICATE,
        /** The file could not be read; recorded as a failed source where the file exists. */
        FAILED,
        /** The path does not exist or holds nothing to import. */
        MISSING,
        /** Not a document of its own (the metadata.xml beside a publication, read with it). */
        SKIPPED,
        /** The file (or archive member) is gone; its source is kept, marked as removed. */
        REMOVED;

        public boolean isFailure() {
            return this == FAILED || this == MISSING;
        }
    }
}
