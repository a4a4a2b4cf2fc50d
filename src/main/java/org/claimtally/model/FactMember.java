package org.claimtally.model;

import java.util.Objects;

/**
 * One document's claim within a fact. {@code mentions} counts how often the document repeats
 * the same figure (headline and body); {@code originator} names who the figure comes from
 * for independence counting (the claimant, else the document's syndication group).
 * {@code row} is the claim's place among the run's claims, -1 when not known.
 */
public record FactMember(Claim claim, int mentions, String outlet, String originator, int row) {
    public FactMember(Claim claim, int mentions, String outlet, String originator) {
        this(claim, mentions, outlet, originator, -1);
    }

    public FactMember {
        if (row < -1) {
            throw new IllegalArgumentException("row must be -1 (unknown) or more, got " + row);
        }
        Objects.requireNonNull(claim, "claim");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1, got " + mentions);
        }
        outlet = outlet == null ? "" : outlet;
        originator = originator == null ? "" : originator;
    }
}
