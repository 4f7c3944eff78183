package org.lexgraph.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.PassageSearch;

/**
 * A knowledge base's view of a shared collection on SolrCloud: it publishes its own passages there under its name
 * (replacing a source's passages as its own index does, removing all of them), searches everything every knowledge
 * base published ({@link #search}), and reads another knowledge base's source back whole ({@link #passagesOf}).
 * Thread-safe (its writes one at a time); one per session.
 */
public final class SolrCollection implements Closeable {

    /** Documents sent per request while publishing. */
    private static final int BATCH = 1000;
    /** Sources per delete request (a query naming them). */
    private static final int DELETE_BATCH = 200;

    private final SolrNodes nodes;
    private final String name;
    private final SolrDocuments documents = new SolrDocuments();
    private final SolrPassageSearch search;

    private SolrCollection(SolrNodes nodes, String name) {
        this.nodes = nodes;
        this.name = name;
        this.search = new SolrPassageSearch(nodes);
    }

    /**
     * Connects to the collection as the knowledge base published under {@code name}, with the process's credentials
     * ({@link SolrCredentials}); nothing is asked of the cluster yet.
     */
    public static SolrCollection connect(SolrLocation location, String name) throws IOException {
        return connect(location, name, SolrCredentials.ofProcess());
    }

    public static SolrCollection connect(SolrLocation location, String name, Optional<SolrCredentials> credentials) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a knowledge base publishes under a name; none given");
        }
        return new SolrCollection(new SolrNodes(location, credentials), name.strip());
    }

    public SolrLocation location() {
        return nodes.location();
    }

    /** The name this knowledge base publishes under. */
    public String name() {
        return name;
    }

    /**
     * Makes the collection with Lexgraph's schema when it does not exist ({@code shards}; {@code replicas}, or 0 for as
     * many as there are live nodes, up to two); refuses one made for another schema. Whether it was made now.
     */
    public boolean ensureExists(int shards, int replicas) throws IOException {
        return CollectionSetup.ensure(nodes, shards, replicas);
    }

    /** How many nodes of the cluster are live. */
    public int liveNodes() throws IOException {
        return CollectionSetup.liveNodes(nodes);
    }

    /** Searches everything published into the collection. */
    public PassageSearch search() {
        return search;
    }

    /** Replaces the passages of these sources of this knowledge base (an empty list: the source is gone). */
    public synchronized void replaceSources(Map<String, List<PassageRecord>> sources) throws IOException {
        List<String> ids = new ArrayList<>(sources.keySet());
        for (int i = 0; i < ids.size(); i += DELETE_BATCH) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + DELETE_BATCH));
            String query = SolrEvidence.anyOf(SolrDocuments.SOURCE_KEY,
                    chunk.stream().map(id -> SolrDocuments.sourceKey(name, id)).toList());
            // a delete by query stops the updates on every shard while it runs: asked only when there is something
            SolrQuery any = new SolrQuery(query);
            any.setRows(0);
            if (nodes.request(c -> c.query(collection(), any, SolrRequest.METHOD.POST)).getResults().getNumFound() > 0) {
                nodes.request(c -> c.deleteByQuery(collection(), query));
            }
        }
        List<SolrInputDocument> docs = new ArrayList<>();
        for (var e : sources.entrySet()) {
            docs.addAll(documents.ofSource(name, e.getKey(), e.getValue()));
            if (docs.size() >= BATCH) {
                send(docs);
                docs = new ArrayList<>();
            }
        }
        send(docs);
    }

    /** Replaces these passages (their text unchanged: their links or notes changed), each found by its id. */
    public synchronized void replacePassages(Collection<PassageRecord> passages) throws IOException {
        add(new ArrayList<>(passages));
    }

    private void add(List<PassageRecord> passages) throws IOException {
        for (int i = 0; i < passages.size(); i += BATCH) {
            List<SolrInputDocument> docs = new ArrayList<>();
            for (PassageRecord p : passages.subList(i, Math.min(passages.size(), i + BATCH))) {
                docs.add(documents.of(name, p));
            }
            send(docs);
        }
    }

    private void send(List<SolrInputDocument> docs) throws IOException {
        if (!docs.isEmpty()) {
            nodes.request(c -> c.add(collection(), docs));
        }
    }

    /** Removes every passage this knowledge base published. */
    public synchronized void removeAll() throws IOException {
        String query = SolrDocuments.KB + ":" + SolrQuerySyntax.escape(name);
        nodes.request(c -> c.deleteByQuery(collection(), query));
    }

    /** Makes what was sent durable and searchable. */
    public synchronized void commit() throws IOException {
        nodes.request(c -> c.commit(collection(), true, true));
    }

    /** How many passages the knowledge base published under {@code kb} has in the collection (all: null). */
    public long passageCount(String kb) throws IOException {
        SolrQuery q = new SolrQuery(kb == null ? "*:*" : SolrDocuments.KB + ":" + SolrQuerySyntax.escape(kb));
        q.addFilterQuery(SolrDocuments.PASSAGES_ONLY);
        q.setRows(0);
        return nodes.request(c -> c.query(collection(), q)).getResults().getNumFound();
    }

    /** The knowledge bases that published into the collection, with how many passages each. */
    public Map<String, Long> publishers() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrDocuments.PASSAGES_ONLY);
        q.setRows(0);
        q.setFacet(true);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        q.addFacetField(SolrDocuments.KB);
        var r = nodes.request(c -> c.query(collection(), q));
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var v : r.getFacetField(SolrDocuments.KB).getValues()) {
            out.put(v.getName(), v.getCount());
        }
        return out;
    }

    /**
     * The passages of one source of the knowledge base published under {@code kb}, in their order: what a copy of it
     * needs (text, places and the source's metadata travel in every passage). Empty when there is no such source.
     */
    public List<PassageRecord> passagesOf(String kb, String sourceId) throws IOException {
        SolrQuery q = new SolrQuery(SolrDocuments.SOURCE_KEY + ":"
                + SolrQuerySyntax.escape(SolrDocuments.sourceKey(kb, sourceId)));
        q.addFilterQuery(SolrDocuments.PASSAGES_ONLY);
        q.setFields(SolrDocuments.RECORD);
        List<PassageRecord> out = new ArrayList<>();
        int start = 0;
        while (true) {
            q.setStart(start);
            q.setRows(BATCH);
            q.setSort(SolrDocuments.DOC_ID, SolrQuery.ORDER.asc);
            var docs = nodes.request(c -> c.query(collection(), q, SolrRequest.METHOD.POST)).getResults();
            for (SolrDocument d : docs) {
                out.add(SolrDocuments.record(d.getFirstValue(SolrDocuments.RECORD)));
            }
            start += docs.size();
            if (docs.isEmpty() || start >= docs.getNumFound()) {
                break;
            }
        }
        out.sort(Comparator.comparingInt(PassageRecord::ordinal));
        return out;
    }

    private String collection() {
        return nodes.location().collection();
    }

    @Override
    public synchronized void close() throws IOException {
        nodes.close();
    }
}
