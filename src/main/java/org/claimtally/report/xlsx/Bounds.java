package org.claimtally.report.xlsx;

import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.Qualifier;

/**
 * How a fact's lowest and highest figures are shown: an end that every source giving it
 * states as a bound is open ("at least 2,514": the high end reads "≥ 2,514", "up to 40": the
 * low end "≤ 40"), and shares carry their per cent sign. The cells keep the plain numbers, so
 * sorting and formulas work on them.
 */
record Bounds(String low, String high, String unit) {
    static final String AT_LEAST = "\u2265 ";
    static final String AT_MOST = "\u2264 ";
    /** The category of shares (its figures are per cent). */
    static final String PERCENT = "percent";

    static Bounds of(Fact f, ClaimLocator loc) {
        boolean lowOpen = f.low() != null;
        boolean highOpen = f.high() != null;
        boolean anyLow = false;
        boolean anyHigh = false;
        for (int k = 0; k < f.members().size(); k++) {
            FactMember m = f.members().get(k);
            if (!m.primary()) {
                continue;
            }
            Claim c = loc.claim(m);
            double lo = c.value() != null ? c.value() : c.low() != null ? c.low() : c.high() == null ? 0 : c.high();
            double hi = c.value() != null ? c.value() : c.high() != null ? c.high() : c.low() == null ? 0 : c.low();
            if (f.low() != null && lo == f.low()) {
                anyLow = true;
                lowOpen &= c.qualifier() == Qualifier.MAX;
            }
            if (f.high() != null && hi == f.high()) {
                anyHigh = true;
                highOpen &= c.qualifier() == Qualifier.MIN;
            }
        }
        return new Bounds(lowOpen && anyLow ? AT_MOST : "", highOpen && anyHigh ? AT_LEAST : "",
                PERCENT.equals(f.category()) ? "%" : "");
    }
}
