package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.LikeQuery;
import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.PassageQueries;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.PassageSearch;
import org.lexgraph.index.QueryText;
import org.lexgraph.index.RankingOptions;
import org.lexgraph.index.SectionRanking;
import org.lexgraph.index.SourceRanking;
import org.lexgraph.index.Thesaurus;
import org.lexgraph.index.TypedQuery;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchRequest;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SourceGroup;

/**
 * Searches a collection on SolrCloud as the embedded index searches itself: the query is read and analysed by Lexgraph
 * ({@link PassageQueries}) and sent term by term ({@link SolrQuerySyntax}); filters, facets (a facet's own filter left
 * out of its counts), newest-first order, paging and grouping by source are Solr's; snippets and match spans are made
 * here from the passages found ({@link PassageIndex#hitsOf}). Every hit names the knowledge base it comes from. By
 * relevance, passages and sources are ranked as the embedded index ranks them, by their sections' and sources' whole
 * texts too ({@link SolrRanking}). Thread-safe.
 */
public final class SolrPassageSearch implements PassageSearch {

    private final SolrNodes nodes;
    private volatile RankingOptions options = RankingOptions.DEFAULT;
    private final Analyzer queryAnalyzer = DutchAnalysis.forQueries();
    private final Analyzer allWordsAnalyzer = DutchAnalysis.forQueries(false);
    private final Analyzer indexAnalyzer = DutchAnalysis.forSchema();

    SolrPassageSearch(SolrNodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public void rankWith(RankingOptions options) {
        this.options = options;
    }

    @Override
    public SearchResult search(SearchRequest request, Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException {
        return TypedQuery.search(request, r -> run(r, citationKeys, citationWords, thesaurus), !citationKeys.isEmpty());
    }

    private SearchResult run(SearchRequest request, Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus) throws QuerySyntaxException, IOException {
        RankingOptions o = options;
        PassageQueries queries = new PassageQueries(o, o.queryStopWords() ? queryAnalyzer : allWordsAnalyzer,
                indexAnalyzer);
        String literal = citationWords == null ? "" : QueryText.wordsOf(citationWords, "").query();
        boolean unresolved = !literal.isBlank() && !citationKeys.isEmpty() && !anyCarries(citationKeys.stream()
                .filter(k -> !PassageQueries.isLawOfAnArticle(k, citationKeys)).toList());
        List<String> also = new ArrayList<>();
        Query like = request.likePassage() == null ? null : like(request.likePassage());
        Query words = queries.words(request, citationKeys, unresolved ? literal : "", thesaurus, also, like);
        String q;
        try {
            q = SolrQuerySyntax.of(words);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(e.getMessage(), null);
        }
        List<String> filters = filters(request.filter());
        filters.add(SolrDocuments.PASSAGES_ONLY);
        int offset = request.after() != null ? request.after().doc() : request.offset();
        boolean grouped = request.perSource() > 0;
        boolean byRelevance = request.order() != SearchRequest.Order.DATE;
        // by relevance, a passage counts with its section and its source, as in the embedded index
        Analyzer analyzer = o.queryStopWords() ? queryAnalyzer : allWordsAnalyzer;
        SectionRanking sections = new SectionRanking(analyzer, o);
        SourceRanking sourceRanking = new SourceRanking(analyzer, o);
        String typedWords = Objects.toString(request.query(), "") + (unresolved ? " " + literal : "");
        Query sectionQuery = byRelevance ? sections.sectionQuery(typedWords, also, thesaurus) : null;
        Query sourceQuery = byRelevance && (grouped ? o.wholeText() > 0 : o.source() > 0)
                ? sourceRanking.wholeTextQuery(typedWords, also, thesaurus) : null;
        List<PassageRecord> records = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        long total;
        if (sourceQuery != null || sectionQuery != null && !grouped) {
            SolrRanking ranking = new SolrRanking(nodes, q, filters);
            SolrRanking.Ranked ranked;
            try {
                ranked = grouped ? ranking.bySource(sourceRanking, sourceQuery, sections, sectionQuery, offset,
                        request.limit(), request.perSource())
                        : ranking.flat(sections, sectionQuery, sourceQuery, offset, request.limit());
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException(e.getMessage(), null);
            }
            total = ranked.total();
            collect(ranking.documents(ranked), records, origins, scores);
        } else {
            total = unranked(request, q, filters, offset, records, origins, scores);
        }
        float[] s = new float[scores.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores.get(i);
        }
        List<SearchHit> made = PassageIndex.hitsOf(records, s, words, request.highlights());
        List<SearchHit> hits = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            hits.add(made.get(i).from(origins.get(i)));
        }
        List<SourceGroup> groups = new ArrayList<>();
        if (grouped) {
            Map<String, List<SearchHit>> bySource = new LinkedHashMap<>();
            for (SearchHit h : hits) {
                bySource.computeIfAbsent(h.origin() + "/" + h.sourceId(), k -> new ArrayList<>()).add(h);
            }
            for (List<SearchHit> g : bySource.values()) {
                SearchHit best = g.get(0);
                groups.add(new SourceGroup(best.sourceId(), best.title(), best.kind(), best.file(), best.date(),
                        best.score(), g));
            }
        }
        Map<String, Map<String, Long>> facets = Map.of();
        long sources = -1;
        if (request.facets()) {
            Facets f = facets(q, filters, total);
            facets = f.counts();
            sources = f.sources();
        }
        SearchRequest.Page next = !grouped && hits.size() == request.limit() && !hits.isEmpty()
                && offset + request.limit() < total ? new SearchRequest.Page(offset + request.limit(), 0f, 0) : null;
        return new SearchResult(request.query(), total, hits, also, facets, groups, sources, next);
    }

    /** A page of passages by their own score (or newest first) and how many match: the search alone decides. */
    private long unranked(SearchRequest request, String q, List<String> filters, int offset,
            List<PassageRecord> records, List<String> origins, List<Float> scores) throws IOException {
        SolrQuery query = new SolrQuery(q);
        filters.forEach(query::addFilterQuery);
        query.setFields(SolrDocuments.RECORD, SolrDocuments.KB, "score");
        if (request.order() == SearchRequest.Order.DATE) {
            query.addSort(SolrDocuments.DATE_SORT, SolrQuery.ORDER.desc);
            query.addSort("score", SolrQuery.ORDER.desc);
        }
        query.setStart(offset);
        query.setRows(request.limit());
        boolean grouped = request.perSource() > 0;
        if (grouped) {
            query.set("group", true);
            query.set("group.field", SolrDocuments.SOURCE_KEY);
            query.set("group.limit", request.perSource());
            if (request.order() == SearchRequest.Order.DATE) {
                query.set("group.sort", SolrDocuments.DATE_SORT + " desc,score desc");
            }
        }
        QueryResponse response = nodes.request(c -> c.query(nodes.location().collection(), query,
                SolrRequest.METHOD.POST));
        if (grouped) {
            GroupCommand command = response.getGroupResponse().getValues().get(0);
            for (Group g : command.getValues()) {
                collect(g.getResult(), records, origins, scores);
            }
            return command.getMatches();
        }
        SolrDocumentList docs = response.getResults();
        collect(docs, records, origins, scores);
        return docs.getNumFound();
    }

    private static void collect(SolrDocumentList docs, List<PassageRecord> records, List<String> origins,
            List<Float> scores) throws IOException {
        for (SolrDocument d : docs) {
            records.add(SolrDocuments.record(d.getFirstValue(SolrDocuments.RECORD)));
            origins.add(String.valueOf(d.getFirstValue(SolrDocuments.KB)));
            Object score = d.getFirstValue("score");
            scores.add(score instanceof Number n ? n.floatValue() : 0f);
        }
    }

    private record Facets(Map<String, Map<String, Long>> counts, long sources) {
    }

    /**
     * Matches per value of each facet field, each counted without its own field's filter (as the embedded index
     * does: the other values stay visible), and the number of sources matched.
     */
    private Facets facets(String q, List<String> filters, long total) throws IOException {
        if (total == 0) {
            return new Facets(Map.of(), 0);
        }
        SolrQuery query = new SolrQuery(q);
        filters.forEach(query::addFilterQuery);
        query.setRows(0);
        query.setFacet(true);
        query.setFacetMinCount(1);
        query.setFacetLimit(-1);
        for (String f : IndexSchema.FACET_FIELDS) {
            query.addFacetField("{!ex=" + f + " key=" + f + "}facet." + f);
        }
        query.set("json.facet", "{\"sources\":\"unique(" + SolrDocuments.SOURCE_KEY + ")\"}");
        QueryResponse r = nodes.request(c -> c.query(nodes.location().collection(), query, SolrRequest.METHOD.POST));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (FacetField ff : r.getFacetFields()) {
            Map<String, Long> values = new TreeMap<>();
            for (FacetField.Count c : ff.getValues()) {
                if (c.getCount() > 0) {
                    values.put(c.getName(), c.getCount());
                }
            }
            counts.put(ff.getName(), values);
        }
        long sources = 0;
        Object json = r.getResponse().get("facets");
        if (json instanceof NamedList<?> nl && nl.get("sources") instanceof Number n) {
            sources = n.longValue();
        }
        return new Facets(counts, sources);
    }

    /** The filter as Solr filter queries, one per field, each tagged with its field (for the facets). */
    static List<String> filters(SearchFilter filter) {
        List<String> out = new ArrayList<>();
        if (filter == null || filter.isEmpty()) {
            return out;
        }
        filter.values().forEach((field, values) -> {
            if (values.isEmpty()) {
                return;
            }
            StringBuilder b = new StringBuilder("{!tag=" + field + "}" + field + ":(");
            String sep = "";
            for (String v : values) {
                String term = IndexSchema.YEAR.equals(field) ? Integer.toString(Integer.parseInt(v.strip()))
                        : IndexSchema.KIND.equals(field) ? v.strip() : IndexSchema.keyword(v);
                b.append(sep).append(SolrQuerySyntax.escape(term));
                sep = " OR ";
            }
            out.add(b.append(')').toString());
        });
        if (filter.sourceIds() != null) {
            // many sources (a large collection) as one set of terms: a query of clauses may hold only 1,024
            boolean asSet = filter.sourceIds().size() > SolrEvidence.CHUNK
                    && filter.sourceIds().stream().noneMatch(id -> id.contains(","));
            out.add(asSet ? "{!terms f=" + IndexSchema.SOURCE_ID + "}" + String.join(",", filter.sourceIds())
                    : SolrEvidence.anyOf(IndexSchema.SOURCE_ID, filter.sourceIds()));
        }
        if (filter.dateFrom() > 0 || filter.dateTo() > 0) {
            out.add(IndexSchema.DATE + ":[" + filter.dateFrom() + " TO "
                    + (filter.dateTo() > 0 ? filter.dateTo() : "*") + "]");
        }
        return out;
    }

    /** The query for the passages like this one: its most distinctive words, weighed over the whole collection. */
    private Query like(String passageId) throws QuerySyntaxException, IOException {
        SolrQuery query = new SolrQuery(IndexSchema.PASSAGE_ID + ":" + SolrQuerySyntax.escape(passageId));
        query.addFilterQuery(SolrDocuments.PASSAGES_ONLY);
        query.setFields(SolrDocuments.RECORD);
        query.setRows(1);
        SolrDocumentList found = nodes.request(c -> c.query(nodes.location().collection(), query,
                SolrRequest.METHOD.POST)).getResults();
        if (found.isEmpty()) {
            throw new QuerySyntaxException("no passage " + passageId + " in the shared collection " + nodes.location(),
                    null);
        }
        PassageRecord passage = SolrDocuments.record(found.get(0).getFirstValue(SolrDocuments.RECORD));
        Query like = LikeQuery.of(indexAnalyzer, passage.text(), new SolrFrequencies(nodes));
        if (like instanceof org.apache.lucene.search.BooleanQuery b && b.clauses().isEmpty()) {
            throw new QuerySyntaxException("passage " + passageId + " has no words distinctive enough to compare",
                    null);
        }
        return like;
    }

    /** Whether some passage in the collection carries or cites one of the keys. */
    private boolean anyCarries(Collection<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            String e = SolrQuerySyntax.escape(k);
            b.append(b.length() == 0 ? "" : " ").append(IndexSchema.IDENTIFIERS).append(':').append(e).append(' ')
                    .append(IndexSchema.CITES).append(':').append(e);
        }
        SolrQuery query = new SolrQuery(b.toString());
        query.addFilterQuery(SolrDocuments.PASSAGES_ONLY);
        query.setRows(0);
        return nodes.request(c -> c.query(nodes.location().collection(), query, SolrRequest.METHOD.POST)).getResults().getNumFound() > 0;
    }
}
