package org.lexgraph.cite;

import java.util.Map;

/**
 * A citation found in a text.
 *
 * @param start offset of the first character of the span
 * @param end offset after the last character of the span
 * @param text the span as written
 * @param fields the parsed parts, by name ({@code kamer}, {@code vergaderjaar}, {@code dossier}, {@code chapter},
 *        {@code ondernummer}, {@code page}, {@code year}, {@code number}, {@code gazette}, {@code id}, ...)
 * @param key the normalised key: the same document cited in any form gets the same key
 */
public record Citation(int start, int end, String text, CitationType type, Map<String, String> fields, String key) {

    public Citation {
        fields = Map.copyOf(fields);
    }

    public String field(String name) {
        return fields.get(name);
    }
}
