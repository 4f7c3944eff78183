package org.lexgraph.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgraph.query.SearchHit;

/**
 * The theme linker's evidence read from Lucene's matches gives the spans the highlighter gave: single words,
 * inflections, compounds' parts, phrases (each of their words), words found by two phrases, several times a passage.
 */
public class MatchSpansTest {

    @TempDir
    Path dir;

    @Test
    public void spansFromMatchesAreTheHighlightersSpans() throws Exception {
        List<String> texts = List.of(
                "De gemeente biedt nachtopvang en dagopvang aan mensen zonder verblijfsvergunning.",
                "Medisch noodzakelijke zorg voor ongedocumenteerden: zorg die medisch noodzakelijk is, ook medische zorg.",
                "Opvang, opvangen en de opvanglocatie: bed, bad en brood. Veilig aangifte doen zonder angst voor uitzetting.",
                "Kinderen zonder verblijfsvergunning gaan naar school; onderwijs en kinderopvang voor ieder kind.",
                "Niets van dit alles staat in deze passage over parkeerbeleid.");
        List<String> phrases = List.of("opvang", "nachtopvang", "medisch noodzakelijke zorg", "zorg",
                "zonder verblijfsvergunning", "verblijfsvergunning", "aangifte", "veilig aangifte doen", "kind",
                "bed bad brood", "onderwijs");
        Path folder = dir.resolve("index");
        try (PassageIndex index = PassageIndex.openWritable(folder)) {
            for (int i = 0; i < texts.size(); i++) {
                index.replaceSource("s" + i, List.of(new PassageRecord("p" + i, "s" + i, "Bron " + i,
                        "generic-document", "/tmp/s" + i + ".txt", 0, "", 0, texts.get(i))));
            }
            index.commit(1);
        }
        Analyzer analyzer = DutchAnalysis.forQueries();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String p : phrases) {
            any.add(new QueryParser(IndexSchema.TEXT, analyzer).parse("\"" + QueryParser.escape(p) + "\""),
                    BooleanClause.Occur.SHOULD);
        }
        Query query = any.build();
        List<String> ids = List.of("p0", "p1", "p2", "p3", "p4");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher s = new IndexSearcher(reader);
            Map<String, List<SearchHit.Span>> fromMatches = MatchSpans.inPassages(s, query, ids);
            // the highlighter, as the spans were found before
            Query q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(new TermInSetQuery(
                    IndexSchema.PASSAGE_ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                    .build();
            int[] docs = java.util.Arrays.stream(s.search(q, 10).scoreDocs).mapToInt(d -> d.doc).sorted().toArray();
            Object[] highlighted = MatchSpans.of(s, analyzer, q, docs);
            Map<String, List<SearchHit.Span>> fromHighlighter = new java.util.HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                @SuppressWarnings("unchecked")
                List<SearchHit.Span> sp = (List<SearchHit.Span>) highlighted[i];
                if (sp != null && !sp.isEmpty()) {
                    fromHighlighter.put(s.storedFields().document(docs[i]).get(IndexSchema.PASSAGE_ID), sp);
                }
            }
            assertEquals(4, fromHighlighter.size(), fromHighlighter.toString());
            assertEquals(fromHighlighter, fromMatches);
            List<String> words = new ArrayList<>();
            for (SearchHit.Span sp : fromMatches.get("p1")) {
                words.add(texts.get(1).substring(sp.start(), sp.end()));
            }
            assertFalse(words.isEmpty());
        }
    }
}
