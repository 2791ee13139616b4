package dev.rigadvisor.batch;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar for a terminal, redrawn at most ten times a second and cleared at the end. */
public final class ProgressBar implements BatchRun.Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private final long start = System.nanoTime();
    private long drawnAt;

    public ProgressBar(PrintWriter terminal) {
        this.terminal = terminal;
    }

    @Override
    public void done(int finished, int total) {
        long now = System.nanoTime();
        if (finished < total && now - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        double rate = finished / Math.max((now - start) / 1e9, 1e-9);
        terminal.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %.0f/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                finished, total, rate));
        if (finished == total) {
            terminal.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        terminal.flush();
    }
}
