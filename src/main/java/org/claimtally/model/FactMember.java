package org.claimtally.model;

/**
 * One mention of a fact, as plain data: {@code row} is the claim's place among the run's claims
 * ({@link RunResult#claims()}, which holds the claim itself), {@code mentions} how often the
 * document repeats the same figure (headline and body), {@code outlet} its source, and
 * {@code originator} who the figure comes from for independence counting (the claimant, else
 * the document's syndication group). A document may state a fact several times (headline and
 * body, a toll revised): its {@code primary} member is the figure shown for that document (the
 * most specific, then the latest), the others are its further mentions; {@code mentions} counts
 * them all on the primary.
 */
public record FactMember(int row, int mentions, String outlet, String originator, boolean primary) {
    /** A document's shown figure. */
    public FactMember(int row, int mentions, String outlet, String originator) {
        this(row, mentions, outlet, originator, true);
    }

    public FactMember {
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 or more (a place among the run's claims), got " + row);
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1, got " + mentions);
        }
        outlet = outlet == null ? "" : outlet;
        originator = originator == null ? "" : originator;
    }

    /** This member's claim among {@code claims}, the run's claims its row points into. */
    public Claim claim(java.util.List<Claim> claims) {
        return claims.get(row);
    }
}
