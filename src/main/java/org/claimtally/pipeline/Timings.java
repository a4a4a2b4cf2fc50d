package org.claimtally.pipeline;

import java.util.Locale;

/** Stage times on stderr when run with {@code -Dclaimtally.timings=true}; silent otherwise. */
public final class Timings {
    private static final boolean ON = Boolean.getBoolean("claimtally.timings");
    private long last = System.nanoTime();

    public void lap(String stage) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf(Locale.ROOT, "timing: %-16s %7.2f s%n", stage, (now - last) / 1e9);
        }
        last = now;
    }
}
