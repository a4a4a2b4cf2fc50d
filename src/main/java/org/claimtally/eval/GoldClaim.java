package org.claimtally.eval;

import java.util.Objects;
import org.claimtally.model.Qualifier;

/** One hand-checked claim of a gold file (columns of the annotation guidelines). */
public record GoldClaim(String doc, int start, int end, String quote, Double value, Double low, Double high,
                        Qualifier qualifier, String category, String action, String actor, String claimant,
                        String time, boolean core, long line) {
    public GoldClaim {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(qualifier, "qualifier");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
