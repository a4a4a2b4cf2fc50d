package org.claimtally.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts. */
public record PRF(int truePositives, int falsePositives, int falseNegatives) {
    public PRF {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : truePositives / (double) d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : truePositives / (double) d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line(String label) {
        return String.format(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", label,
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
