package org.lexgraph.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis chains of the index, built in code (Lucene's name-based lookup does not work across OSGi bundles).
 * Changing a chain changes {@link #VERSION}, which makes existing indexes rebuild. Analyzers are thread-safe.
 */
public final class DutchAnalysis {

    /** Stamped into every index; bump it whenever a chain below changes. */
    public static final String VERSION = "nl-1";

    private DutchAnalysis() {
    }

    /**
     * Dutch full text: plural {@code 's} removed ({@code auto's}), lower case, stop words, diacritics folded
     * ({@code recreëren} = {@code recreeren}), Snowball Dutch stemming.
     */
    public static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, DutchAnalyzer.getDefaultStopSet());
                ts = new ASCIIFoldingFilter(ts);
                ts = new SnowballFilter(ts, new DutchStemmer());
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Exact words: lower case and folded, not stemmed, no stop words; for phrases and identifiers. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The analyzer for writing and querying the whole schema. */
    public static Analyzer forSchema() {
        Analyzer text = text();
        return new PerFieldAnalyzerWrapper(text, Map.of(IndexSchema.TEXT_EXACT, exact()));
    }
}
