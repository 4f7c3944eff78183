package org.lexgraph.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.lexgraph.index.RankedPassage;
import org.lexgraph.index.SectionRanking;
import org.lexgraph.index.SourceRanking;

/**
 * Ranks a search's passages on the collection as the embedded index ranks its own: the best passages by their own
 * score read first, then ranked again by their sections' and sources' whole texts ({@link SectionRanking}); grouped
 * by source, the sources ranked by their whole texts and their best passages ({@link SourceRanking}). The same
 * arithmetic as the embedded index's, on the evidence the collection holds ({@link SolrEvidence}). Stateless.
 */
final class SolrRanking {

    /** A page of passages, best first, and how many passages match in all. */
    record Ranked(List<RankedPassage<String>> page, long total) {
    }

    /** What a hit is made from. */
    static final String HIT_FIELDS = SolrDocuments.DOC_ID + "," + SolrDocuments.RECORD + "," + SolrDocuments.KB;

    private final SolrNodes nodes;
    private final String query;
    private final List<String> filters;
    private final SolrEvidence evidence;

    /**
     * @param query the passage query in Solr's syntax
     * @param filters its filter queries, passages only among them
     */
    SolrRanking(SolrNodes nodes, String query, List<String> filters) {
        this.nodes = nodes;
        this.query = query;
        this.filters = filters;
        this.evidence = new SolrEvidence(nodes, query, filters);
    }

    /**
     * One page of passages from {@code offset}: the first {@link SectionRanking#DEPTH} passages by their own score
     * ranked again by their sections ({@code sectionQuery}) and sources ({@code sourceQuery}), deeper ones in their
     * own order.
     */
    Ranked flat(SectionRanking sections, Query sectionQuery, Query sourceQuery, int offset, int limit)
            throws IOException {
        SolrQuery q = base();
        // keys from doc values only: the passages shown are read afterwards (stored fields of 200 passages cost more)
        q.setFields(SolrEvidence.FIELDS);
        q.setRows(Math.max(SectionRanking.DEPTH, Math.addExact(offset, limit)));
        SolrDocumentList docs = ask(q).getResults();
        List<RankedPassage<String>> all = SolrEvidence.ranked(docs);
        int depth = Math.min(all.size(), SectionRanking.DEPTH);
        List<RankedPassage<String>> top = all.subList(0, depth);
        List<RankedPassage<String>> ranked = new ArrayList<>(sections.rerank(evidence, top, sectionQuery,
                sourceQuery));
        ranked.addAll(all.subList(depth, all.size()));
        return new Ranked(new ArrayList<>(ranked.subList(Math.min(offset, ranked.size()),
                Math.min(ranked.size(), offset + limit))), docs.getNumFound());
    }

    /**
     * One page of sources from {@code offset}, each with its best passages (at most {@code perSource}), as {@link
     * SourceRanking} ranks them; the passages one source after the other.
     */
    Ranked bySource(SourceRanking sources, Query wholeText, SectionRanking sections, Query sectionQuery, int offset,
            int limit, int perSource) throws IOException {
        // the sources best by their whole texts, asked beside the first request (they do not depend on it)
        int candidates = Math.max(SourceRanking.CANDIDATES, Math.addExact(offset, limit));
        CompletableFuture<List<String>> best = CompletableFuture.supplyAsync(() -> {
            try {
                return evidence.bestSources(wholeText, candidates);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // the sources in the order of their best passage, as far as the first candidates
        SolrQuery q = base();
        q.setFields(SolrDocuments.SOURCE_KEY + ",score");
        q.setRows(Math.max(Math.addExact(offset, limit), SourceRanking.CANDIDATES));
        q.set("group", true);
        q.set("group.field", SolrDocuments.SOURCE_KEY);
        q.set("group.limit", 1);
        GroupCommand command = ask(q).getGroupResponse().getValues().get(0);
        try {
            evidence.knowBest(wholeText, candidates, best.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
        LinkedHashSet<String> byPassage = new LinkedHashSet<>();
        for (Group g : command.getValues()) {
            byPassage.add(g.getGroupValue());
        }
        List<RankedPassage<String>> page = new ArrayList<>();
        if (command.getMatches() > 0) {
            sources.rank(evidence, byPassage, wholeText, sections, sectionQuery, offset, limit, perSource).values()
                    .forEach(page::addAll);
        }
        return new Ranked(page, command.getMatches());
    }

    /** The documents of a ranked page's passages with their hit fields, in their order (only those still there). */
    SolrDocumentList documents(Ranked ranked) throws IOException {
        List<RankedPassage<String>> passages = ranked.page();
        SolrDocumentList out = new SolrDocumentList();
        if (passages.isEmpty()) {
            return out;
        }
        Map<String, SolrDocument> byId = new HashMap<>();
        for (List<String> ids : SolrEvidence.chunks(passages.stream().map(RankedPassage::ref).toList())) {
            SolrQuery q = new SolrQuery(SolrEvidence.anyOf(SolrDocuments.DOC_ID, ids));
            q.setFields(HIT_FIELDS);
            q.setRows(ids.size());
            for (SolrDocument d : ask(q).getResults()) {
                byId.put(String.valueOf(d.getFirstValue(SolrDocuments.DOC_ID)), d);
            }
        }
        for (RankedPassage<String> p : passages) {
            SolrDocument d = byId.get(p.ref());
            if (d != null) {
                d.setField("score", p.score());
                out.add(d);
            }
        }
        return out;
    }

    private SolrQuery base() {
        SolrQuery q = new SolrQuery(query);
        filters.forEach(q::addFilterQuery);
        return q;
    }

    private org.apache.solr.client.solrj.response.QueryResponse ask(SolrQuery q) throws IOException {
        return nodes.request(c -> c.query(nodes.location().collection(), q, SolrRequest.METHOD.POST));
    }
}
