package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.lexgraph.index.RankedPassage;
import org.lexgraph.index.RankingEvidence;

/**
 * Ranking's evidence from the collection: the whole-text documents of the sources and sections every knowledge base
 * published ({@link SolrDocuments#ofSource}) and the passages of one search (its query and filters). A passage is
 * referred to by its document's id. Stateless between calls; one per search.
 */
final class SolrEvidence implements RankingEvidence<String> {

    static final String FIELDS = SolrDocuments.DOC_ID + "," + SolrDocuments.SOURCE_KEY + ","
            + SolrDocuments.SECTION_KEY + ",score";

    private final SolrNodes nodes;
    private final String passages;
    private final List<String> filters;

    /**
     * @param passages the search's passage query in Solr's syntax
     * @param filters its filter queries (passages only among them)
     */
    SolrEvidence(SolrNodes nodes, String passages, List<String> filters) {
        this.nodes = nodes;
        this.passages = passages;
        this.filters = filters;
    }

    /** The passages of a result (asked for with {@link #FIELDS}), in its order. */
    static List<RankedPassage<String>> ranked(SolrDocumentList docs) {
        List<RankedPassage<String>> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            Object score = d.getFirstValue("score");
            Object section = d.getFirstValue(SolrDocuments.SECTION_KEY);
            out.add(new RankedPassage<>(String.valueOf(d.getFirstValue(SolrDocuments.DOC_ID)),
                    score instanceof Number n ? n.floatValue() : 0f,
                    String.valueOf(d.getFirstValue(SolrDocuments.SOURCE_KEY)),
                    section == null ? null : section.toString()));
        }
        return out;
    }

    @Override
    public Map<String, Float> sectionScores(Set<String> keys, Query query) throws IOException {
        return scores(keys, SolrDocuments.SECTION_KEY, SolrDocuments.SECTION_TYPE, query);
    }

    @Override
    public Map<String, Float> sourceScores(Set<String> keys, Query query) throws IOException {
        return scores(keys, SolrDocuments.SOURCE_KEY, SolrDocuments.SOURCE_TYPE, query);
    }

    @Override
    public List<String> bestSources(Query wholeText, int n) throws IOException {
        SolrQuery q = new SolrQuery(SolrQuerySyntax.of(wholeText));
        q.addFilterQuery(SolrDocuments.DOC_TYPE + ":" + SolrDocuments.SOURCE_TYPE);
        q.setFields(SolrDocuments.SOURCE_KEY);
        q.setRows(n);
        List<String> out = new ArrayList<>();
        for (SolrDocument d : ask(q).getResults()) {
            out.add(String.valueOf(d.getFirstValue(SolrDocuments.SOURCE_KEY)));
        }
        return out;
    }

    @Override
    public List<RankedPassage<String>> passagesIn(Collection<String> sources, int perSource) throws IOException {
        SolrQuery q = new SolrQuery(passages);
        filters.forEach(q::addFilterQuery);
        q.addFilterQuery(anyOf(SolrDocuments.SOURCE_KEY, sources));
        q.setFields(FIELDS);
        q.setRows(sources.size());
        q.set("group", true);
        q.set("group.field", SolrDocuments.SOURCE_KEY);
        q.set("group.limit", perSource);
        List<RankedPassage<String>> out = new ArrayList<>();
        for (Group g : ask(q).getGroupResponse().getValues().get(0).getValues()) {
            out.addAll(ranked(g.getResult()));
        }
        // best first over all sources, as one index read them
        out.sort(Comparator.comparingDouble(p -> -p.score()));
        return out;
    }

    /** The scores for {@code query} of the documents of {@code type} with these keys in {@code keyField}, by key. */
    private Map<String, Float> scores(Set<String> keys, String keyField, String type, Query query)
            throws IOException {
        SolrQuery q = new SolrQuery(SolrQuerySyntax.of(query));
        q.addFilterQuery(SolrDocuments.DOC_TYPE + ":" + type);
        q.addFilterQuery(anyOf(keyField, keys));
        q.setFields(keyField, "score");
        q.setRows(keys.size());
        Map<String, Float> out = new HashMap<>();
        for (SolrDocument d : ask(q).getResults()) {
            Object score = d.getFirstValue("score");
            out.put(String.valueOf(d.getFirstValue(keyField)), score instanceof Number n ? n.floatValue() : 0f);
        }
        return out;
    }

    /** A filter for the documents with one of these values in {@code field}. */
    static String anyOf(String field, Collection<String> values) {
        StringBuilder b = new StringBuilder(field).append(":(");
        String sep = "";
        for (String v : values) {
            b.append(sep).append(SolrQuerySyntax.escape(v));
            sep = " OR ";
        }
        return values.isEmpty() ? "-*:*" : b.append(')').toString();
    }

    private QueryResponse ask(SolrQuery q) throws IOException {
        return nodes.request(c -> c.query(nodes.location().collection(), q, SolrRequest.METHOD.POST));
    }
}
