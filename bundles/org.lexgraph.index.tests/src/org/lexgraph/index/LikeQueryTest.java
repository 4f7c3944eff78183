package org.lexgraph.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * "More like this" made from document frequencies alone (as a shared collection answers it) asks for the same words
 * with the same weights as Lucene's More Like This over the index itself, as the embedded index makes it.
 */
public class LikeQueryTest {

    private static final List<String> TEXTS = List.of(
            "De gemeente biedt nachtopvang aan vreemdelingen zonder verblijfsvergunning.",
            "Nachtopvang en dagopvang worden geboden door de gemeente aan dakloze vreemdelingen.",
            "Medisch noodzakelijke zorg wordt verleend aan vreemdelingen zonder verblijfsvergunning.",
            "De zorgverlener ontvangt een bijdrage voor medisch noodzakelijke zorg aan onverzekerbare vreemdelingen.",
            "Het college van burgemeester en wethouders besluit over de opvang binnen zes weken.",
            "Kinderen van vreemdelingen zonder verblijfsvergunning hebben recht op onderwijs.",
            "De leerplicht geldt voor alle kinderen, ook voor kinderen zonder verblijfsvergunning.",
            "Een vreemdeling kan aangifte doen van een misdrijf zonder vrees voor uitzetting (free in, free out).",
            "De politie neemt de aangifte op en meldt de vreemdeling niet bij de vreemdelingenpolitie.",
            "Het college stelt regels over de opvang, de zorg en het onderwijs van vreemdelingen.",
            "Deze verordening treedt in werking op de dag na bekendmaking.",
            "De gemeente subsidieert organisaties die opvang en zorg bieden aan vreemdelingen zonder verblijfsvergunning.");

    @Test
    public void fromDocumentFrequenciesTheSameQueryAsLucenesMoreLikeThis() throws IOException {
        Analyzer analyzer = DutchAnalysis.forSchema();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String text : TEXTS) {
                    Document d = new Document();
                    d.add(new TextField(IndexSchema.TEXT, text, Field.Store.NO));
                    w.addDocument(d);
                }
                // documents without passage text (a source's whole text) do not count for the passages' frequencies
                for (int i = 0; i < 5; i++) {
                    Document d = new Document();
                    d.add(new TextField(IndexSchema.SOURCE_TEXT, String.join(" ", TEXTS), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LikeQuery.Frequencies frequencies = new LikeQuery.Frequencies() {
                    @Override
                    public long docCount() throws IOException {
                        return reader.getDocCount(IndexSchema.TEXT);
                    }

                    @Override
                    public Map<String, Long> docFreqs(Collection<String> words) throws IOException {
                        Map<String, Long> out = new HashMap<>();
                        for (String word : words) {
                            out.put(word, (long) reader.docFreq(new Term(IndexSchema.TEXT, word)));
                        }
                        return out;
                    }
                };
                int compared = 0;
                for (String text : TEXTS) {
                    Query lucene = LikeQuery.lucene(reader, analyzer).like(IndexSchema.TEXT, new StringReader(text));
                    Query ours = LikeQuery.of(analyzer, text, frequencies);
                    // the same words with the same weights (words of equal weight may come in another order)
                    assertEquals(clauses(lucene), clauses(ours), text);
                    compared += ((BooleanQuery) ours).clauses().size();
                }
                assertTrue(compared > 30, "words with weights were compared: " + compared);
            }
        }
    }

    private static List<String> clauses(Query q) {
        return ((BooleanQuery) q).clauses().stream().map(c -> c.occur() + " " + c.query()).sorted().toList();
    }

    @Test
    public void aTextOfNoDistinctiveWordsAsksForNothing() throws IOException {
        LikeQuery.Frequencies none = new LikeQuery.Frequencies() {
            @Override
            public long docCount() {
                return 10;
            }

            @Override
            public Map<String, Long> docFreqs(Collection<String> words) {
                return Map.of();
            }
        };
        Query q = LikeQuery.of(DutchAnalysis.forSchema(), "Nachtopvang voor vreemdelingen.", none);
        assertTrue(((BooleanQuery) q).clauses().isEmpty(), q.toString());
        assertTrue(((BooleanQuery) LikeQuery.of(DutchAnalysis.forSchema(), "", none)).clauses().isEmpty());
    }
}
