package org.lexgraph.ui.views;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Runs view updates on the UI thread for knowledge-base events, which arrive on any thread. */
final class UiLater {

    private UiLater() {
    }

    /** Runs {@code update} on the control's UI thread unless the control or the display is gone. */
    static void run(Control control, Runnable update) {
        if (control == null || control.isDisposed()) {
            return;
        }
        Display d = control.getDisplay();
        if (!d.isDisposed()) {
            d.asyncExec(() -> {
                if (!control.isDisposed()) {
                    update.run();
                }
            });
        }
    }
}
