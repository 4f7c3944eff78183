package org.lexgraph.index;

import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SourceGroup;
import org.lexgraph.query.QuerySyntaxException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The passage index on disk: written by one process at a time (Lucene's write lock), searched by any number of
 * threads. A commit records the model generation it reflects, so that an index left behind by an interrupted import
 * is recognised and rebuilt. Thread-safe.
 */
public final class PassageIndex implements PassageSearch, Closeable {

    private static final int SNIPPET_CHARS = 240;
    /** The shortest snippet made of sentences: shorter ones are joined with the next. */
    private static final int SNIPPET_MIN_CHARS = 80;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Parses queries and highlights; the writer has its own (index-time) analyzer. */
    private final Analyzer analyzer;
    /** The same without leaving out English function and question words (to measure what that brings). */
    private final Analyzer analyzerWithAllWords = DutchAnalysis.forQueries(false);
    private volatile RankingOptions options = RankingOptions.DEFAULT;
    /** The analyzer the text was indexed with, for finding a passage's distinctive words. */
    private final Analyzer indexAnalyzer = DutchAnalysis.forSchema();

    /** Whether documents were changed since the last commit (a close then drops them; else it keeps merges). */
    private volatile boolean changedSinceCommit;

    private PassageIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    /** Weighs the evidence of later searches as {@code options} says (the relevance benchmarks' ablations). */
    @Override
    public void rankWith(RankingOptions options) {
        this.options = options;
    }

    private Analyzer queryAnalyzer() {
        return options.queryStopWords() ? analyzer : analyzerWithAllWords;
    }

    /** How the user's words become queries, with the current ranking options. */
    private PassageQueries queries() {
        return new PassageQueries(options, queryAnalyzer(), indexAnalyzer);
    }

    /** Reads a query as a search of this index would (for tests and tools). */
    Query parse(String queryText) throws QuerySyntaxException {
        return queries().parse(queryText);
    }

    /** Opens (creating if needed) the index for writing and searching; takes Lucene's write lock. */
    public static PassageIndex openWritable(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        Analyzer analyzer = DutchAnalysis.forSchema();
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false);
            cfg.setMergeScheduler(new ConcurrentMergeScheduler());
            IndexWriter writer = new IndexWriter(dir, cfg);
            return new PassageIndex(dir, writer, new SearcherManager(writer, null), DutchAnalysis.forQueries());
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Opens an existing index for searching only; no lock is taken. */
    /** Whether this index was opened for writing. */
    public boolean isWritable() {
        return writer != null;
    }

    public static PassageIndex openReadOnly(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        try {
            return new PassageIndex(dir, null, new SearcherManager(dir, null), DutchAnalysis.forQueries());
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * The model generation recorded by the last commit of the index in {@code folder}, when that index exists, can be
     * read and carries the current schema stamp; empty otherwise (the index must then be rebuilt).
     */
    public static OptionalLong committedGeneration(Path folder) {
        if (!Files.isDirectory(folder)) {
            return OptionalLong.empty();
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return OptionalLong.empty();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                String gen = data.get(IndexSchema.COMMIT_GENERATION);
                if (gen == null || !IndexSchema.stamp().equals(data.get(IndexSchema.COMMIT_STAMP))) {
                    return OptionalLong.empty();
                }
                return OptionalLong.of(Long.parseLong(gen));
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // damaged: the caller rebuilds
        }
    }

    /** The ids of the sources whose passages came from this file (as the import recorded its path). */
    public java.util.Set<String> sourceIdsOfFile(String file) throws IOException {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        IndexSearcher s = searchers.acquire();
        try {
            org.apache.lucene.search.TopDocs top = s.search(new org.apache.lucene.search.TermQuery(
                    new Term(IndexSchema.FILE_KEY, file)), 1000);
            var stored = s.storedFields();
            for (org.apache.lucene.search.ScoreDoc d : top.scoreDocs) {
                out.add(stored.document(d.doc, java.util.Set.of(IndexSchema.SOURCE_ID)).get(IndexSchema.SOURCE_ID));
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    /** Replaces all passages of a source with the given ones (none: the source is removed). */
    public void replaceSource(String sourceId, List<PassageRecord> passages) throws IOException {
        requireWriter();
        changedSinceCommit = true;
        writer.deleteDocuments(new Term(IndexSchema.SOURCE_ID, sourceId), new Term(IndexSchema.SOURCE_DOC, sourceId),
                new Term(IndexSchema.SECTION_SOURCE, sourceId));
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        // each passage's text is analysed once, for the passage, its section and its source's whole text
        SourceTexts texts = SourceTexts.of(indexAnalyzer, passages);
        for (int i = 0; i < passages.size(); i++) {
            String name = texts.sectionName(i);
            docs.add(IndexSchema.toDocument(passages.get(i), texts.passage(i),
                    name == null ? null : Sections.keyOf(passages.get(i))));
        }
        if (!passages.isEmpty()) {
            docs.add(IndexSchema.toSourceDocument(sourceId, passages.get(0).title(), texts.whole()));
        }
        for (var e : texts.sections().entrySet()) {
            docs.add(IndexSchema.toSectionDocument(sourceId, sourceId + "\u0001" + e.getKey(), e.getValue()));
        }
        writer.addDocuments(docs);
    }

    /**
     * Replaces the documents of some passages of a source, each found by its id, leaving the source's other passages,
     * its whole-text and its sections' documents as they are: for changes that touch only what a passage carries
     * (its theme links, its notes), not its text. Only these passages' texts are analysed again.
     */
    public void replacePassages(List<PassageRecord> passages) throws IOException {
        requireWriter();
        changedSinceCommit = true;
        for (PassageRecord p : passages) {
            boolean outside = p.keywords().getOrDefault(IndexSchema.PART, List.of())
                    .contains(IndexSchema.OUTSIDE_ARTICLE);
            AnalysedText tokens = outside ? null : AnalysedText.of(indexAnalyzer, IndexSchema.TEXT, p.text());
            writer.updateDocument(new Term(IndexSchema.PASSAGE_ID, p.passageId()),
                    IndexSchema.toDocument(p, tokens, Sections.keyOf(p)));
        }
    }

    public void deleteAll() throws IOException {
        requireWriter();
        changedSinceCommit = true;
        writer.deleteAll();
    }

    /** Makes all changes durable, recording the model generation they reflect, and shows them to searches. */
    public void commit(long generation) throws IOException {
        requireWriter();
        writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_GENERATION, Long.toString(generation),
                IndexSchema.COMMIT_STAMP, IndexSchema.stamp()).entrySet());
        writer.commit();
        changedSinceCommit = false; // (after the commit: a failed one leaves them to be dropped at the close)
        searchers.maybeRefreshBlocking();
    }

    /**
     * Shows the changes to searches without making them durable (no commit): cheaper, for the batches of a long import
     * between its commits. A crash loses them; the model generation then differs and the index is rebuilt.
     */
    public void refresh() throws IOException {
        requireWriter();
        searchers.maybeRefreshBlocking();
    }

    public int passageCount() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new org.apache.lucene.search.FieldExistsQuery(IndexSchema.PASSAGE_ID));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Searches passages with the user's words: terms are OR-ed (passages with more of them rank first), phrases in
     * quotes, {@code AND}/{@code OR}/{@code NOT}, {@code +}/{@code -}, wildcards and fuzzy terms work as in Lucene's
     * classic syntax; whatever else is typed is read as words ({@link QueryText}).
     */
    public SearchResult search(String queryText, int limit) throws QuerySyntaxException, IOException {
        return search(queryText, limit, List.of());
    }

    /**
     * As {@link #search(String, int)}, with citation keys the caller found in the query: the documents that carry
     * such a key as their own identifier rank first, then the passages that cite it. The words may then be empty.
     */
    public SearchResult search(String queryText, int limit, java.util.Collection<String> citationKeys)
            throws QuerySyntaxException, IOException {
        return search(queryText, limit, citationKeys, Thesaurus.EMPTY);
    }

    /**
     * As {@link #search(String, int, java.util.Collection)}, widening a query of plain words with the thesaurus's
     * alternatives for the terms it contains (synonyms, abbreviations, Dutch for English terms); the result names them.
     */
    public SearchResult search(String queryText, int limit, java.util.Collection<String> citationKeys,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException {
        return search(queryText, limit, citationKeys, thesaurus, null);
    }

    /** As above, keeping only passages of sources of one kind ({@code regulation}, {@code ruling}, ...) if given. */
    public SearchResult search(String queryText, int limit, java.util.Collection<String> citationKeys,
            Thesaurus thesaurus, String kind) throws QuerySyntaxException, IOException {
        return search(queryText, limit, citationKeys, thesaurus, kind, false);
    }

    /**
     * As above; with {@code facets}, also counts all matches per source kind and year (one more pass over the
     * matches: at 1,000,000 passages it moved p99 from about 30 to 45 ms, so it is asked for, not done always).
     */
    public SearchResult search(String queryText, int limit, java.util.Collection<String> citationKeys,
            Thesaurus thesaurus, String kind, boolean facets) throws QuerySyntaxException, IOException {
        return search(queryText, limit, citationKeys, thesaurus, SearchFilter.ofKind(kind), facets);
    }

    /** As above, with every restriction of {@code filter} applied (none of them affects the ranking). */
    public SearchResult search(String queryText, int limit, java.util.Collection<String> citationKeys,
            Thesaurus thesaurus, SearchFilter filter, boolean facets) throws QuerySyntaxException, IOException {
        return search(SearchRequest.of(queryText, limit).withFilter(filter).withFacets(facets), citationKeys,
                thesaurus);
    }

    /** How many passages a grouped search reads at a time while it fills its page of sources. */
    private static final int GROUP_CHUNK = 500;
    /** A grouped search stops looking for more sources after this many passages. */
    private static final int GROUP_SCAN_LIMIT = 50_000;

    /**
     * Searches as {@code request} says: the user's words (or the passages like one), widened by the thesaurus when
     * they are plain words, the documents carrying {@code citationKeys} first; filtered, ordered, paged, grouped by
     * source, with facet counts and highlights when asked for.
     */
    public SearchResult search(SearchRequest request, java.util.Collection<String> citationKeys, Thesaurus thesaurus)
            throws QuerySyntaxException, IOException {
        return search(request, citationKeys, "", thesaurus);
    }

    /**
     * As above; {@code citationWords} are the citations as typed: when no document in the index carries or cites their
     * keys, their words are searched, so that a citation the knowledge base cannot resolve still finds the passages
     * that write it out.
     */
    @Override
    public SearchResult search(SearchRequest request, java.util.Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException {
        return TypedQuery.search(request, r -> run(r, citationKeys, citationWords, thesaurus),
                !citationKeys.isEmpty());
    }

    private SearchResult run(SearchRequest request, java.util.Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<String> also = new ArrayList<>();
            // a citation no document in the index carries or cites is searched by its words as typed
            String literal = citationWords == null ? "" : QueryText.wordsOf(citationWords, "").query();
            boolean unresolved = !literal.isBlank() && !citationKeys.isEmpty()
                    && !anyCarries(s, citationKeys.stream().filter(k -> !PassageQueries.isLawOfAnArticle(k, citationKeys)).toList());
            Query words = queries().words(request, citationKeys, unresolved ? literal : "", thesaurus, also,
                    request.likePassage() == null ? null : moreLikeThis(s, request.likePassage()));
            Query query = FilterQueries.apply(words, request.filter());
            org.apache.lucene.search.Sort sort = request.order() == SearchRequest.Order.DATE
                    ? new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(IndexSchema.DATE_SORT,
                            org.apache.lucene.search.SortField.Type.LONG, true),
                            org.apache.lucene.search.SortField.FIELD_SCORE)
                    : null;
            List<ScoreDoc> page;
            List<SourceGroup> groups = List.of();
            long total;
            SearchRequest.Page next = null;
            StoredFields stored = s.storedFields();
            // by relevance, a passage counts with the section it stands in (SectionRanking)
            SectionRanking sections = new SectionRanking(queryAnalyzer(), options);
            String typedWords = Objects.toString(request.query(), "") + (unresolved ? " " + literal : "");
            Query sectionQuery = sort == null ? sections.sectionQuery(typedWords, also, thesaurus) : null;
            if (request.perSource() == 0) {
                TopDocs top;
                Query sourceQuery = sort != null || options.source() <= 0 ? null
                        : new SourceRanking(queryAnalyzer(), options).wholeTextQuery(typedWords, also, thesaurus);
                if (sectionQuery != null || sourceQuery != null) {
                    // the first DEPTH passages are ranked again; deeper ones keep their order
                    int n = Math.max(SectionRanking.DEPTH, Math.addExact(request.offset(), request.limit()));
                    top = s.search(query, n);
                    List<ScoreDoc> all = new ArrayList<>(List.of(top.scoreDocs));
                    int depth = Math.min(all.size(), SectionRanking.DEPTH);
                    IndexEvidence evidence = new IndexEvidence(s, query, GROUP_SCAN_LIMIT);
                    List<ScoreDoc> ranked = new ArrayList<>(IndexEvidence.docs(sections.rerank(evidence,
                            evidence.ranked(all.subList(0, depth)), sectionQuery, sourceQuery)));
                    ranked.addAll(all.subList(depth, all.size()));
                    int from = request.offset();
                    if (request.after() != null) {
                        int at = indexOf(ranked, request.after().doc());
                        from = at >= 0 ? at + 1 : ranked.size();
                    }
                    page = new ArrayList<>(ranked.subList(Math.min(from, ranked.size()),
                            Math.min(ranked.size(), from + request.limit())));
                    if (page.size() < request.limit() && all.size() == n) {
                        // past the passages read: on in the passages' own order
                        ScoreDoc last = request.after() != null && indexOf(ranked, request.after().doc()) < 0
                                ? cursor(request.after(), null) : all.get(all.size() - 1);
                        page.addAll(List.of(s.searchAfter(last, query, request.limit() - page.size()).scoreDocs));
                    }
                } else if (request.after() != null) {
                    top = sort == null ? s.searchAfter(cursor(request.after(), null), query, request.limit())
                            : s.searchAfter(cursor(request.after(), sort), query, request.limit(), sort, true);
                    page = List.of(top.scoreDocs);
                } else {
                    int n = Math.addExact(request.offset(), request.limit());
                    top = sort == null ? s.search(query, n) : s.search(query, n, sort, true);
                    ScoreDoc[] all = top.scoreDocs;
                    page = List.of(all).subList(Math.min(all.length, request.offset()), all.length);
                }
                total = exactTotal(s, query, top);
                if (page.size() == request.limit() && !page.isEmpty()) {
                    next = page(page.get(page.size() - 1));
                }
            } else {
                // first the sources, in the order of their best passage: read passages best first, in chunks that
                // grow, until enough different sources have been seen
                java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();
                // by relevance the first SourceRanking.CANDIDATES sources come from one candidate set, whatever the
                // page, so that "more sources" neither repeats nor skips one
                int wanted = Math.addExact(request.offset(), request.limit());
                if (sort == null) {
                    wanted = Math.max(wanted, SourceRanking.CANDIDATES);
                }
                ScoreDoc last = null;
                int scanned = 0;
                int chunk = GROUP_CHUNK;
                total = -1;
                while (order.size() < wanted) {
                    TopDocs top = last == null
                            ? (sort == null ? s.search(query, chunk) : s.search(query, chunk, sort, true))
                            : (sort == null ? s.searchAfter(last, query, chunk)
                                    : s.searchAfter(last, query, chunk, sort, true));
                    if (total < 0) {
                        total = exactTotal(s, query, top);
                    }
                    for (ScoreDoc sd : top.scoreDocs) {
                        order.add(sourceOf(s, sd.doc));
                        if (order.size() >= wanted) {
                            break;
                        }
                    }
                    scanned += top.scoreDocs.length;
                    if (top.scoreDocs.length < chunk || scanned >= GROUP_SCAN_LIMIT) {
                        break;
                    }
                    last = top.scoreDocs[top.scoreDocs.length - 1];
                    chunk = Math.min(chunk * 4, GROUP_SCAN_LIMIT);
                }
                List<String> pageSources = new ArrayList<>(order).subList(Math.min(order.size(), request.offset()),
                        Math.min(order.size(), request.offset() + request.limit()));
                // by relevance, the sources' whole texts count too (SourceRanking); by date, the best passages do
                SourceRanking ranking = new SourceRanking(queryAnalyzer(), options);
                Query wholeText = sort == null && total > 0 && options.wholeText() > 0
                        ? ranking.wholeTextQuery(Objects.toString(request.query(), "") + (unresolved ? " " + literal
                                : ""), also, thesaurus) : null;
                java.util.Map<String, List<ScoreDoc>> bySource = new java.util.LinkedHashMap<>();
                if (wholeText != null) {
                    for (var e : ranking.rank(new IndexEvidence(s, query, GROUP_SCAN_LIMIT), order, wholeText,
                            sections, sectionQuery, request.offset(), request.limit(), request.perSource()).entrySet()) {
                        bySource.put(e.getKey(), IndexEvidence.docs(e.getValue()));
                    }
                } else if (!pageSources.isEmpty()) {
                    // the best passages of each of those sources, from the matches in them alone
                    for (String id : pageSources) {
                        bySource.put(id, new ArrayList<>());
                    }
                    List<org.apache.lucene.util.BytesRef> ids = pageSources.stream()
                            .map(org.apache.lucene.util.BytesRef::new).toList();
                    Query inPage = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                            .add(new org.apache.lucene.search.TermInSetQuery(IndexSchema.SOURCE_ID, ids),
                                    BooleanClause.Occur.FILTER).build();
                    int n = Math.max(1, Math.min(s.count(inPage), GROUP_SCAN_LIMIT));
                    for (ScoreDoc sd : s.search(inPage, n).scoreDocs) {
                        List<ScoreDoc> g = bySource.get(sourceOf(s, sd.doc));
                        if (g != null && g.size() < request.perSource()) {
                            g.add(sd);
                        }
                    }
                }
                page = new ArrayList<>();
                for (List<ScoreDoc> g : bySource.values()) {
                    page.addAll(g);
                }
                groups = new ArrayList<>();
            }
            List<SearchHit> hits = hits(s, stored, query, page, request.highlights());
            if (request.perSource() > 0) {
                java.util.LinkedHashMap<String, List<SearchHit>> grouped = new java.util.LinkedHashMap<>();
                for (SearchHit h : hits) {
                    grouped.computeIfAbsent(h.sourceId(), k -> new ArrayList<>()).add(h);
                }
                for (List<SearchHit> g : grouped.values()) {
                    SearchHit best = g.get(0);
                    groups.add(new SourceGroup(best.sourceId(), best.title(), best.kind(), best.file(), best.date(),
                            best.score(), g));
                }
            }
            Map<String, Map<String, Long>> counts = Map.of();
            long sources = -1;
            if (request.facets()) {
                if (total == 0) {
                    counts = Map.of();
                    sources = 0;
                } else {
                    FacetCounts.Counts all = s.search(query, new FacetCounts(IndexSchema.FACET_FIELDS));
                    counts = new java.util.TreeMap<>(all.fields());
                    sources = all.sources();
                    // a facet the filter restricts is counted without its own restriction: the other values stay
                    // visible, and choosing one more widens the results (values of one field are OR-ed)
                    for (String f : IndexSchema.FACET_FIELDS) {
                        if (!request.filter().values(f).isEmpty()) {
                            counts.put(f, s.search(FilterQueries.apply(words, request.filter().without(f)),
                                    new FacetCounts(List.of(f))).fields().get(f));
                        }
                    }
                }
            }
            return new SearchResult(request.query(), total, hits, also, counts, groups, sources, next);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * How many passages match: Lucene counts exactly only up to a threshold (1,000) while collecting the best; past
     * it the number is counted on its own (cheap for single terms, a pass over the matches otherwise).
     */
    private static long exactTotal(IndexSearcher s, Query query, TopDocs top) throws IOException {
        return top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value() : s.count(query);
    }

    private static String sourceOf(IndexSearcher s, int doc) throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), IndexSchema.SOURCE_ID);
        return dv.advanceExact(doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
    }

    private static int indexOf(List<ScoreDoc> docs, int doc) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).doc == doc) {
                return i;
            }
        }
        return -1;
    }

    private static SearchRequest.Page page(ScoreDoc sd) {
        long date = sd instanceof org.apache.lucene.search.FieldDoc fd && fd.fields != null && fd.fields.length > 0
                && fd.fields[0] instanceof Long l ? l : 0;
        return new SearchRequest.Page(sd.doc, sd.score, date);
    }

    private static ScoreDoc cursor(SearchRequest.Page p, org.apache.lucene.search.Sort sort) {
        return sort == null ? new ScoreDoc(p.doc(), p.score())
                : new org.apache.lucene.search.FieldDoc(p.doc(), p.score(), new Object[] {p.date(), p.score()});
    }

    /** Whether some passage carries or cites one of the keys. */
    private static boolean anyCarries(IndexSearcher s, java.util.Collection<String> keys) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String key : keys) {
            any.add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.IDENTIFIERS, key)),
                    BooleanClause.Occur.SHOULD);
            any.add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.CITES, key)),
                    BooleanClause.Occur.SHOULD);
        }
        return s.count(any.build()) > 0;
    }

    /** The passages most like the given one: its most distinctive words, weighted. */
    private Query moreLikeThis(IndexSearcher s, String passageId) throws QuerySyntaxException, IOException {
        TopDocs own = s.search(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.PASSAGE_ID, passageId)), 1);
        if (own.scoreDocs.length == 0) {
            throw new QuerySyntaxException("no passage " + passageId + " in the index", null);
        }
        org.apache.lucene.queries.mlt.MoreLikeThis mlt = LikeQuery.lucene(s.getIndexReader(), indexAnalyzer);
        String text = s.storedFields().document(own.scoreDocs[0].doc).get(IndexSchema.TEXT);
        Query q = mlt.like(IndexSchema.TEXT, new java.io.StringReader(text == null ? "" : text));
        if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            throw new QuerySyntaxException("passage " + passageId + " has no words distinctive enough to compare", null);
        }
        return q;
    }

    /**
     * Hits for passages another index found (a collection on a search server), in its order and with its scores: their
     * snippets and match spans are made here, from a small index of these passages alone, by the same analysis and
     * highlighter as this index's own hits.
     */
    public static List<SearchHit> hitsOf(List<PassageRecord> records, float[] scores, Query query, boolean withSpans)
            throws IOException {
        if (records.isEmpty()) {
            return List.of();
        }
        try (Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            IndexWriterConfig cfg = new IndexWriterConfig(DutchAnalysis.forSchema());
            cfg.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                for (PassageRecord p : records) {
                    w.addDocument(IndexSchema.toDocument(p, null, Sections.keyOf(p)));
                }
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                List<ScoreDoc> page = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    page.add(new ScoreDoc(i, scores[i])); // one segment, in the order added
                }
                PassageIndex here = new PassageIndex(dir, null, null, DutchAnalysis.forQueries());
                return here.hits(s, s.storedFields(), query, page, withSpans);
            }
        }
    }

    /** The stored fields, snippet and (when asked for) match spans of the given hits. */
    private List<SearchHit> hits(IndexSearcher s, StoredFields stored, Query query, List<ScoreDoc> page,
            boolean withSpans) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        int[] docs = page.stream().mapToInt(sd -> sd.doc).toArray();
        // the highlighter wants documents in index order; keep where each hit goes
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i]));
        int[] sortedDocs = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            sortedDocs[i] = docs[order[i]];
        }
        Map<String, String[]> highlighted = highlighter(s).highlightFields(
                new String[] {IndexSchema.TEXT, IndexSchema.NOTE}, query, sortedDocs, new int[] {1, 1});
        String[] sortedSnippets = highlighted.get(IndexSchema.TEXT);
        String[] sortedNotes = highlighted.get(IndexSchema.NOTE);
        Object[] sortedSpans = withSpans ? MatchSpans.of(s, analyzer, query, sortedDocs) : null;
        String[] snippets = new String[docs.length];
        String[] notes = new String[docs.length];
        Object[] spans = new Object[docs.length];
        for (int i = 0; i < docs.length; i++) {
            snippets[order[i]] = sortedSnippets[i];
            notes[order[i]] = sortedNotes == null ? null : sortedNotes[i];
            spans[order[i]] = sortedSpans == null ? null : sortedSpans[i];
        }
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc sd = page.get(i);
            Document d = stored.document(sd.doc);
            String snippet = snippets[i] != null ? SnippetWindow.of(snippets[i]) : leading(d.get(IndexSchema.TEXT));
            var date = d.getField(IndexSchema.DATE);
            @SuppressWarnings("unchecked")
            List<SearchHit.Span> sp = spans[i] instanceof List<?> l ? (List<SearchHit.Span>) l : List.of();
            hits.add(new SearchHit(d.get(IndexSchema.PASSAGE_ID), d.get(IndexSchema.SOURCE_ID),
                    d.get(IndexSchema.TITLE), d.get(IndexSchema.KIND), d.get(IndexSchema.FILE),
                    d.getField(IndexSchema.PAGE).numericValue().intValue(), d.get(IndexSchema.ANCHOR), sd.score,
                    snippet, d.get(IndexSchema.TEXT), date == null ? 0 : date.numericValue().intValue(), sp,
                    notes[i]));
        }
        return hits;
    }

    /** A phrase searched in the passages' own text only (not the title), analysed as the text is. */
    private Query textPhrase(String phrase) throws QuerySyntaxException {
        try {
            Query q = new QueryParser(IndexSchema.TEXT, analyzer).parse("\"" + QueryParser.escape(phrase.strip()) + "\"");
            return q == null ? new org.apache.lucene.search.MatchNoDocsQuery() : q;
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot read the term '" + phrase + "'", e);
        }
    }

    /**
     * Per phrase, the passages whose own text holds it (inflections, diacritics and compound parts as in any search),
     * as passage id to source id; only in the given sources when {@code sourceIds} is not null. Read from doc values
     * (no stored fields), with the sources in scope worked out once per segment: the theme linker asks this for a few
     * hundred words after every import.
     */
    public Map<String, Map<String, String>> passagesWith(java.util.Collection<String> phrases,
            java.util.Set<String> sourceIds) throws QuerySyntaxException, IOException {
        IndexSearcher s = searchers.acquire();
        try {
            PhraseMatches matches = new PhraseMatches(s, this::textPhrase);
            return sourceIds == null ? matches.everywhere(phrases) : matches.within(phrases, sourceIds);
        } finally {
            searchers.release(s);
        }
    }

    /** A phrase as the text analysis sees it (its stems, space-separated): two words alike here match alike. */
    public String analysed(String phrase) {
        StringBuilder out = new StringBuilder();
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, phrase)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.append(out.length() == 0 ? "" : " ").append(term);
            }
            ts.end();
        } catch (IOException e) {
            return phrase.strip().toLowerCase(java.util.Locale.ROOT);
        }
        return out.toString();
    }

    /** How many passages each of the given sources has in the index. */
    public Map<String, Integer> passageCounts(java.util.Collection<String> sourceIds) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, Integer> out = new java.util.HashMap<>();
            for (String id : sourceIds) {
                out.put(id, s.count(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.SOURCE_ID, id))));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Where any of the phrases matches in each of the given passages' text (passages without a match left out). */
    public Map<String, List<SearchHit.Span>> spansOf(java.util.Collection<String> phrases,
            java.util.Collection<String> passageIds) throws QuerySyntaxException, IOException {
        if (phrases.isEmpty() || passageIds.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String p : phrases) {
            any.add(textPhrase(p), BooleanClause.Occur.SHOULD);
        }
        IndexSearcher s = searchers.acquire();
        try {
            return MatchSpans.inPassages(s, any.build(), passageIds);
        } finally {
            searchers.release(s);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher s) {
        // the best sentence with the matched words; a lid's number ("2.") or a point ("a.") is no sentence of its
        // own, so sentences are joined up to a readable length; no match in the text: the passage's start
        return UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true))
                .withBreakIterator(() -> org.apache.lucene.search.uhighlight.LengthGoalBreakIterator.createMinLength(
                        java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT), SNIPPET_MIN_CHARS, 0f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(100_000)
                .build();
    }

    private static String leading(String text) {
        if (text == null) {
            return "";
        }
        String t = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index opened read-only");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                if (!changedSinceCommit) {
                    // the merges this session started (its commits, its opening) are finished and kept: rolled back,
                    // they would be started again by the next session and, in a short command, thrown away again
                    if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                        merges.sync();
                    }
                    writer.commit();
                }
                writer.rollback(); // uncommitted changes are dropped; commits are explicit
            }
        } finally {
            directory.close();
        }
    }
}
