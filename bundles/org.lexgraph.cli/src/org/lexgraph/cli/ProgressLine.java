package org.lexgraph.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows progress on one terminal line of standard error ("[ 3/18] file.pdf"), rewritten in place and cleared at the
 * end. Silent when standard error is not a terminal, so that logs stay clean. Cancellation comes from Ctrl-C, which
 * ends the process; work saved before then is kept.
 */
final class ProgressLine extends NullProgressMonitor {

    private final PrintStream err;
    private final boolean enabled;
    private double total;
    private double done;
    private String task = "";
    private long lastPaint;
    private int lastWidth;

    ProgressLine(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (totalWork > 0 && total == 0) {
            total = totalWork;
        }
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        paint(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void subTask(String name) {
        task = name == null ? "" : name;
        paint(false);
    }

    @Override
    public void done() {
        clear();
    }

    void clear() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    private void paint(boolean force) {
        long now = System.currentTimeMillis();
        if (!enabled || (!force && now - lastPaint < 100)) {
            return;
        }
        lastPaint = now;
        int pct = total > 0 ? (int) Math.min(100, Math.round(done * 100 / total)) : 0;
        String line = String.format("[%3d%%] %s", pct, task);
        if (line.length() > 78) {
            line = line.substring(0, 77) + "…";
        }
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }
}
