package org.lexgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects metadata values with where each came from. The first value of a key wins, except for keys added with
 * {@link #append}, which collect several values. Not thread-safe; one per extraction.
 */
public final class MetadataBuilder {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    /** Sets the key unless it has a value; blank values are ignored. */
    public MetadataBuilder put(String key, String value, String origin) {
        if (value != null && !value.isBlank() && !values.containsKey(key)) {
            values.put(key, value.strip());
            origins.put(key, origin);
        }
        return this;
    }

    /** Adds one more value to a multi-valued key. */
    public MetadataBuilder append(String key, String value, String origin) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String old = values.get(key);
        if (old == null) {
            return put(key, value, origin);
        }
        for (String v : old.split(MetadataKeys.SEPARATOR)) {
            if (v.equals(value.strip())) {
                return this;
            }
        }
        values.put(key, old + MetadataKeys.SEPARATOR + value.strip());
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> origins() {
        return origins;
    }
}
