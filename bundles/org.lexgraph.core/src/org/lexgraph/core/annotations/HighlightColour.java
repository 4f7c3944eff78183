package org.lexgraph.core.annotations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The colours a highlight can have: few enough to mean something (one for "quote", one for "check", ...). */
public enum HighlightColour {
    YELLOW, GREEN, BLUE, PINK;

    /** The name stored in the model and typed on the command line: yellow, green, blue, pink. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour of a key (any case); null for null or blank (a note without a highlight). */
    public static HighlightColour of(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        for (HighlightColour c : values()) {
            if (c.key().equalsIgnoreCase(key.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("no highlight colour '" + key + "': use one of " + keys());
    }

    /** The keys, comma-separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(HighlightColour::key).collect(Collectors.joining(", "));
    }
}
