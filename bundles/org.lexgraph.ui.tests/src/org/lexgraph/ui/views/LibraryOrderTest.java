package org.lexgraph.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Library's column order: numbers by their value (of any length), other text without case. */
public class LibraryOrderTest {

    private static List<String> sorted(String... values) {
        List<String> out = new ArrayList<>(List.of(values));
        out.sort(LibraryView::compare);
        return out;
    }

    @Test
    public void numbersByValueOfAnyLengthTextWithoutCase() {
        assertEquals(List.of("0", "007", "9", "10", "2026", "123456789012345678901234567890",
                "123456789012345678901234567891"), sorted("10", "2026", "9", "123456789012345678901234567891", "007",
                        "0", "123456789012345678901234567890"));
        assertEquals(List.of("", "Alpha", "beta", "Zwolle"), sorted("Zwolle", "beta", "", "Alpha"));
    }
}
