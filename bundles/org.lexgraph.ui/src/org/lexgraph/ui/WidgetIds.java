package org.lexgraph.ui;

import org.eclipse.swt.widgets.Widget;

/** Names widgets with a data key so that UI tests find them without depending on labels in one language. */
public final class WidgetIds {

    public static final String KEY = "lexgraph.id";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
