package org.claimtally.model;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * A fact's members kept compact, as plain data: parallel arrays of rows, mention counts,
 * outlets and originators. A large run has a million members; a record object each would make
 * memory grow with the corpus. Immutable.
 */
public final class FactMembers extends AbstractList<FactMember> implements RandomAccess {
    private final int[] rows;
    private final int[] mentions;
    private final String[] outlets;
    private final String[] originators;
    private final BitSet secondary;

    private FactMembers(int[] rows, int[] mentions, String[] outlets, String[] originators, BitSet secondary) {
        this.rows = rows;
        this.mentions = mentions;
        this.outlets = outlets;
        this.originators = originators;
        this.secondary = secondary;
    }

    /** The members, compact; a list that is already compact is returned as it is. */
    public static FactMembers of(List<FactMember> members) {
        if (members instanceof FactMembers fm) {
            return fm;
        }
        int n = members.size();
        int[] rows = new int[n];
        int[] mentions = new int[n];
        String[] outlets = new String[n];
        String[] originators = new String[n];
        BitSet secondary = new BitSet();
        for (int k = 0; k < n; k++) {
            FactMember m = members.get(k);
            rows[k] = m.row();
            mentions[k] = m.mentions();
            outlets[k] = m.outlet();
            originators[k] = m.originator();
            secondary.set(k, !m.primary());
        }
        return new FactMembers(rows, mentions, outlets, originators, secondary);
    }

    @Override
    public FactMember get(int k) {
        return new FactMember(rows[k], mentions[k], outlets[k], originators[k], !secondary.get(k));
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Whether member {@code k} is its document's shown figure. */
    public boolean primary(int k) {
        return !secondary.get(k);
    }

    /** Member {@code k}'s row among the run's claims. */
    public int row(int k) {
        return rows[k];
    }
}
