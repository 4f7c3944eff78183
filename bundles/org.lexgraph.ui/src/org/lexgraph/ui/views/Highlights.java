package org.lexgraph.ui.views;

import org.eclipse.swt.graphics.Color;

/** The background colours of highlights, light enough to read black text on, as a marker pen would leave. */
final class Highlights {

    // colours made without a device hold no system resource (SWT 4.16 and later): nothing to dispose
    private static final Color YELLOW = new Color(255, 236, 110);
    private static final Color GREEN = new Color(183, 234, 168);
    private static final Color BLUE = new Color(168, 208, 250);
    private static final Color PINK = new Color(250, 188, 218);

    private Highlights() {
    }

    /** The colour of a highlight colour's key; null for none. */
    static Color colour(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "yellow" -> YELLOW;
            case "green" -> GREEN;
            case "blue" -> BLUE;
            case "pink" -> PINK;
            default -> null;
        };
    }
}
