package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.lexgraph.index.PassageIndex;
import org.lexgraph.index.PassageQueries;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.PassageSearch;
import org.lexgraph.index.QueryText;
import org.lexgraph.index.RankingOptions;
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
 * here from the passages found ({@link PassageIndex#hitsOf}). Every hit names the knowledge base it comes from. What
 * the embedded index adds on top — re-ranking by a passage's section and its source's whole text — is not done here:
 * passages rank by their own BM25 score. Thread-safe.
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
        if (request.likePassage() != null) {
            throw new QuerySyntaxException("More Like This is answered by a knowledge base's own index, not by the "
                    + "shared collection " + nodes.location() + " (lexgraph index use local)", null);
        }
        RankingOptions o = options;
        PassageQueries queries = new PassageQueries(o, o.queryStopWords() ? queryAnalyzer : allWordsAnalyzer,
                indexAnalyzer);
        String literal = citationWords == null ? "" : QueryText.wordsOf(citationWords, "").query();
        boolean unresolved = !literal.isBlank() && !citationKeys.isEmpty() && !anyCarries(citationKeys.stream()
                .filter(k -> !PassageQueries.isLawOfAnArticle(k, citationKeys)).toList());
        List<String> also = new ArrayList<>();
        Query words = queries.words(request, citationKeys, unresolved ? literal : "", thesaurus, also, null);
        String q;
        try {
            q = SolrQuerySyntax.of(words);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(e.getMessage(), null);
        }
        SolrQuery query = new SolrQuery(q);
        filters(request.filter()).forEach(query::addFilterQuery);
        query.setFields(SolrDocuments.RECORD, SolrDocuments.KB, "score");
        if (request.order() == SearchRequest.Order.DATE) {
            query.addSort(SolrDocuments.DATE_SORT, SolrQuery.ORDER.desc);
            query.addSort("score", SolrQuery.ORDER.desc);
        }
        int offset = request.after() != null ? request.after().doc() : request.offset();
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
        QueryResponse response = nodes.request(c -> c.query(nodes.location().collection(), query, SolrRequest.METHOD.POST));
        List<PassageRecord> records = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        long total;
        if (grouped) {
            GroupCommand command = response.getGroupResponse().getValues().get(0);
            total = command.getMatches();
            for (Group g : command.getValues()) {
                collect(g.getResult(), records, origins, scores);
            }
        } else {
            SolrDocumentList docs = response.getResults();
            total = docs.getNumFound();
            collect(docs, records, origins, scores);
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
            Facets f = facets(q, request.filter(), total);
            facets = f.counts();
            sources = f.sources();
        }
        SearchRequest.Page next = !grouped && hits.size() == request.limit() && !hits.isEmpty()
                && offset + request.limit() < total ? new SearchRequest.Page(offset + request.limit(), 0f, 0) : null;
        return new SearchResult(request.query(), total, hits, also, facets, groups, sources, next);
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
    private Facets facets(String q, SearchFilter filter, long total) throws IOException {
        if (total == 0) {
            return new Facets(Map.of(), 0);
        }
        SolrQuery query = new SolrQuery(q);
        filters(filter).forEach(query::addFilterQuery);
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
            StringBuilder b = new StringBuilder(IndexSchema.SOURCE_ID + ":(");
            String sep = "";
            for (String id : filter.sourceIds()) {
                b.append(sep).append(SolrQuerySyntax.escape(id));
                sep = " OR ";
            }
            out.add(sep.isEmpty() ? "-*:*" : b.append(')').toString());
        }
        if (filter.dateFrom() > 0 || filter.dateTo() > 0) {
            out.add(IndexSchema.DATE + ":[" + filter.dateFrom() + " TO "
                    + (filter.dateTo() > 0 ? filter.dateTo() : "*") + "]");
        }
        return out;
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
        query.setRows(0);
        return nodes.request(c -> c.query(nodes.location().collection(), query, SolrRequest.METHOD.POST)).getResults().getNumFound() > 0;
    }
}
