package org.lexgraph.core.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an import's wall time goes, phase by phase, said on standard error at its end when the JVM runs with
 * {@code -Dlexgraph.traceImport=true} (for the scale benchmark and for diagnosis; off, it costs nothing).
 */
final class ImportTrace {

    private static final boolean ON = Boolean.getBoolean("lexgraph.traceImport");

    private final long start = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** The time since {@code since} (from {@link #now()}) counted to the phase; returns the current time. */
    long add(String phase, long since) {
        long now = System.nanoTime();
        if (ON) {
            nanos.merge(phase, now - since, Long::sum);
            counts.merge(phase, 1, Integer::sum);
        }
        return now;
    }

    static long now() {
        return System.nanoTime();
    }

    void report() {
        if (!ON) {
            return;
        }
        StringBuilder out = new StringBuilder("import trace (wall ms): total ")
                .append((System.nanoTime() - start) / 1_000_000);
        nanos.forEach((k, v) -> out.append("; ").append(k).append(' ').append(v / 1_000_000)
                .append(counts.get(k) > 1 ? " (" + counts.get(k) + "×)" : ""));
        System.err.println(out);
    }
}
