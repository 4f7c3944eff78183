package org.lexgraph.core.imports;

import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.Importer;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/** What an import run keeps of the sources it meets: those it knows of, and what one batch puts into the model. */
final class ImportBatches {

    private ImportBatches() {
    }

    /**
     * A source the import knows of: from the catalogue (not loaded), or brought by this run (its object, whose id
     * becomes that of the source it replaces when the batch is applied).
     */
    record Known(SourceCatalogue.Entry entry, Source live) {
        String id() {
            return live != null ? live.getId() : entry.id();
        }

        String member() {
            return live != null ? live.getArchivePath() : entry.member();
        }

        String path() {
            return live != null ? live.getOriginalPath() : entry.path();
        }

        boolean ok() {
            return live != null ? live.getStatus() == SourceStatus.OK : entry.ok();
        }

        boolean removed() {
            return live != null ? live.isFileRemoved() : entry.removed();
        }

        /** The hash an unchanged file has: its own, or for a member of an archive the archive's. */
        String fileHash() {
            if (live != null) {
                return live.getArchivePath() == null ? live.getContentHash() : live.getContainerHash();
            }
            return entry.member() == null ? entry.contentHash() : entry.containerHash();
        }

        int passages() {
            return live != null ? live.getPassages().size() : entry.passages();
        }
    }

    /** What one batch puts into the model: new sources, the ones they replace, and sources whose file is gone. */
    static final class Batch {
        final List<Importer.Prepared> prepared = new ArrayList<>();
        final List<Known> replaced = new ArrayList<>();
        final List<Known> removed = new ArrayList<>();
        /** Documents of a bundle taken apart anew that are no longer among its documents: deleted. */
        final List<Known> dropped = new ArrayList<>();

        int size() {
            return prepared.size() + removed.size() + dropped.size();
        }

        void clear() {
            prepared.clear();
            replaced.clear();
            removed.clear();
            dropped.clear();
        }
    }
}
