package org.lexgraph.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.model.Source;

/**
 * Sources put into the index again, analysing several at once: the Dutch analysis is most of an import's time after
 * reading (IngestBenchmark), and Lucene's writer takes documents from several threads. A change that says which
 * passages it touched (theme linking) has only those analysed again.
 */
final class Reindexing {

    private Reindexing() {
    }

    /** Each source put into the index under its id, replacing what was there (null: the id taken out). */
    static void sources(PassageIndex index, Map<String, Source> reindex, Map<String, Set<String>> filed)
            throws IOException {
        run(reindex.entrySet().parallelStream(), e -> index.replaceSource(e.getKey(), e.getValue() == null ? List.of()
                : IndexRecords.of(e.getValue(), filed)));
    }

    /**
     * Changed sources indexed again: as a whole when refiled (their collections changed) or not named in {@code
     * passagesChanged}, else only the passages it names for them (none when it names none).
     */
    static void changed(PassageIndex index, List<Source> sources, Set<String> refiled,
            Map<String, Set<String>> passagesChanged, Map<String, Set<String>> filed) throws IOException {
        run(sources.size() > 8 ? sources.parallelStream() : sources.stream(), s -> {
            List<PassageRecord> records = IndexRecords.of(s, filed);
            Set<String> only = refiled.contains(s.getId()) ? null : passagesChanged.get(s.getId());
            if (only == null) {
                index.replaceSource(s.getId(), records);
            } else if (!only.isEmpty()) {
                index.replacePassages(records.stream().filter(r -> only.contains(r.passageId())).toList());
            }
        });
    }

    private interface Indexing<T> {
        void index(T item) throws IOException;
    }

    private static <T> void run(java.util.stream.Stream<T> items, Indexing<T> indexing) throws IOException {
        try {
            items.forEach(item -> {
                try {
                    indexing.index(item);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
