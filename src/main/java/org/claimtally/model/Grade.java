package org.claimtally.model;

/** How many independent originators back a fact, in the manner of Airwars' grading. */
public enum Grade {
    SINGLE_SOURCE("single source"), CORROBORATED("corroborated"), CONTESTED("contested");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
