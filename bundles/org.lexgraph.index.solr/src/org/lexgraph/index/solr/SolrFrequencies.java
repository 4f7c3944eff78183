package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.LikeQuery;

/**
 * How often words occur in the passages' text of the collection, over all its shards: the passages with text (a
 * query for any word in it), and each word's document frequency (Solr's terms component, asked for the words
 * themselves). What "More like this" weighs a passage's words by ({@link LikeQuery}). One per search.
 */
final class SolrFrequencies implements LikeQuery.Frequencies {

    private final SolrNodes nodes;

    SolrFrequencies(SolrNodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public long docCount() throws IOException {
        SolrQuery q = new SolrQuery(IndexSchema.TEXT + ":[* TO *]");
        q.setRows(0);
        return nodes.request(c -> c.query(nodes.location().collection(), q, SolrRequest.METHOD.POST)).getResults()
                .getNumFound();
    }

    @Override
    public Map<String, Long> docFreqs(Collection<String> words) throws IOException {
        // the terms component takes a list separated by commas: a word holding one is left out (counted in none)
        List<String> asked = words.stream().filter(w -> !w.contains(",")).toList();
        Map<String, Long> out = new HashMap<>();
        if (asked.isEmpty()) {
            return out;
        }
        SolrQuery q = new SolrQuery();
        q.setRequestHandler("/terms");
        q.setTerms(true);
        q.addTermsField(IndexSchema.TEXT);
        q.set("terms.list", String.join(",", asked));
        q.setTermsLimit(-1);
        q.set("shards.qt", "/terms");
        TermsResponse terms = nodes.request(c -> c.query(nodes.location().collection(), q, SolrRequest.METHOD.POST))
                .getTermsResponse();
        List<TermsResponse.Term> found = terms == null ? null : terms.getTerms(IndexSchema.TEXT);
        if (found != null) {
            for (TermsResponse.Term t : found) {
                out.put(t.getTerm(), t.getFrequency());
            }
        }
        return out;
    }
}
