package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.common.SolrInputDocument;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A passage as a document of the collection: the fields of the embedded index ({@link IndexSchema}), its text fields
 * analysed here by Lexgraph's own analysis and sent pre-analysed (Solr's JSON token format), the knowledge base it
 * comes from, and the passage itself as JSON (the record a hit is made from, and what travels when a source is copied
 * into another knowledge base). A source's passages share a routing prefix, so that they stand on one shard (grouping
 * by source and counting sources need that). Thread-safe.
 */
final class SolrDocuments {

    static final String DOC_ID = "doc_id";
    static final String KB = "kb";
    static final String SOURCE_KEY = "source_key";
    static final String RECORD = "record";
    static final String DATE_SORT = "date_sort";
    static final String PASSAGE = IndexSchema.PASSAGE_ID;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Analyzer analyzer = DutchAnalysis.forSchema();

    /** The key of a source of a knowledge base, the same in every shard and grouping. */
    static String sourceKey(String kb, String sourceId) {
        return kb + "/" + sourceId;
    }

    /** Routed by source: {@code kb/source!passage} ({@code !} is SolrCloud's routing mark, so it is kept out). */
    static String docId(String kb, String sourceId, String passageId) {
        return routable(sourceKey(kb, sourceId)) + "!" + routable(passageId);
    }

    private static String routable(String s) {
        return s.replace("%", "%25").replace("!", "%21");
    }

    SolrInputDocument of(String kb, PassageRecord p) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(DOC_ID, docId(kb, p.sourceId(), p.passageId()));
        d.setField(KB, kb);
        d.setField(SOURCE_KEY, sourceKey(kb, p.sourceId()));
        d.setField(PASSAGE, p.passageId());
        d.setField(IndexSchema.SOURCE_ID, p.sourceId());
        String kind = p.kind() == null ? "" : p.kind();
        d.setField(IndexSchema.KIND, kind);
        d.setField("facet." + IndexSchema.KIND, kind);
        d.setField(IndexSchema.TITLE, analysed(p.title()));
        boolean outside = p.keywords().getOrDefault(IndexSchema.PART, List.of()).contains(IndexSchema.OUTSIDE_ARTICLE);
        if (outside) {
            // as the embedded index: a long title or preamble is searched apart, weighing less
            d.setField(IndexSchema.TEXT_OUTSIDE, analysed(nullToEmpty(p.anchor()) + "\n" + p.text()));
        } else {
            d.setField(IndexSchema.ANCHOR, analysed(p.anchor()));
            d.setField(IndexSchema.TEXT, analysed(p.text()));
        }
        if (p.notes() != null) {
            d.setField(IndexSchema.NOTE, analysed(p.notes()));
        }
        if (p.file() != null && !p.file().isEmpty()) {
            d.setField(IndexSchema.FILE_KEY, p.file());
        }
        d.setField(IndexSchema.PAGE, p.page());
        if (p.year() > 0) {
            d.setField(IndexSchema.YEAR, p.year());
            d.setField("facet." + IndexSchema.YEAR, Integer.toString(p.year()));
        }
        if (p.date() > 0) {
            d.setField(IndexSchema.DATE, p.date());
        }
        d.setField(DATE_SORT, (long) p.date());
        for (var e : p.keywords().entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && !v.isBlank()) {
                    d.addField(e.getKey(), IndexSchema.keyword(v));
                    if (IndexSchema.FACET_FIELDS.contains(e.getKey())) {
                        d.addField("facet." + e.getKey(), v.strip());
                    }
                }
            }
        }
        for (String key : p.cites()) {
            d.addField(IndexSchema.CITES, key);
        }
        for (String key : p.identifiers()) {
            d.addField(IndexSchema.IDENTIFIERS, key);
        }
        d.setField(RECORD, JSON.writeValueAsString(p));
        return d;
    }

    /** The passage a document was made from. */
    static PassageRecord record(Object json) throws IOException {
        return JSON.readValue(String.valueOf(json), PassageRecord.class);
    }

    /** The value's tokens as Lexgraph's analysis makes them, in Solr's pre-analysed JSON format. */
    String analysed(String value) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", "1");
        ArrayNode tokens = root.putArray("tokens");
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, nullToEmpty(value))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                ObjectNode t = tokens.addObject();
                t.put("t", term.toString());
                if (inc.getPositionIncrement() != 1) {
                    t.put("i", inc.getPositionIncrement());
                }
            }
            ts.end();
        }
        return JSON.writeValueAsString(root);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
