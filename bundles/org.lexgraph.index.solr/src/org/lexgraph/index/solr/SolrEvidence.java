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
 * referred to by its document's id. Not thread-safe; one per search.
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

    /** Scores read ahead for a query, by key. */
    private record Known(Query query, Map<String, Float> scores, Set<String> keys) {

        /** The scores of these keys, or null when they were not read ahead for this query. */
        Map<String, Float> of(Set<String> asked, Query q) {
            if (q != query || !keys.containsAll(asked)) {
                return null;
            }
            Map<String, Float> out = new HashMap<>();
            for (String k : asked) {
                Float score = scores.get(k);
                if (score != null) {
                    out.put(k, score);
                }
            }
            return out;
        }
    }

    private Known sections;
    private Known sources;

    /**
     * Reads the scores of these sections and sources ahead, in one request (a section's document matches only the
     * section query's words, a source's only the whole-text query's, so each scores as if asked alone); the next
     * {@link #sectionScores} and {@link #sourceScores} for them are answered from what was read.
     */
    @Override
    public void readAhead(Set<String> sectionKeys, Query sectionQuery, Set<String> sourceKeys, Query sourceQuery)
            throws IOException {
        boolean withSections = sectionQuery != null && !sectionKeys.isEmpty();
        boolean withSources = sourceQuery != null && !sourceKeys.isEmpty();
        if (!withSections || !withSources || sectionKeys.size() > CHUNK || sourceKeys.size() > CHUNK) {
            return; // one kind only, or too many keys for one filter: asked apart, when needed
        }
        SolrQuery q = new SolrQuery("(" + SolrQuerySyntax.of(sectionQuery) + ") (" + SolrQuerySyntax.of(sourceQuery)
                + ")");
        q.addFilterQuery("(+" + SolrDocuments.DOC_TYPE + ":" + SolrDocuments.SECTION_TYPE + " +"
                + anyOf(SolrDocuments.SECTION_KEY, sectionKeys) + ") (+" + SolrDocuments.DOC_TYPE + ":"
                + SolrDocuments.SOURCE_TYPE + " +" + anyOf(SolrDocuments.SOURCE_KEY, sourceKeys) + ")");
        q.setFields(SolrDocuments.DOC_TYPE + "," + SolrDocuments.SECTION_KEY + "," + SolrDocuments.SOURCE_KEY
                + ",score");
        q.setRows(sectionKeys.size() + sourceKeys.size());
        Map<String, Float> sectionScores = new HashMap<>();
        Map<String, Float> sourceScores = new HashMap<>();
        for (SolrDocument d : ask(q).getResults()) {
            Object score = d.getFirstValue("score");
            float value = score instanceof Number n ? n.floatValue() : 0f;
            if (SolrDocuments.SECTION_TYPE.equals(d.getFirstValue(SolrDocuments.DOC_TYPE))) {
                sectionScores.put(String.valueOf(d.getFirstValue(SolrDocuments.SECTION_KEY)), value);
            } else {
                sourceScores.put(String.valueOf(d.getFirstValue(SolrDocuments.SOURCE_KEY)), value);
            }
        }
        sections = new Known(sectionQuery, sectionScores, Set.copyOf(sectionKeys));
        sources = new Known(sourceQuery, sourceScores, Set.copyOf(sourceKeys));
    }

    @Override
    public Map<String, Float> sectionScores(Set<String> keys, Query query) throws IOException {
        Map<String, Float> known = sections == null ? null : sections.of(keys, query);
        return known != null ? known : scores(keys, SolrDocuments.SECTION_KEY, SolrDocuments.SECTION_TYPE, query);
    }

    @Override
    public Map<String, Float> sourceScores(Set<String> keys, Query query) throws IOException {
        Map<String, Float> known = sources == null ? null : sources.of(keys, query);
        return known != null ? known : scores(keys, SolrDocuments.SOURCE_KEY, SolrDocuments.SOURCE_TYPE, query);
    }

    private Query bestQuery;
    private int bestCount;
    private List<String> best;

    /** Takes the sources best by their whole text as read ahead ({@link #bestSources}, asked beside another request). */
    void knowBest(Query wholeText, int n, List<String> sources) {
        bestQuery = wholeText;
        bestCount = n;
        best = sources;
    }

    @Override
    public List<String> bestSources(Query wholeText, int n) throws IOException {
        if (best != null && bestQuery == wholeText && bestCount == n) {
            return best;
        }
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
        List<RankedPassage<String>> out = new ArrayList<>();
        for (List<String> some : chunks(sources)) {
            SolrQuery q = new SolrQuery(passages);
            filters.forEach(q::addFilterQuery);
            q.addFilterQuery(anyOf(SolrDocuments.SOURCE_KEY, some));
            q.setFields(FIELDS);
            q.setRows(some.size());
            q.set("group", true);
            q.set("group.field", SolrDocuments.SOURCE_KEY);
            q.set("group.limit", perSource);
            for (Group g : ask(q).getGroupResponse().getValues().get(0).getValues()) {
                out.addAll(ranked(g.getResult()));
            }
        }
        // best first over all sources, as one index read them
        out.sort(Comparator.comparingDouble(p -> -p.score()));
        return out;
    }

    /** The scores for {@code query} of the documents of {@code type} with these keys in {@code keyField}, by key. */
    private Map<String, Float> scores(Set<String> keys, String keyField, String type, Query query)
            throws IOException {
        String written = SolrQuerySyntax.of(query);
        Map<String, Float> out = new HashMap<>();
        for (List<String> some : chunks(keys)) {
            SolrQuery q = new SolrQuery(written);
            q.addFilterQuery(SolrDocuments.DOC_TYPE + ":" + type);
            q.addFilterQuery(anyOf(keyField, some));
            q.setFields(keyField, "score");
            q.setRows(some.size());
            for (SolrDocument d : ask(q).getResults()) {
                Object score = d.getFirstValue("score");
                out.put(String.valueOf(d.getFirstValue(keyField)), score instanceof Number n ? n.floatValue() : 0f);
            }
        }
        return out;
    }

    /** How many keys one filter names at most: Solr refuses a query of more than 1,024 clauses. */
    static final int CHUNK = 500;

    /** The keys in lists of at most {@link #CHUNK}, in their order. */
    static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
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
