package org.claimtally.model;

import java.util.Objects;

/**
 * One document's claim within a fact. {@code mentions} counts how often the document repeats
 * the same figure (headline and body); {@code originator} names who the figure comes from
 * for independence counting (the claimant, else the document's syndication group).
 */
public record FactMember(Claim claim, int mentions, String outlet, String originator) {
    public FactMember {
        Objects.requireNonNull(claim, "claim");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1, got " + mentions);
        }
        outlet = outlet == null ? "" : outlet;
        originator = originator == null ? "" : originator;
    }
}
