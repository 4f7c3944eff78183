package org.lexgraph.extract.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes running headers and footers: lines at the top or bottom of a page that repeat on most pages (the title of
 * a Kamerstuk, "Tweede Kamer, vergaderjaar 2024–2025, 36 600 XVI, nr. 161", a page number). Numbers are ignored when
 * lines are compared, so "3" and "4", or "blz. 3 van 9" and "blz. 4 van 9", count as the same line. Stateless.
 */
final class RunningLines {

    /** How many lines at each end of a page are looked at. */
    private static final int EDGE = 2;
    /** Fewer pages than this have no reliable running lines. */
    private static final int MIN_PAGES = 3;

    private RunningLines() {
    }

    static List<List<String>> remove(List<List<String>> pages) {
        List<List<String>> trimmed = new ArrayList<>();
        for (List<String> page : pages) {
            trimmed.add(page.stream().filter(l -> !l.isBlank()).toList());
        }
        if (pages.size() < MIN_PAGES) {
            return trimmed;
        }
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> bottom = new HashMap<>();
        for (List<String> page : trimmed) {
            for (int i = 0; i < Math.min(EDGE, page.size()); i++) {
                top.merge(shape(page.get(i)), 1, Integer::sum);
                bottom.merge(shape(page.get(page.size() - 1 - i)), 1, Integer::sum);
            }
        }
        // a line counts as running when it is on more than half of the pages (at least 3)
        int needed = Math.max(MIN_PAGES, pages.size() / 2 + 1);
        List<List<String>> out = new ArrayList<>();
        for (List<String> page : trimmed) {
            int from = 0;
            int to = page.size();
            while (from < Math.min(EDGE, to) && top.getOrDefault(shape(page.get(from)), 0) >= needed) {
                from++;
            }
            while (to > from && page.size() - to < EDGE && bottom.getOrDefault(shape(page.get(to - 1)), 0) >= needed) {
                to--;
            }
            out.add(page.subList(from, to));
        }
        return out;
    }

    /** The line with digits replaced and spaces collapsed. */
    static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
