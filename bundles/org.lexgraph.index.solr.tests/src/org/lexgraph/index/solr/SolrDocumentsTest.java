package org.lexgraph.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.lexgraph.index.AnalysedText;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.index.SourceTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A passage as a document of the collection: the same terms as the embedded index, its record travelling with it. */
public class SolrDocumentsTest {

    private static final String TEXT = "De gemeente biedt nachtopvang aan vreemdelingen zonder verblijfsvergunning "
            + "(artikel 10 Vreemdelingenwet 2000).";

    private static PassageRecord passage() {
        return new PassageRecord("src!1#p3", "src!1", "Verordening opvang", "regulation", "/data/v.pdf", 2,
                "Artikel 3", 3, TEXT, List.of("bwb:BWBR0011823:art:10"), List.of("cvdr:CVDR1"), 2024, 20240105,
                Map.of(IndexSchema.MUNICIPALITY, List.of("Den Haag")), "te bellen");
    }

    @Test
    public void textIsSentAsLexgraphAnalysesIt() throws Exception {
        List<String> expected = new ArrayList<>();
        try (TokenStream ts = DutchAnalysis.forSchema().tokenStream(IndexSchema.TEXT, TEXT)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                expected.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
        }
        JsonNode json = new ObjectMapper().readTree(new SolrDocuments().analysed(TEXT));
        assertEquals("1", json.get("v").asText());
        List<String> sent = new ArrayList<>();
        for (JsonNode t : json.get("tokens")) {
            sent.add(t.get("t").asText() + "/" + (t.has("i") ? t.get("i").asInt() : 1));
        }
        assertEquals(expected, sent);
        assertTrue(sent.size() > 8, sent.toString());
    }

    @Test
    public void aDocumentCarriesItsKnowledgeBaseFieldsAndRecord() throws Exception {
        SolrInputDocument d = new SolrDocuments().of("anna", passage());
        assertEquals("anna/src%211!src%211#p3", d.getFieldValue(SolrDocuments.DOC_ID),
                "routed by source, SolrCloud's mark kept out of the ids");
        assertEquals("anna", d.getFieldValue(SolrDocuments.KB));
        assertEquals("anna/src!1", d.getFieldValue(SolrDocuments.SOURCE_KEY));
        assertEquals("den haag", d.getFieldValue(IndexSchema.MUNICIPALITY), "keyword fields as the index has them");
        assertEquals("Den Haag", d.getFieldValue("facet." + IndexSchema.MUNICIPALITY), "facet labels as written");
        assertEquals("2024", d.getFieldValue("facet." + IndexSchema.YEAR));
        assertEquals(20240105L, d.getFieldValue(SolrDocuments.DATE_SORT));
        assertEquals("bwb:BWBR0011823:art:10", d.getFieldValue(IndexSchema.CITES));
        assertEquals(passage(), SolrDocuments.record(d.getFieldValue(SolrDocuments.RECORD)));
        assertNull(d.getFieldValue(IndexSchema.TEXT_OUTSIDE));
    }

    @Test
    public void wordsOutsideTheArticlesAreSearchedApartAsInTheEmbeddedIndex() throws Exception {
        PassageRecord p = passage();
        PassageRecord outside = new PassageRecord(p.passageId(), p.sourceId(), p.title(), p.kind(), p.file(),
                p.page(), "Aanhef", 0, p.text(), p.cites(), p.identifiers(), p.year(), p.date(),
                Map.of(IndexSchema.PART, List.of(IndexSchema.OUTSIDE_ARTICLE)), null);
        SolrInputDocument d = new SolrDocuments().of("anna", outside);
        assertNull(d.getFieldValue(IndexSchema.TEXT));
        assertFalse(String.valueOf(d.getFieldValue(IndexSchema.TEXT_OUTSIDE)).isEmpty());
        assertTrue(String.valueOf(d.getFieldValue(IndexSchema.TEXT_OUTSIDE)).contains("\"aanhef\""));
    }

    private static PassageRecord lid(String id, String anchor, int ordinal, String text) {
        return new PassageRecord(id, "vo", "Verordening opvang", "regulation", "/data/v.pdf", 1, anchor, ordinal,
                text, List.of(), List.of(), 2024, 20240105, Map.of(), null);
    }

    @Test
    public void aSourceAlsoSendsItsWholeTextAndItsSectionsAsTheEmbeddedIndexHoldsThem() throws Exception {
        List<PassageRecord> passages = List.of(lid("vo#1", "Artikel 3, lid 1", 1, "De gemeente biedt nachtopvang."),
                lid("vo#2", "Artikel 3, lid 2", 2, "De opvang is sober."),
                lid("vo#3", "Artikel 4", 3, "Medisch noodzakelijke zorg wordt vergoed."));
        List<SolrInputDocument> docs = new SolrDocuments().ofSource("anna", "vo", passages);
        List<Object> types = docs.stream().map(d -> d.getFieldValue(SolrDocuments.DOC_TYPE)).toList();
        assertEquals(List.of("passage", "passage", "passage", "source", "section", "section"), types);
        for (SolrInputDocument d : docs) {
            assertTrue(String.valueOf(d.getFieldValue(SolrDocuments.DOC_ID)).startsWith("anna/vo!"),
                    "all of a source's documents on one shard: " + d);
            assertEquals("anna/vo", d.getFieldValue(SolrDocuments.SOURCE_KEY), "removed with the source");
            assertEquals("anna", d.getFieldValue(SolrDocuments.KB));
        }
        // a passage names the section document it is weighed by
        assertEquals(docs.get(0).getFieldValue(SolrDocuments.SECTION_KEY), docs.get(4).getFieldValue(
                SolrDocuments.SECTION_KEY));
        assertEquals(docs.get(1).getFieldValue(SolrDocuments.SECTION_KEY), docs.get(4).getFieldValue(
                SolrDocuments.SECTION_KEY), "both lids of article 3 in one section");
        assertEquals(docs.get(2).getFieldValue(SolrDocuments.SECTION_KEY), docs.get(5).getFieldValue(
                SolrDocuments.SECTION_KEY));
        assertFalse(docs.get(0).getFieldValue(SolrDocuments.SECTION_KEY).equals(docs.get(2).getFieldValue(
                SolrDocuments.SECTION_KEY)));
        // the texts: the words as the embedded index counts them (headings once, the lids together)
        SourceTexts texts = SourceTexts.of(DutchAnalysis.forSchema(), passages);
        assertEquals(terms(texts.whole()), sent(docs.get(3).getFieldValue(IndexSchema.SOURCE_TEXT)));
        assertEquals(terms(texts.sections().get("artikel 3")), sent(docs.get(4).getFieldValue(
                IndexSchema.SECTION_TEXT)));
        assertTrue(sent(docs.get(4).getFieldValue(IndexSchema.SECTION_TEXT)).containsAll(List.of("nachtopvang",
                "sober")), "the section holds both lids");
        assertEquals(sent(new SolrDocuments().analysed("Verordening opvang")), sent(docs.get(3).getFieldValue(
                IndexSchema.SOURCE_TITLE)));
        assertEquals(sent(docs.get(0).getFieldValue(IndexSchema.TEXT)),
                sent(new SolrDocuments().analysed("De gemeente biedt nachtopvang.")), "a passage's text as alone");
        assertTrue(new SolrDocuments().ofSource("anna", "vo", List.of()).isEmpty(), "a source gone: nothing sent");
    }

    private static List<String> terms(AnalysedText t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i));
        }
        return out;
    }

    private static List<String> sent(Object json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode t : new ObjectMapper().readTree(String.valueOf(json)).get("tokens")) {
            out.add(t.get("t").asText());
        }
        return out;
    }
}
