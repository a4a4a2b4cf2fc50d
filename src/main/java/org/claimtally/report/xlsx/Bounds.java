package org.claimtally.report.xlsx;

import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import java.util.List;
import org.claimtally.model.Qualifier;

/**
 * How a fact's lowest and highest figures are shown: an end that every source giving it
 * states as a bound is open ("at least 2,515": the high end reads "≥ 2,515", "up to 40": the
 * low end "≤ 40"), and shares carry their per cent sign. The cells keep the plain numbers, so
 * sorting and formulas work on them.
 */
record Bounds(String low, String high, String unit) {
    static final String AT_LEAST = "\u2265 ";
    static final String AT_MOST = "\u2264 ";
    /** The category of shares (its figures are per cent). */
    static final String PERCENT = "percent";

    /** {@code shown}: the claims of the fact's primary members (each document's shown figure). */
    static Bounds of(Fact f, List<Claim> shown) {
        boolean lowOpen = f.low() != null;
        boolean highOpen = f.high() != null;
        boolean anyLow = false;
        boolean anyHigh = false;
        for (Claim c : shown) {
            if (f.low() != null && c.statedLow() == f.low()) {
                anyLow = true;
                lowOpen &= c.qualifier() == Qualifier.MAX;
            }
            if (f.high() != null && c.statedHigh() == f.high()) {
                anyHigh = true;
                highOpen &= c.qualifier() == Qualifier.MIN;
            }
        }
        return new Bounds(lowOpen && anyLow ? AT_MOST : "", highOpen && anyHigh ? AT_LEAST : "",
                PERCENT.equals(f.category()) ? "%" : "");
    }
}
