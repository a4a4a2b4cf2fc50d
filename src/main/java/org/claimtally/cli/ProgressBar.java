package org.claimtally.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.claimtally.pipeline.Progress;

/**
 * A one-line progress bar on stderr (documents, MB, claims, rate, ETA), drawn only when
 * stderr is a terminal and the run has lasted over a second; silent when piped or quiet.
 */
final class ProgressBar implements Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean quiet) {
        this.err = err;
        this.enabled = !quiet && System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void update(long docs, long totalFiles, long chars, long claims) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - started) / 1e9;
        double mb = chars / 1e6;
        String done = "";
        String eta = "";
        if (totalFiles > 1 && docs < totalFiles) {
            double left = secs / docs * (totalFiles - docs);
            done = String.format(Locale.ROOT, "%d%% of %,d files: ", 100 * docs / totalFiles, totalFiles);
            eta = String.format(Locale.ROOT, ", ETA %ds", Math.round(left));
        }
        err.print(String.format(Locale.ROOT, "\r%s%,d docs, %.1f MB, %,d claims, %.1f MB/s%s   ", done, docs, mb, claims,
                mb / secs, eta));
        err.flush();
        drawn = true;
    }

    /** The stage after reading, on the same line, so that a long grouping or writing is not a blank screen. */
    @Override
    public void stage(String what) {
        if (!enabled) {
            return;
        }
        err.print("\r" + what + " ".repeat(Math.max(0, LINE - what.length())) + "\r" + what);
        err.flush();
        drawn = true;
    }

    private static final int LINE = 79;

    @Override
    public void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(LINE) + "\r");
            drawn = false;
            err.flush();
        }
    }
}
