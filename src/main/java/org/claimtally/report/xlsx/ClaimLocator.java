package org.claimtally.report.xlsx;

import java.util.List;
import java.util.Map;
import org.claimtally.model.Claim;

/**
 * Where each claim sits in the Claims sheets, so Facts can link to it. Past the row
 * limit, claims continue on "Claims (2)", "Claims (3)" …
 */
final class ClaimLocator {
    /** By identity: building a "doc@start" string per claim costs more than the whole map. */
    private final Map<Claim, Integer> index = new java.util.IdentityHashMap<>();
    private final int rowsPerSheet;

    ClaimLocator(List<Claim> claims, int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i), i);
        }
    }

    int sheets(int claims) {
        return Math.max(1, (claims + rowsPerSheet - 1) / rowsPerSheet);
    }

    static String sheetName(int part) {
        return SheetOut.partName("Claims", part);
    }

    int rowsPerSheet() {
        return rowsPerSheet;
    }

    /** A document link such as {@code 'Claims'!A12}, or null for an unknown claim. */
    String link(Claim c) {
        Integer i = index.get(c);
        if (i == null) {
            return null;
        }
        return SheetOut.address("Claims", i, rowsPerSheet);
    }
}
