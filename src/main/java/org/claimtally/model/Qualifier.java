package org.claimtally.model;

import java.util.Locale;

/** How a figure is hedged in the text; the labels are those of the annotation guidelines. */
public enum Qualifier {
    EXACT, APPROX, MIN, MAX, RANGE, VAGUE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a guideline label such as {@code min}; the message names the accepted labels. */
    public static Qualifier parse(String label) {
        for (Qualifier q : values()) {
            if (q.label().equalsIgnoreCase(label.trim())) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + label
                + "': use one of exact, approx, min, max, range, vague");
    }
}
