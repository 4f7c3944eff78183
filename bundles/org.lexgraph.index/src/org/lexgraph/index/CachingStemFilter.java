package org.lexgraph.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Snowball's Dutch stemmer with a cache of the words it has stemmed: the same output as Lucene's SnowballFilter, but
 * legal Dutch repeats its vocabulary so much that most words are looked up rather than stemmed again (the stemmer was
 * the largest single cost of indexing in IngestBenchmark). One instance per token stream, so per thread; the cache
 * is emptied when it reaches {@link #MAX_ENTRIES}.
 * <p>
 * One step is added after Snowball: a stem ending in {@code v} or {@code z} ends in {@code f} or {@code s}, as Dutch
 * spells such a word when nothing follows ({@code verblijven}, {@code verblijvende} and {@code verblijf} all become
 * {@code verblijf}; {@code reizen} and {@code reis}, {@code bewijzen} and {@code bewijs} meet). Snowball leaves the
 * two apart; the Kraaij-Pohlmann stemmer joins them the same way.
 */
final class CachingStemFilter extends TokenFilter {

    private static final int MAX_ENTRIES = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharArrayMap<char[]> cache = new CharArrayMap<>(4096, false);

    CachingStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = cache.get(buffer, 0, length);
        if (stem == null) {
            char[] word = Arrays.copyOf(buffer, length);
            // the stemmer works in the array it is given
            stemmer.setCurrent(Arrays.copyOf(word, length), length);
            stemmer.stem();
            stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            devoice(stem);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    /** A final v or z after a vowel, ij, l or r, in a stem of four letters or more, as it is written at a word's end. */
    static void devoice(char[] stem) {
        int n = stem.length;
        if (n < 4) {
            return;
        }
        char before = stem[n - 2];
        if ("aeiouyjlr".indexOf(before) < 0) {
            return;
        }
        if (stem[n - 1] == 'v') {
            stem[n - 1] = 'f';
        } else if (stem[n - 1] == 'z') {
            stem[n - 1] = 's';
        }
    }
}
