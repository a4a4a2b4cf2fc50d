package org.claimtally.report.xlsx;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;

/**
 * Where each claim sits in the Claims sheets, so Facts can link to it. Past the row
 * limit, claims continue on "Claims (2)", "Claims (3)" …
 */
final class ClaimLocator {
    /** The order a run lists its claims in: then a row is found by binary search, with no index at all. */
    private static final Comparator<Claim> RUN_ORDER = Comparator.comparing(Claim::doc)
            .thenComparingInt(Claim::start).thenComparingInt(Claim::end);

    private final List<Claim> claims;
    /**
     * Only for claims in another order; by identity, since equal claims may sit on two rows.
     * Made when first needed: facts that name their rows (see {@link #index(Fact, int)}) need no search.
     */
    private Map<Claim, Integer> unsorted;
    private boolean checked;
    private final int rowsPerSheet;

    ClaimLocator(List<Claim> claims, int rowsPerSheet) {
        this.claims = claims;
        this.rowsPerSheet = rowsPerSheet;
    }

    private static boolean isSorted(List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            if (RUN_ORDER.compare(claims.get(i - 1), claims.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<Claim, Integer> identityIndex(List<Claim> claims) {
        Map<Claim, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i), i);
        }
        return index;
    }

    int sheets(int claims) {
        return Math.max(1, (claims + rowsPerSheet - 1) / rowsPerSheet);
    }

    static String sheetName(int part) {
        return SheetOut.partName("Claims", part);
    }

    /** The run's claims. */
    List<Claim> claims() {
        return claims;
    }

    int rowsPerSheet() {
        return rowsPerSheet;
    }

    /**
     * The row of a fact's member {@code k} (0-based), or -1 for a claim not in the run: members
     * name their claims by row, so no claim is read.
     */
    int index(Fact f, int k) {
        int row = f.members().get(k).row();
        return row < claims.size() ? row : -1;
    }

    /** The claim a fact's member names: its row among the run's claims. */
    Claim claim(FactMember m) {
        return m.claim(claims);
    }

    /** The claim's row among all claims (0-based), or -1 for a claim not in the run. */
    int index(Claim c) {
        if (!checked) {
            unsorted = isSorted(claims) ? null : identityIndex(claims);
            checked = true;
        }
        if (unsorted != null) {
            return unsorted.getOrDefault(c, -1);
        }
        int at = Collections.binarySearch(claims, c, RUN_ORDER);
        if (at < 0) {
            return -1;
        }
        // claims with the same span compare equal: find this very one among them
        for (int i = at; i >= 0 && RUN_ORDER.compare(claims.get(i), c) == 0; i--) {
            if (claims.get(i) == c) {
                return i;
            }
        }
        for (int i = at + 1; i < claims.size() && RUN_ORDER.compare(claims.get(i), c) == 0; i++) {
            if (claims.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** A document link such as {@code 'Claims'!A12}, or null for an unknown claim. */
    String link(Claim c) {
        return address(index(c));
    }

    /** The link to a fact's member {@code k}, or null for an unknown claim. */
    String link(Fact f, int k) {
        return address(index(f, k));
    }

    private String address(int i) {
        return i < 0 ? null : SheetOut.address("Claims", i, rowsPerSheet);
    }
}
