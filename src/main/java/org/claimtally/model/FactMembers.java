package org.claimtally.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A fact's members kept compact: each is a row of the run's claims with its mention count,
 * outlet and originator, and the claim is fetched when asked for. A large run has a million
 * members; holding each claim object would make memory grow with the corpus.
 */
public final class FactMembers extends AbstractList<FactMember> implements RandomAccess {
    private final RunClaims claims;
    private final int[] rows;
    private final int[] mentions;
    private final String[] outlets;
    private final String[] originators;
    private final java.util.BitSet secondary;

    private FactMembers(RunClaims claims, int[] rows, int[] mentions, String[] outlets, String[] originators,
                        java.util.BitSet secondary) {
        this.secondary = secondary;
        this.claims = claims;
        this.rows = rows;
        this.mentions = mentions;
        this.outlets = outlets;
        this.originators = originators;
    }

    /** The members, each naming its row of {@code claims}; {@code members} must not be empty. */
    public static FactMembers of(RunClaims claims, List<FactMember> members) {
        Objects.requireNonNull(claims, "claims");
        int n = members.size();
        int[] rows = new int[n];
        int[] mentions = new int[n];
        String[] outlets = new String[n];
        String[] originators = new String[n];
        java.util.BitSet secondary = new java.util.BitSet();
        for (int k = 0; k < n; k++) {
            FactMember m = members.get(k);
            if (m.row() < 0 || m.row() >= claims.size()) {
                throw new IllegalArgumentException("member " + k + " has row " + m.row() + ", outside the run's "
                        + claims.size() + " claims");
            }
            rows[k] = m.row();
            mentions[k] = m.mentions();
            outlets[k] = m.outlet();
            originators[k] = m.originator();
            secondary.set(k, !m.primary());
        }
        return new FactMembers(claims, rows, mentions, outlets, originators, secondary);
    }

    @Override
    public FactMember get(int k) {
        return new FactMember(claims.get(rows[k]), mentions[k], outlets[k], originators[k], rows[k], !secondary.get(k));
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** The claims the rows point into. */
    public RunClaims claims() {
        return claims;
    }

    /** Whether member {@code k} is its document's shown figure, without fetching the claim. */
    public boolean primary(int k) {
        return !secondary.get(k);
    }

    /** Member {@code k}'s row among {@link #claims()}, without fetching the claim. */
    public int row(int k) {
        return rows[k];
    }
}
