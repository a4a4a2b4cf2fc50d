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
    /** They cannot all be true (58 and 100 killed). */
    CONFLICT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
