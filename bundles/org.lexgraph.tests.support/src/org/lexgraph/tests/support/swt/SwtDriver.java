package org.lexgraph.tests.support.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a running SWT application from a test thread, as SWTBot would (it is not on Maven Central): finds widgets by
 * data id, type or text; clicks and types with real OS events (XTest under Xvfb); waits for conditions; saves a
 * screenshot when a wait fails. Every widget access happens on the UI thread; waiting happens outside it.
 */
public final class SwtDriver {

    /** The data key the application's widgets carry their test id under. */
    public static final String ID_KEY = "lexgraph.id";

    private final Display display;
    private final Path screenshots;

    public SwtDriver(Display display) {
        this.display = display;
        this.screenshots = Path.of(System.getProperty("lexgraph.screenshots", "target/screenshots"));
    }

    public Display display() {
        return display;
    }

    /** Computes a value on the UI thread. */
    public <T> T ui(Supplier<T> s) {
        AtomicReference<T> ref = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                ref.set(s.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return ref.get();
    }

    public void run(Runnable r) {
        ui(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until a widget with the given data id is showing, and returns it. */
    public <W extends Control> W byId(String id, Class<W> type, long timeoutMs) {
        waitUntil("a widget with id '" + id + "'", () -> find(c -> id.equals(c.getData(ID_KEY))) != null, timeoutMs);
        return type.cast(ui(() -> find(c -> id.equals(c.getData(ID_KEY)))));
    }

    /** The first control in any open shell that matches, searched depth-first; call on any thread. */
    public Control find(Predicate<Control> match) {
        return ui(() -> {
            for (Shell shell : display.getShells()) {
                Control c = find(shell, match);
                if (c != null) {
                    return c;
                }
            }
            return null;
        });
    }

    public List<Control> findAll(Predicate<Control> match) {
        return ui(() -> {
            List<Control> out = new ArrayList<>();
            for (Shell shell : display.getShells()) {
                collect(shell, match, out);
            }
            return out;
        });
    }

    private static Control find(Control c, Predicate<Control> match) {
        if (c.isDisposed()) {
            return null;
        }
        if (match.test(c)) {
            return c;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Control f = find(child, match);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void collect(Control c, Predicate<Control> match, List<Control> out) {
        if (c.isDisposed()) {
            return;
        }
        if (match.test(c)) {
            out.add(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, match, out);
            }
        }
    }

    /** Clicks the middle of a control with a real mouse event. */
    public void click(Control c) {
        Point p = ui(() -> {
            c.getShell().forceActive();
            Rectangle b = c.getBounds();
            return c.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
        });
        clickAt(p, 1);
    }

    /** Double-clicks a table row with real mouse events. */
    public void doubleClickRow(Table table, int row) {
        Point p = ui(() -> {
            table.getShell().forceActive();
            Rectangle r = table.getItem(row).getBounds(0);
            return table.toDisplay(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
        });
        clickAt(p, 2);
    }

    /** Clicks at a point of the display with a real mouse event. */
    public void clickAt(Point p) {
        clickAt(p, 1);
    }

    private void clickAt(Point p, int count) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = p.x;
        move.y = p.y;
        post(move);
        pause(150);
        for (int i = 1; i <= count; i++) {
            Event down = new Event();
            down.type = SWT.MouseDown;
            down.button = 1;
            down.count = i;
            post(down);
            Event up = new Event();
            up.type = SWT.MouseUp;
            up.button = 1;
            up.count = i;
            post(up);
            pause(40);
        }
        pause(200);
    }

    /** Types text into the focused control with real key events. */
    public void type(String text) {
        for (char ch : text.toCharArray()) {
            Event down = new Event();
            down.type = SWT.KeyDown;
            down.character = ch;
            post(down);
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.character = ch;
            post(up);
            pause(15);
        }
    }

    /** Presses and releases a key such as {@link SWT#CR}. */
    public void key(int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
        pause(100);
    }

    /** On GTK, Display.post must run on the UI thread (it moves the pointer through the display). */
    private void post(Event e) {
        boolean ok = ui(() -> display.post(e));
        if (!ok) {
            throw new IllegalStateException("Display.post failed for event type " + e.type);
        }
    }

    /**
     * Waits for a condition evaluated on the UI thread; on timeout saves a screenshot and fails with what was
     * awaited.
     */
    public void waitUntil(String what, BooleanSupplier condition, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (ui(() -> safe(condition))) {
                return;
            }
            pause(100);
        }
        Path shot = screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what + " (screenshot: " + shot
                + ")");
    }

    private static boolean safe(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Saves the whole screen as a PNG under the screenshot folder and returns its path (null if it failed). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png").toAbsolutePath();
            ImageData data = ui(() -> {
                Rectangle bounds = display.getBounds();
                Image image = new Image(display, bounds.width, bounds.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, 0, 0);
                    return image.getImageData();
                } finally {
                    gc.dispose();
                    image.dispose();
                }
            });
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static String id(Widget w) {
        Object id = w.getData(ID_KEY);
        return id == null ? null : id.toString();
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
