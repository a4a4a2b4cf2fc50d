package org.claimtally.model;

import java.util.Locale;

/** Whether the figures of one fact can all be true at once. */
public enum Status {
    /** Only one figure: nothing to compare. */
    SINGLE,
    /** All figures are the same number. */
    AGREE,
    /** The figures differ but the intervals their words allow overlap (396 and "nearly 400"). */
    CONSISTENT,
    /**
     * A toll revised as reports came in: the figures of each report day can all be true, and
     * each day's are as high or higher than the day's before (22 on Saturday, 112 on Sunday).
     */
    REVISED,
    /** They cannot all be true at one report time (58 and 100 killed). */
    CONFLICT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
