package org.claimtally.model;

import java.util.Objects;

/**
 * What an analyst wrote of a fact in an earlier report: a verdict ("confirmed", "wrong
 * merge", …, free text) and notes. Carried to the same fact id in the next run.
 */
public record FactNote(String verdict, String notes) {
    public FactNote {
        verdict = Objects.requireNonNullElse(verdict, "").strip();
        notes = Objects.requireNonNullElse(notes, "").strip();
    }

    public boolean isEmpty() {
        return verdict.isEmpty() && notes.isEmpty();
    }
}
