package org.claimtally.model;

/**
 * What span of time a figure covers: one incident or day (a strike, a night's barrage), a
 * period (a month, "in 2025", "between March 2021 and November 2024"), a total up to the
 * report ("since the start of the war", "so far this year"), or nothing the text says.
 */
public enum Scope {
    INCIDENT("incident"), PERIOD("period"), CUMULATIVE("cumulative"), UNKNOWN("");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** The word reports print ("" for unknown). */
    public String label() {
        return label;
    }
}
