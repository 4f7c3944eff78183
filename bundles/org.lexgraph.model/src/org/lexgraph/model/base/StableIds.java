package org.lexgraph.model.base;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates the stable ids of model objects: 128 random bits written as 26 lower-case base-32 characters. Cheap enough
 * to run for every object created while loading (the loaded id then replaces it). Thread-safe.
 */
public final class StableIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private StableIds() {
    }

    public static String newId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong();
        long lo = r.nextLong();
        char[] out = new char[26];
        for (int i = 0; i < 13; i++) {
            out[i] = ALPHABET[(int) (hi >>> (i * 5)) & 31];
            out[13 + i] = ALPHABET[(int) (lo >>> (i * 5)) & 31];
        }
        return new String(out);
    }
}
