package org.claimtally.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A run's claims in run order (document id, then position), read-only. A large run keeps its
 * claims on disk, where {@link #get} decodes one: the document and category of a claim, which
 * grouping reads for every claim, are kept at hand and cost no decoding.
 */
public abstract class RunClaims extends AbstractList<Claim> implements RandomAccess {

    /** The id of claim {@code i}'s document, as {@code get(i).doc()} without decoding. */
    public abstract String doc(int i);

    /** Claim {@code i}'s category, as {@code get(i).category()} without decoding. */
    public abstract String category(int i);

    /** Whether claim {@code i} is a core claim, as {@code get(i).core()}; stores keep it at hand. */
    public boolean core(int i) {
        return get(i).core();
    }

    /** How many claims are core claims. */
    public long coreCount() {
        long n = 0;
        for (int i = 0; i < size(); i++) {
            n += core(i) ? 1 : 0;
        }
        return n;
    }

    /** The claims as they are, or a read-only view of an in-memory list. */
    public static RunClaims of(List<Claim> claims) {
        return claims instanceof RunClaims rc ? rc : new InMemory(List.copyOf(claims));
    }

    private static final class InMemory extends RunClaims {
        private final List<Claim> claims;

        InMemory(List<Claim> claims) {
            this.claims = claims;
        }

        @Override
        public Claim get(int i) {
            return claims.get(i);
        }

        @Override
        public int size() {
            return claims.size();
        }

        @Override
        public String doc(int i) {
            return claims.get(i).doc();
        }

        @Override
        public String category(int i) {
            return claims.get(i).category();
        }
    }
}
