package org.lexgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text's tokens as the index analyses it, kept so that they are indexed twice without being analysed twice: in
 * their passage (positions and offsets, for phrases and highlighting) and in their source's whole text (counts only).
 * Analysis is the largest cost of indexing. Not thread-safe; one per indexing thread.
 */
public final class AnalysedText {

    private String[] terms = new String[64];
    private int[] increments = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;
    private int length;

    /** The tokens of {@code text} in {@code field} as {@code analyzer} makes them. */
    public static AnalysedText of(Analyzer analyzer, String field, String text) {
        AnalysedText t = new AnalysedText();
        t.length = text.length();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                t.add(term.toString(), inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory does not read anything
        }
        return t;
    }

    /** An empty collection, to add other texts' tokens to ({@link #addAll}). */
    static AnalysedText empty() {
        return new AnalysedText();
    }

    private void add(String term, int increment, int start, int end) {
        if (size == terms.length) {
            int n = size * 2;
            terms = Arrays.copyOf(terms, n);
            increments = Arrays.copyOf(increments, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        terms[size] = term;
        increments[size] = increment;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /**
     * The other text's words after these (positions run on; offsets are not kept), without the parts compounds were
     * split into: a source's whole text is scored on the words as written (a text full of "verblijfsvergunning" is
     * not about "verblijf").
     */
    void addWords(AnalysedText other) {
        for (int i = 0; i < other.size; i++) {
            if (other.increments[i] > 0 || i == 0) {
                add(other.terms[i], Math.max(1, other.increments[i]), 0, 0);
            }
        }
    }

    /** How many tokens there are. */
    public int size() {
        return size;
    }

    /** The {@code i}th token's term. */
    public String term(int i) {
        return terms[i];
    }

    /** The {@code i}th token's position increment (0: at the position of the one before it). */
    public int increment(int i) {
        return increments[i];
    }

    /** The tokens again, as a stream to index. */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int at;

            @Override
            public boolean incrementToken() {
                if (at >= size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[at]);
                inc.setPositionIncrement(increments[at]);
                offset.setOffset(starts[at], ends[at]);
                at++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(length, length);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                at = 0;
            }
        };
    }
}
