package org.claimtally.model;

import java.math.BigDecimal;

/** Plain rendering of figures: no exponent, no thousands separators, no float noise. */
public final class Numbers {
    private Numbers() {
    }

    /** 396.0 becomes "396", 1.5E9 becomes "1500000000", null becomes "". */
    public static String plain(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Thousands-separated rendering for people: 2514 becomes "2,514". */
    public static String grouped(Double value) {
        if (value == null) {
            return "";
        }
        String plain = plain(value);
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean negative = intPart.startsWith("-");
        if (negative) {
            intPart = intPart.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        int lead = intPart.length() % 3;
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(',');
            }
            sb.append(intPart.charAt(i));
        }
        return (negative ? "-" : "") + sb + frac;
    }
}
