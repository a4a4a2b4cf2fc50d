package org.claimtally.model;

import java.util.Objects;

/**
 * One document's claim within a fact. {@code mentions} counts how often the document repeats
 * the same figure (headline and body); {@code originator} names who the figure comes from
 * for independence counting (the claimant, else the document's syndication group).
 * {@code row} is the claim's place among the run's claims, -1 when not known. A document may
 * state a fact several times (headline and body, a toll revised): its {@code primary} member is
 * the figure shown for that document (the most specific, then the latest), the others are its
 * further mentions; {@code mentions} counts them all on the primary.
 */
public record FactMember(Claim claim, int mentions, String outlet, String originator, int row, boolean primary) {
    public FactMember(Claim claim, int mentions, String outlet, String originator) {
        this(claim, mentions, outlet, originator, -1, true);
    }

    public FactMember(Claim claim, int mentions, String outlet, String originator, int row) {
        this(claim, mentions, outlet, originator, row, true);
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
