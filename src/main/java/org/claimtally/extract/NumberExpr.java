package org.claimtally.extract;

/**
 * A number expression found by the grammar, before the claim around it is known.
 * Tokens [{@code from}, {@code to}). For ranges and vague magnitudes {@code value} is null.
 * {@code unit} is "percent", "money" or empty; {@code fraction} marks "one-fifth"-style shares.
 */
record NumberExpr(int from, int to, Double value, Double low, Double high, Kind kind,
                  String unit, String currency, boolean fraction) {
    enum Kind { PLAIN, RANGE, VAGUE }

    static NumberExpr plain(int from, int to, double value) {
        return new NumberExpr(from, to, value, value, value, Kind.PLAIN, "", "", false);
    }

    NumberExpr withTokens(int newFrom, int newTo) {
        return new NumberExpr(newFrom, newTo, value, low, high, kind, unit, currency, fraction);
    }

    NumberExpr withUnit(String newUnit, String newCurrency, int newFrom, int newTo) {
        return new NumberExpr(newFrom, newTo, value, low, high, kind, newUnit, newCurrency, fraction);
    }

    NumberExpr scaled(double factor, int newTo) {
        return new NumberExpr(from, newTo, value == null ? null : value * factor,
                low == null ? null : low * factor, high == null ? null : high * factor, kind, unit, currency, fraction);
    }
}
