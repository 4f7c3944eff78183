package org.lexgraph.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the index, built in code (Lucene's name-based lookup does not work across OSGi bundles).
 * Changing a chain changes {@link #VERSION}, which makes existing indexes rebuild. Analyzers are thread-safe.
 */
public final class DutchAnalysis {

    /** Stamped into every index; bump it whenever a chain below changes. */
    public static final String VERSION = "nl-3";

    private DutchAnalysis() {
    }

    /** The parts compounds are split into: read once from compound-parts.txt (generated, see tools/). */
    private static final class Parts {
        static final CharArraySet WORDS = load();

        private static CharArraySet load() {
            CharArraySet set = new CharArraySet(4096, false);
            try (InputStream in = DutchAnalysis.class.getResourceAsStream("compound-parts.txt")) {
                if (in == null) {
                    throw new IllegalStateException("compound-parts.txt is missing from org.lexgraph.index");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        set.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return CharArraySet.unmodifiableSet(set);
        }
    }

    /**
     * Dutch full text: plural {@code 's} removed ({@code auto's}), lower case, stop words, diacritics folded
     * ({@code recreëren} = {@code recreeren}), compounds split into their known parts as well
     * ({@code vergoedingsregeling} also gives {@code vergoeding} and {@code regeling}), Snowball Dutch stemming.
     */
    public static Analyzer text() {
        return dutch(true, false);
    }

    /**
     * The same chain for queries, without splitting compounds: the parts are in the index, so {@code regeling} finds
     * {@code vergoedingsregeling}, while a compound typed as a query keeps its own, narrower meaning.
     */
    public static Analyzer textQuery() {
        return dutch(false, true);
    }

    /**
     * The chain without compound splitting, in the index as in queries: not used by the index, kept to measure what
     * splitting brings (the relevance benchmark).
     */
    public static Analyzer textWithoutCompounds() {
        return dutch(false, false);
    }

    /**
     * Words a query may hold that say nothing about what it looks for: English function words (an English question on
     * Dutch texts would otherwise match every English text by its "the" and "to") and question words of both
     * languages. Queries only: the index keeps them, so a phrase in quotes still finds them.
     */
    static final CharArraySet QUERY_STOP_WORDS = queryStopWords();

    private static CharArraySet queryStopWords() {
        CharArraySet set = new CharArraySet(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of("which", "what", "who", "whom", "whose", "where", "when", "why", "how", "does", "do", "did",
                "can", "could", "should", "would", "may", "might", "must", "shall", "has", "have", "had", "been",
                "being", "from", "about", "any", "all", "some", "its", "our", "your", "we", "you", "i", "he", "she",
                "them", "those", "incl", "including", "welke", "welk", "waarom", "wanneer", "waar", "hoeveel", "mag",
                "mogen", "moeten", "wel"));
        return CharArraySet.unmodifiableSet(set);
    }

    private static Analyzer dutch(boolean decompound, boolean query) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, DutchAnalyzer.getDefaultStopSet());
                if (query) {
                    ts = new StopFilter(ts, QUERY_STOP_WORDS);
                }
                ts = new ASCIIFoldingFilter(ts);
                if (decompound) {
                    ts = new DictionaryCompoundWordTokenFilter(ts, Parts.WORDS, 8, 4, 20, true);
                }
                ts = new CachingStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The analyzer for writing the whole schema. */
    public static Analyzer forSchema() {
        return text();
    }

    /** The analyzer for querying the whole schema; keyword fields ({@code kind:ruling}) are taken as typed. */
    public static Analyzer forQueries() {
        return forQueries(true);
    }

    /** As above; without {@code stopQuestionWords}, English function words and question words are searched too. */
    public static Analyzer forQueries(boolean stopQuestionWords) {
        Analyzer keyword = new org.apache.lucene.analysis.core.KeywordAnalyzer();
        Analyzer lowerKeyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.Tokenizer t = new org.apache.lucene.analysis.core.KeywordTokenizer();
                return new TokenStreamComponents(t, new org.apache.lucene.analysis.core.LowerCaseFilter(t));
            }
        };
        Map<String, Analyzer> fields = new java.util.HashMap<>(Map.of(IndexSchema.KIND, keyword, IndexSchema.SOURCE_ID, keyword, IndexSchema.PASSAGE_ID, keyword,
                IndexSchema.CITES, keyword, IndexSchema.IDENTIFIERS, keyword));
        for (String f : IndexSchema.KEYWORD_FIELDS) {
            fields.put(f, lowerKeyword);
        }
        return new PerFieldAnalyzerWrapper(dutch(false, stopQuestionWords), fields);
    }
}
