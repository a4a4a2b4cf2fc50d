package org.claimtally.model;

import java.util.Locale;

/** Direction of change a figure describes ("rose 5%" is UP); NONE for plain figures. */
public enum Trend {
    NONE, UP, DOWN;

    /** The CSV label: {@code up}, {@code down} or empty. */
    public String label() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }
}
