package org.claimtally.report.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.model.Claim;

/**
 * Where each claim sits in the Claims sheets, so Facts can link to it. Past the row
 * limit, claims continue on "Claims (2)", "Claims (3)" …
 */
final class ClaimLocator {
    private final Map<String, Integer> index = new HashMap<>();
    private final int rowsPerSheet;

    ClaimLocator(List<Claim> claims, int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i).id(), i);
        }
    }

    int sheets(int claims) {
        return Math.max(1, (claims + rowsPerSheet - 1) / rowsPerSheet);
    }

    static String sheetName(int part) {
        return part == 0 ? "Claims" : "Claims (" + (part + 1) + ")";
    }

    int rowsPerSheet() {
        return rowsPerSheet;
    }

    /** A document link such as {@code 'Claims'!A12}, or null for an unknown claim. */
    String link(Claim c) {
        Integer i = index.get(c.id());
        if (i == null) {
            return null;
        }
        int part = i / rowsPerSheet;
        int row = i % rowsPerSheet + 2;
        return "'" + sheetName(part) + "'!A" + row;
    }
}
