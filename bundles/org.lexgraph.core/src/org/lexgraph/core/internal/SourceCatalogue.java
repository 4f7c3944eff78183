package org.lexgraph.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.lexgraph.core.AtomicFiles;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.citations.CitationLinker;
import org.lexgraph.model.Citation;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * What an import, the library list and the counts need to know of every source without loading it: its file and
 * hashes (to tell an unchanged file from a changed one), its title and counts (a row of the library), the identifier
 * keys it carries and the keys its citations point at (to resolve only what a batch can change). One entry per source,
 * in the order of the root's list, kept up to date as sources are saved and taken out, and written beside the root as
 * {@value #FILE}: a journal of changes (appended at each save of the root, with the root's generation) that is
 * rewritten whole when it has grown to twice its entries. A catalogue whose last generation is not the root's (a
 * crash between the two writes, a knowledge base of an older version) is not used: it is made again from the loaded
 * sources. Thread-safe.
 */
public final class SourceCatalogue {

    public static final String FILE = "catalogue.jsonl";
    /** Journal lines beyond the entries before the file is rewritten whole. */
    private static final int SLACK = 1000;

    /** One source as the catalogue knows it; {@code damaged} for a source whose file could not be read. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Entry(String id, String kind, String status, String title, String message, String path,
            String member, String contentHash, String containerHash, String textHash, boolean removed,
            boolean damaged, long importedAt, int pages, int passages, int citations, int resolved, int themeLinks,
            int notes, List<String> keys, List<String> cites, String identifier, String work, long stamp,
            String municipality, String year, List<String> links) {

        /**
         * The keys and kinds repeat across many entries (every note citing the same law): one string each, not one per
         * entry, so that 100,000 entries stay small.
         */
        public Entry {
            kind = kind == null ? null : kind.intern();
            status = status == null ? null : status.intern();
            keys = keys == null ? List.of() : keys.stream().map(String::intern).toList();
            cites = cites == null ? List.of() : cites.stream().map(String::intern).toList();
            links = links == null ? List.of() : links.stream().map(String::intern).toList();
            municipality = municipality == null ? null : municipality.intern();
        }

        /** The entry of a loaded source. */
        public static Entry of(Source s) {
            int citations = 0;
            int resolved = 0;
            int links = 0;
            int notes = s.getNotes().size();
            List<String> linked = new java.util.ArrayList<>();
            for (Passage p : s.getPassages()) {
                links += p.getThemeLinks().size();
                for (org.lexgraph.model.ThemeLink l : p.getThemeLinks()) {
                    if (l.getAsk() != null && l.getAsk().getKey() != null
                            && l.getState() != org.lexgraph.model.LinkState.REJECTED) {
                        linked.add(l.getAsk().getKey() + (l.getState() == org.lexgraph.model.LinkState.CONFIRMED
                                ? ":c" : ":p"));
                    }
                }
                notes += p.getNotes().size();
                for (Citation c : p.getCitations()) {
                    citations++;
                    if (c.getResolvedSource() != null) {
                        resolved++;
                    }
                }
            }
            boolean ok = s.getStatus() == SourceStatus.OK;
            return new Entry(s.getId(), SourceKind.of(s).key(), s.getStatus().getName(), s.getTitle(),
                    s.getStatusMessage(), s.getOriginalPath(), s.getArchivePath(), s.getContentHash(),
                    s.getContainerHash(), s.getTextHash(), s.isFileRemoved(), false,
                    s.getImportedAt() == null ? 0 : s.getImportedAt().getTime(), s.getPageCount(),
                    s.getPassages().size(), citations, resolved, links, notes,
                    ok ? List.copyOf(CitationLinker.identifierKeys(s)) : List.of(),
                    List.copyOf(org.lexgraph.core.citations.Resolution.citedKeys(s)),
                    ok ? org.lexgraph.core.validation.KnowledgeBaseChecker.identifierOf(s) : null,
                    ok && s instanceof org.lexgraph.model.Regulation r
                            ? (r.getWorkId() != null ? r.getWorkId() : "source:" + r.getId()) : null, 0,
                    Actors.municipalityOf(s), s.getDate() == null ? null : Integer.toString(s.getDate().toInstant()
                            .atZone(java.time.ZoneOffset.UTC).getYear()), linked);
        }

        /** The same entry saved at another moment. */
        Entry stamped(long at) {
            return new Entry(id, kind, status, title, message, path, member, contentHash, containerHash, textHash,
                    removed, damaged, importedAt, pages, passages, citations, resolved, themeLinks, notes, keys, cites,
                    identifier, work, at, municipality, year, links);
        }

        /** A source whose file is damaged: only its id is known. */
        static Entry damaged(String id) {
            return new Entry(id, null, null, null, null, null, null, null, null, null, false, true, 0, 0, 0, 0, 0, 0,
                    0, List.of(), List.of(), null, null, 0, null, null, List.of());
        }

        public boolean ok() {
            return !damaged && SourceStatus.OK.getName().equals(status);
        }

        public boolean failed() {
            return !damaged && SourceStatus.FAILED.getName().equals(status);
        }

        public List<String> keys() {
            return keys == null ? List.of() : keys;
        }

        public List<String> cites() {
            return cites == null ? List.of() : cites;
        }

        /** The row of the library this entry shows. */
        public SourceSummary summary() {
            return new SourceSummary(id, title, SourceKind.fromKey(kind), failed(), message, path, passages, pages,
                    importedAt == 0 ? null : java.time.Instant.ofEpochMilli(importedAt), member, removed);
        }
    }

    /** A line of the journal: an entry put, an id taken out, or the generation of the root saved with the lines before. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(Entry put, String remove, Long generation, Integer version) {
        Line(Entry put, String remove, Long generation) {
            this(put, remove, generation, generation == null ? null : VERSION);
        }
    }

    /** What an entry holds changes with this number; a catalogue written with another is made again. */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectReader LINE_READER = JSON.readerFor(Line.class);
    private static final ObjectWriter LINE_WRITER = JSON.writerFor(Line.class);

    private final Path file;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    /** Sources taken out since the file was last written (then written first, so a source put again moves last). */
    private final Set<String> removedSince = new LinkedHashSet<>();
    /** Sources put or attached since the file was last written (then written in the root's order). */
    private final Set<String> changedSince = new HashSet<>();
    private int journalLines;
    /** The last stamp given: each save of a source gets a greater one (see {@link #nextStamp}). */
    private long lastStamp;
    /** Set when the catalogue no longer matches the root: the file is removed at the next save and made again later. */
    private boolean invalid;

    private SourceCatalogue(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** The catalogue of a knowledge base folder as of this generation of its root, if its file is whole and current. */
    public static Optional<SourceCatalogue> read(Path folder, long generation) {
        SourceCatalogue c = new SourceCatalogue(folder);
        if (!Files.isRegularFile(c.file)) {
            return Optional.empty();
        }
        long last = -1;
        // one parser over the whole file (a parser per line cost as much again at 100,000 sources)
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(c.file), 1 << 16);
                com.fasterxml.jackson.databind.MappingIterator<Line> lines = LINE_READER.readValues(in)) {
            while (lines.hasNextValue()) {
                Line line = lines.nextValue();
                c.journalLines++;
                if (line.put() != null) {
                    // in place when it was there; last when new, or put again after it was taken out (replaced)
                    c.entries.put(line.put().id(), line.put());
                    c.lastStamp = Math.max(c.lastStamp, line.put().stamp());
                } else if (line.remove() != null) {
                    c.entries.remove(line.remove());
                } else if (line.generation() != null) {
                    last = line.version() != null && line.version() == VERSION ? line.generation() : -1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or cut short: made again
        }
        return last == generation ? Optional.of(c) : Optional.empty();
    }

    /**
     * The catalogue of a root whose sources are loaded (a damaged source's file, left a proxy, gets an entry of its
     * own under the id its file name gives).
     */
    public static SourceCatalogue of(Path folder, KnowledgeBase root) {
        SourceCatalogue c = new SourceCatalogue(folder);
        @SuppressWarnings("unchecked")
        InternalEList<Source> sources = (InternalEList<Source>) root.getSources();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.basicGet(i);
            Entry e = s.eIsProxy() ? Entry.damaged(idOf(s)) : Entry.of(s).stamped(c.nextStamp());
            c.entries.put(e.id(), e);
        }
        c.invalid = true; // not on disk yet: written whole at the next save
        return c;
    }

    /**
     * The catalogue of a root whose sources are not loaded: each read apart from the model (on every core, dropped
     * once its entry is made), so that making it for 100,000 sources does not hold them all.
     */
    public static SourceCatalogue apart(Path folder, KnowledgeBase root, ModelStore store) {
        @SuppressWarnings("unchecked")
        InternalEList<Source> sources = (InternalEList<Source>) root.getSources();
        List<String> ids = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            ids.add(idOf(sources.basicGet(i)));
        }
        Map<String, Entry> made = new java.util.concurrent.ConcurrentHashMap<>();
        store.readApart(ids, root, (id, s) -> made.put(id, Entry.of(s)), (id, why) -> { });
        SourceCatalogue c = new SourceCatalogue(folder);
        for (String id : ids) {
            Entry e = made.get(id);
            c.entries.put(id, e == null ? Entry.damaged(id) : e.stamped(c.nextStamp()));
        }
        c.invalid = true; // not on disk yet: written whole at the next save
        return c;
    }

    /** A source's id: its own, or for one not loaded (a proxy), the one its file is named by. */
    public static String idOf(Source s) {
        return s.eIsProxy() ? idOfFile(((InternalEObject) s).eProxyURI().trimFragment().lastSegment()) : s.getId();
    }

    /** A source's id from the name of its file. */
    public static String idOfFile(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? String.valueOf(name) : name.substring(0, dot);
    }

    /**
     * A stamp for a save: greater than every stamp before, also those of a catalogue made again (they start from the
     * clock), so that what was worked out from a source's entry (its problems) is known to be of this save.
     */
    private long nextStamp() {
        lastStamp = Math.max(lastStamp + 1, System.currentTimeMillis() * 1000);
        return lastStamp;
    }

    /** Records a source put into the root (last, as the root lists it), before it is saved. */
    public synchronized void attach(String id) {
        entries.remove(id);
        entries.put(id, Entry.damaged(id)); // until it is saved: a source whose file is not there
        changedSince.add(id);
    }

    /** Records a source as it was saved. */
    public synchronized void put(Source s) {
        Entry e = Entry.of(s).stamped(nextStamp());
        entries.put(e.id(), e); // in place when attached or there before
        changedSince.add(e.id());
    }

    /** Records that a source was taken out of the root. */
    public synchronized void remove(String id) {
        if (entries.remove(id) != null) {
            removedSince.add(id);
            changedSince.remove(id);
        }
    }

    public synchronized Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every entry, in the order of the root's list. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    public synchronized int size() {
        return entries.size();
    }

    /**
     * Writes the changes with the generation the root was just saved with: appended to the journal, or the whole
     * catalogue when the journal has grown past twice its entries. {@code rootSources} is the number of sources the
     * root lists: a catalogue that lists another number is out of step, and its file is removed rather than trusted.
     */
    public synchronized void save(long generation, int rootSources, AtomicFiles files) throws IOException {
        if (entries.size() != rootSources) {
            invalid = true;
            Files.deleteIfExists(file);
            return;
        }
        if (invalid || !Files.isRegularFile(file)
                || journalLines + removedSince.size() + changedSince.size() > 2 * entries.size() + SLACK) {
            // streamed: at 100,000 sources the catalogue is some 60 MB
            files.write(file, out -> {
                // one value per line; not closed, which would close the file before it is synced
                com.fasterxml.jackson.databind.SequenceWriter g = LINE_WRITER.withRootValueSeparator("\n").writeValues(out);
                for (Entry e : entries.values()) {
                    g.write(new Line(e, null, null));
                }
                g.write(new Line(null, null, generation));
                g.flush();
                out.write('\n');
            });
            journalLines = entries.size() + 1;
            invalid = false;
        } else {
            // taken out first, then what was put in the root's order: read back, the order is the root's
            StringBuilder sb = new StringBuilder();
            int lines = 1;
            for (String id : removedSince) {
                sb.append(LINE_WRITER.writeValueAsString(new Line(null, id, null))).append('\n');
                lines++;
            }
            for (Entry e : entries.values()) {
                if (changedSince.contains(e.id())) {
                    sb.append(LINE_WRITER.writeValueAsString(new Line(e, null, null))).append('\n');
                    lines++;
                }
            }
            sb.append(LINE_WRITER.writeValueAsString(new Line(null, null, generation))).append('\n');
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
            journalLines += lines;
        }
        removedSince.clear();
        changedSince.clear();
    }
}
