package org.lexgraph.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.PriorityQueue;

/**
 * The query for the passages like one ("More like this"): the passage's most distinctive words by tf-idf over the
 * passages' text, each weighing by how distinctive it is. The embedded index makes it with Lucene's {@link
 * MoreLikeThis} ({@link #lucene}); a shared collection, whose index Lexgraph cannot read, with {@link #of}, the same
 * arithmetic on the collection's document frequencies, so that both ask for the same words with the same weights
 * (tested against Lucene's). Stateless.
 */
public final class LikeQuery {

    static final int MIN_TERM_FREQ = 1;
    static final int MIN_DOC_FREQ = 2;
    static final int MAX_QUERY_TERMS = 25;
    static final int MIN_WORD_LENGTH = 3;

    /** How often words occur in the passages' text, as an index knows it. */
    public interface Frequencies {

        /** How many passages have words in their text. */
        long docCount() throws IOException;

        /** In how many passages' text each of these (analysed) words occurs; a word in none may be left out. */
        Map<String, Long> docFreqs(Collection<String> words) throws IOException;
    }

    private LikeQuery() {
    }

    /** Lucene's More Like This over the passages' text of {@code reader}, as Lexgraph sets it. */
    static MoreLikeThis lucene(IndexReader reader, Analyzer analyzer) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexSchema.TEXT});
        mlt.setMinTermFreq(MIN_TERM_FREQ);
        mlt.setMinDocFreq(MIN_DOC_FREQ);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setMinWordLen(MIN_WORD_LENGTH);
        mlt.setBoost(true);
        return mlt;
    }

    /**
     * The query for the passages like {@code text}, its words analysed by {@code analyzer} (the schema's) and weighed
     * by {@code frequencies}: an empty query when no word is distinctive enough.
     */
    public static Query of(Analyzer analyzer, String text, Frequencies frequencies) throws IOException {
        Map<String, Integer> termFreqs = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            int tokens = 0;
            while (ts.incrementToken()) {
                String word = term.toString();
                if (++tokens > MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
                    break;
                }
                if (word.length() >= MIN_WORD_LENGTH) {
                    termFreqs.merge(word, freq.getTermFrequency(), Integer::sum);
                }
            }
            ts.end();
        }
        if (termFreqs.isEmpty()) {
            return new BooleanQuery.Builder().build();
        }
        Map<String, Long> docFreqs = frequencies.docFreqs(termFreqs.keySet());
        long docCount = frequencies.docCount();
        Best best = new Best(Math.min(MAX_QUERY_TERMS, termFreqs.size()));
        for (Map.Entry<String, Integer> e : termFreqs.entrySet()) {
            long docFreq = docFreqs.getOrDefault(e.getKey(), 0L);
            if (e.getValue() < MIN_TERM_FREQ || docFreq < MIN_DOC_FREQ || docFreq == 0) {
                continue;
            }
            float score = e.getValue() * idf(docFreq, docCount);
            if (best.size() < best.limit) {
                best.add(new Scored(e.getKey(), score));
            } else if (best.top().score < score) {
                best.top().word = e.getKey();
                best.top().score = score;
                best.updateTop();
            }
        }
        // as Lucene's: the least distinctive word first, each weighing its score over that one's
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        float least = -1;
        for (Scored s = best.pop(); s != null; s = best.pop()) {
            if (least == -1) {
                least = s.score;
            }
            b.add(new BoostQuery(new TermQuery(new Term(IndexSchema.TEXT, s.word)), s.score / least),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The inverse document frequency of Lucene's classic tf-idf, as its More Like This weighs words by. */
    static float idf(long docFreq, long docCount) {
        return (float) (Math.log((docCount + 1) / (double) (docFreq + 1)) + 1.0);
    }

    private static final class Scored {
        String word;
        float score;

        Scored(String word, float score) {
            this.word = word;
            this.score = score;
        }
    }

    /** The best-scoring words, the least of them on top. */
    private static final class Best extends PriorityQueue<Scored> {
        final int limit;

        Best(int limit) {
            super(limit);
            this.limit = limit;
        }

        @Override
        protected boolean lessThan(Scored a, Scored b) {
            return a.score < b.score;
        }
    }
}
