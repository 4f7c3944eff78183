package org.lexgraph.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.common.SolrInputDocument;
import org.lexgraph.index.AnalysedText;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.Sections;
import org.lexgraph.index.SourceTexts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A passage as a document of the collection: the fields of the embedded index ({@link IndexSchema}), its text fields
 * analysed here by Lexgraph's own analysis and sent pre-analysed (Solr's JSON token format), the knowledge base it
 * comes from, and the passage itself as JSON (the record a hit is made from, and what travels when a source is copied
 * into another knowledge base). As in the embedded index, a source also has one document of its whole text and one
 * per section ({@link SourceTexts}), which ranking weighs a passage by ({@link SolrEvidence}); {@link #DOC_TYPE}
 * tells the three apart. A source's documents share a routing prefix, so that they stand on one shard (grouping by
 * source and counting sources need that). Thread-safe.
 */
final class SolrDocuments {

    static final String DOC_ID = "doc_id";
    static final String KB = "kb";
    static final String SOURCE_KEY = "source_key";
    static final String RECORD = "record";
    static final String DATE_SORT = "date_sort";
    static final String PASSAGE = IndexSchema.PASSAGE_ID;
    /** What a document is: {@link #PASSAGE_TYPE}, {@link #SOURCE_TYPE} or {@link #SECTION_TYPE}. */
    static final String DOC_TYPE = "doc_type";
    static final String PASSAGE_TYPE = "passage";
    static final String SOURCE_TYPE = "source";
    static final String SECTION_TYPE = "section";
    /** The section a passage stands in, and the key of a section's document. */
    static final String SECTION_KEY = "section_key";
    /** The filter keeping a search to passages. */
    static final String PASSAGES_ONLY = DOC_TYPE + ":" + PASSAGE_TYPE;

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

    /** The key of a section of a source of a knowledge base. */
    static String sectionKey(String kb, String sourceId, String name) {
        return sourceKey(kb, sourceId) + " \u00a7 " + name;
    }

    private static String routable(String s) {
        return s.replace("%", "%25").replace("!", "%21");
    }

    /**
     * The documents of one source's passages (in their order): each passage's, the source's whole text's and each of
     * its sections'; each passage's text analysed once for all three.
     */
    List<SolrInputDocument> ofSource(String kb, String sourceId, List<PassageRecord> passages) throws IOException {
        List<SolrInputDocument> out = new ArrayList<>(passages.size() + 1);
        if (passages.isEmpty()) {
            return out;
        }
        SourceTexts texts = SourceTexts.of(analyzer, passages);
        for (int i = 0; i < passages.size(); i++) {
            out.add(of(kb, passages.get(i), texts.passage(i)));
        }
        String prefix = routable(sourceKey(kb, sourceId)) + "!";
        SolrInputDocument whole = new SolrInputDocument();
        whole.setField(DOC_ID, prefix + "\u00a7source");
        whole.setField(DOC_TYPE, SOURCE_TYPE);
        whole.setField(KB, kb);
        whole.setField(SOURCE_KEY, sourceKey(kb, sourceId));
        whole.setField(IndexSchema.SOURCE_TEXT, json(texts.whole()));
        whole.setField(IndexSchema.SOURCE_TITLE, analysed(passages.get(0).title()));
        out.add(whole);
        for (var e : texts.sections().entrySet()) {
            SolrInputDocument section = new SolrInputDocument();
            section.setField(DOC_ID, prefix + "\u00a7section " + routable(e.getKey()));
            section.setField(DOC_TYPE, SECTION_TYPE);
            section.setField(KB, kb);
            section.setField(SOURCE_KEY, sourceKey(kb, sourceId));
            section.setField(SECTION_KEY, sectionKey(kb, sourceId, e.getKey()));
            section.setField(IndexSchema.SECTION_TEXT, json(e.getValue()));
            out.add(section);
        }
        return out;
    }

    /** A passage's document, its text analysed here. */
    SolrInputDocument of(String kb, PassageRecord p) throws IOException {
        return of(kb, p, null);
    }

    /** A passage's document; {@code tokens}, when given, its text already analysed. */
    private SolrInputDocument of(String kb, PassageRecord p, AnalysedText tokens) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(DOC_ID, docId(kb, p.sourceId(), p.passageId()));
        d.setField(DOC_TYPE, PASSAGE_TYPE);
        d.setField(KB, kb);
        d.setField(SOURCE_KEY, sourceKey(kb, p.sourceId()));
        String section = Sections.nameOf(p);
        if (section != null) {
            d.setField(SECTION_KEY, sectionKey(kb, p.sourceId(), section));
        }
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
            d.setField(IndexSchema.TEXT, tokens != null ? json(tokens) : analysed(p.text()));
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
        return json(AnalysedText.of(analyzer, IndexSchema.TEXT, nullToEmpty(value)));
    }

    /** Tokens in Solr's pre-analysed JSON format. */
    private static String json(AnalysedText tokens) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", "1");
        ArrayNode list = root.putArray("tokens");
        for (int i = 0; i < tokens.size(); i++) {
            ObjectNode t = list.addObject();
            t.put("t", tokens.term(i));
            if (tokens.increment(i) != 1) {
                t.put("i", tokens.increment(i));
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
