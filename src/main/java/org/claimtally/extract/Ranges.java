package org.claimtally.extract;

import java.util.Set;

/**
 * Ranges: "20-30", "20 to 30", "between 21 and 31", "from $76 U.S. per barrel to $45.89",
 * "1.4 A/cm3 to 0.04 A/cm3"; and what only looks like one: a score ("3-1"), a change and the
 * level it reached ("rose 5 pct to 30 pct", "eased 12p to 460p").
 */
final class Ranges {
    private final Lexicon lex;
    private final NumberGrammar grammar;

    Ranges(Lexicon lex, NumberGrammar grammar) {
        this.lex = lex;
        this.grammar = grammar;
    }

    /**
     * "20-30", "20 to 30", "20 or 30", "between 21 and 31", "from $200,001 to $415 million",
     * "1 per cent to 2.5 per cent": both ends may carry units; a scale after the second end
     * applies to a bare first end ("$1.5-2 million"). A glued dash between equal or falling
     * numbers is a score ("3-1", "89-89"): no figure at all.
     */
    NumberExpr range(Tokens t, NumberExpr a) {
        if (a.kind() != NumberExpr.Kind.PLAIN || a.fraction()) {
            return a;
        }
        Join join = join(t, a);
        if (join == null) {
            return a;
        }
        int bStart = join.at() + 1;
        while (bStart < t.size && lex.currencies().forward(t, bStart) != null
                && (t.type[bStart] == Tokens.PUNCT || t.isNum(bStart + 1) && !t.spaced[bStart + 1])) {
            bStart++; // "$200,001 to $415 million", "from RM50,000 to RM90,000"
        }
        if (!t.isNum(bStart) && !(t.isWord(bStart) && NumberWords.isNumberWord(t.lower(bStart)))) {
            return a;
        }
        NumberExpr b = grammar.single(t, bStart, true);
        if (b == null) {
            return join.dash() && t.isNum(bStart) && t.gluedDash(join.at()) ? null : a; // "1987-88"
        }
        if (!alike(t, a, b, join)) {
            return a;
        }
        double lo = scaledLow(t, a, b, bStart, join.spanned(a));
        double hi = b.value();
        if (changeAndLevel(t, a, b, join, lo, hi)) {
            return a;
        }
        if (lo == hi || lo > hi && !join.from() && join.unitAfterB() == 0) { // "1.4 A/cm3 to 0.04 A/cm3" may fall
            return join.dash() && t.gluedDash(join.at()) ? null : a;
        }
        String unit = b.unit().isEmpty() ? a.unit() : b.unit();
        String currency = b.currency().isEmpty() ? a.currency() : b.currency();
        return new NumberExpr(a.from(), b.to(), null, Math.min(lo, hi), Math.max(lo, hi), NumberExpr.Kind.RANGE,
                unit, currency, false);
    }

    /**
     * How the second end is joined on: {@code at} is the token of "to", "or", "and" or the
     * dash; {@code from} when "from" opens the range; {@code unitAfterB} the length of a unit
     * written after both ends ("1.4 A/cm3 to 0.04 A/cm3").
     */
    private record Join(int at, boolean dash, boolean from, int unitAfterB) {
        boolean spanned(NumberExpr a) {
            return at > a.to();
        }
    }

    /** The joint after the first end, or null when none follows it. */
    private Join join(Tokens t, NumberExpr a) {
        int j = a.to();
        boolean between = t.is(a.from() - 1, "between") || t.is(a.from() - 2, "between") && t.type[a.from() - 1] == Tokens.PUNCT;
        boolean from = t.is(a.from() - 1, "from") || t.is(a.from() - 2, "from") && t.type[a.from() - 1] == Tokens.PUNCT;
        boolean dash = j < t.size && t.type[j] == Tokens.PUNCT && Tokens.isDash(t.firstChar(j))
                && (t.gluedDash(j) || t.firstChar(j) != '-');
        if (dash || t.is(j, "to") || t.is(j, "or") || between && t.is(j, "and")) {
            return new Join(j, dash, from, 0);
        }
        if (t.is(j, "up") && t.is(j + 1, "to") && (from || between)) {
            return new Join(j + 1, false, from, 0); // "from 300 up to 600"
        }
        // "from $76 U.S. per barrel to $45.89", "1.4 A/cm3 to 0.04 A/cm3", "between 5 kHz and 8 kHz":
        // words between the ends
        int to = from ? spannedTo(t, j) : repeatedUnitTo(t, j, between ? "and" : "to");
        return to < 0 ? null : new Join(to, false, from, from ? 0 : to - j);
    }

    /** Ends that measure the same thing, and a second end that is not a range of its own. */
    private boolean alike(Tokens t, NumberExpr a, NumberExpr b, Join join) {
        if (!a.unit().isEmpty() && !b.unit().isEmpty() && !a.unit().equals(b.unit())
                || !a.currency().isEmpty() && !b.currency().isEmpty() && !a.currency().equals(b.currency())) {
            return false; // "24 cts or 203,373 dlrs", "19 sen to RM23.51"
        }
        boolean spanned = join.spanned(a);
        if (join.unitAfterB() > 0 && !sameTokens(t, a.to(), b.to(), join.unitAfterB())
                || spanned && join.unitAfterB() == 0 && !sameUnitOrNone(t, a.to(), b.to())) {
            return false; // "15 miles to 20 km", "from six months to 21 years": no like with like
        }
        // "from 11 pct in 1979 to three or four pct": the second end is a range of its own
        return !(spanned && (t.is(b.to(), "or") || t.is(b.to(), "to") || t.gluedDash(b.to()) && t.isNum(b.to() + 1)));
    }

    /** The first end, with the second end's scale when it has none of its own ("$1.5-2 million"). */
    private double scaledLow(Tokens t, NumberExpr a, NumberExpr b, int bStart, boolean spanned) {
        double lo = a.value();
        double hi = b.value();
        double rawB = t.isNum(bStart) ? NumberGrammar.parseDigits(t.raw(bStart)) : withoutScale(t, b);
        // "two to three million": a lone number word takes the scale as digits do
        boolean word = a.to() - a.from() == 1 && t.isWord(a.from()) && NumberWords.isNumberWord(t.lower(a.from()));
        if (!spanned && (t.isNum(a.from()) || t.isNum(a.to() - 1) || word)) {
            double f = rawB == 0 ? 1 : hi / rawB;
            if (f > 1 && lo * f <= hi && (word || lo == rawA(t, a))) {
                lo = lo * f;
            }
        }
        return lo;
    }

    /**
     * After a rise or fall, "X to Y" is a change and the level it reached ("rose 5 pct to 30
     * pct", "eased 12p to 460p", "rose 142 to 620.") when X carries its own unit, Y has none or
     * is far above X; "fell 2 to 3 pct" and "could drop 1.4 to four mln barrels" are ranges.
     */
    private boolean changeAndLevel(Tokens t, NumberExpr a, NumberExpr b, Join join, double lo, double hi) {
        if (join.from() || !t.is(join.at(), "to") || lo <= 0) {
            return false;
        }
        boolean ownUnit = join.spanned(a) || unitAfter(t, a); // a scale, "pct" or a currency after X; "$89" has none
        boolean bareB = t.isNum(b.to() - 1) && !(t.isWord(b.to()) && !lex.is(WordClass.FUNCTION_WORD, t.lower(b.to())));
        return (ownUnit || bareB || hi > 5 * lo) && (byBefore(t, a.from()) || Trends.wordShortlyBefore(lex, t, a.from()));
    }

    /** "by 5 pct", "by more than one pct": "by" before the first end, through a hedge of a few words. */
    private static boolean byBefore(Tokens t, int from) {
        for (int b = from - 1; b >= 0 && b >= from - 3 && t.isWord(b); b--) {
            if (t.is(b, "by")) {
                return true;
            }
        }
        return false;
    }


    /** "5 pct", "$43.6 billion", "11p", "three per cent": X is written with a unit of its own after it. */
    private boolean unitAfter(Tokens t, NumberExpr a) {
        int last = a.to() - 1;
        if (t.isPunct(last, '%')) {
            return true;
        }
        if (!t.isWord(last)) {
            return false;
        }
        String w = t.lower(last);
        return lex.scale(w) != null || w.equals("pct") || w.equals("percent") || w.equals("cent") || w.equals("points")
                || w.equals("point") || t.is(last - 1, "per") || !t.spaced[last] && t.isNum(last - 1)
                || lex.currencies().backward(t, last) != null;
    }

    /**
     * The unit word after "from X" and after "to Y" agree ("bolivars … bolivars", "pct … pct"),
     * or one end has none ("from $76 U.S. per barrel to $45.89 on December 21").
     */
    private boolean sameUnitOrNone(Tokens t, int afterA, int afterB) {
        if (!unitWord(t, afterA) || !unitWord(t, afterB)) {
            return true;
        }
        String x = t.lower(afterA);
        String y = t.lower(afterB);
        return x.equals(y) || (x + "s").equals(y) || (y + "s").equals(x) || y.equals(initials(t, afterA));
    }

    /** "miles per gallon" as "mpg", "kilometres per hour" as "kph": the initials of a unit of words. */
    private String initials(Tokens t, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < t.size && i < k + 4 && t.isWord(i) && (i == k || t.is(i, "per") || !lex.is(WordClass.FUNCTION_WORD, t.lower(i))); i++) {
            sb.append(t.lower(i).charAt(0));
        }
        return sb.length() > 1 ? sb.toString() : "";
    }

    private boolean unitWord(Tokens t, int k) {
        return t.isWord(k) && !lex.is(WordClass.FUNCTION_WORD, t.lower(k)) && !t.capitalized(k);
    }

    /**
     * "from $76 U.S. per barrel to $45.89", "from 21 miles per gallon in 2008 to 30 mpg", "from
     * $36,040 at 10.45pm to $34,935": up to seven tokens of unit, place or time between "from X"
     * and "to"; the index of "to", or -1. A number in between must be a time ("in 2008", "at 5am").
     */
    private int spannedTo(Tokens t, int j) {
        for (int k = j; k < t.size && k < j + 8; k++) {
            if (t.is(k, "to") || t.is(k, "up") && t.is(k + 1, "to")) {
                return k > j ? (t.is(k, "up") ? k + 1 : k) : -1; // "from 300 sq ft up to 600 sq ft"
            }
            if (t.lineStart[k]) {
                return -1;
            }
            if (t.isWord(k)) {
                if (lex.is(WordClass.SPAN_STOP, t.lower(k)) || t.capitalized(k) && t.raw(k).length() > 3
                        || lex.trend(t.lower(k)) != null) {
                    return -1; // "from 5,000 in Kyiv to 3,000" compares places, not one figure's ends
                }
            } else if (t.isNum(k)) {
                if (!(t.is(k - 1, "in") || t.is(k - 1, "at") || t.is(k - 1, "on") || t.is(k - 1, "since"))) {
                    return -1;
                }
            } else if (!(t.isPunct(k, '.') && t.isWord(k - 1) && (t.raw(k - 1).length() == 1
                    || t.raw(k - 1).indexOf('.') > 0))) {
                return -1; // only the dots of "U.S." may stand between
            }
        }
        return -1;
    }

    /**
     * "1.4 A/cm3 to 0.04 A/cm3", "15 miles to 20 miles", "between 5kHz and 8kHz": one to four unit
     * tokens, then the joint word ("to", or "and" after "between"); its index, or -1.
     */
    private int repeatedUnitTo(Tokens t, int j, String joint) {
        for (int k = j; k < t.size && k < j + 5; k++) {
            if (t.is(k, joint)) {
                return k > j ? k : -1;
            }
            if (t.lineStart[k] || !t.isWord(k) && !(k > j && !t.spaced[k])) {
                return -1; // words, or marks and digits glued inside the unit ("A/cm2")
            }
            if (t.isWord(k) && lex.is(WordClass.SPAN_STOP, t.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean sameTokens(Tokens t, int x, int y, int n) {
        if (y + n > t.size) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (t.type[x + k] != t.type[y + k] || !t.raw(x + k).equalsIgnoreCase(t.raw(y + k))
                    || k > 0 && t.spaced[x + k] != t.spaced[y + k]) {
                return false;
            }
        }
        return true;
    }

    /** "four mln" as 4, "three million dollars" as 3: a word number's value before its scale word. */
    private double withoutScale(Tokens t, NumberExpr b) {
        Double f = null;
        for (int k = b.to() - 1; k > b.from() && f == null; k--) {
            f = t.isWord(k) ? lex.scale(t.lower(k)) : null; // "three million dollars": the scale before the currency
        }
        return f == null || b.value() == null ? b.value() : b.value() / f;
    }

    /** The first end as written, before any scale word of its own. */
    private static double rawA(Tokens t, NumberExpr a) {
        for (int k = a.from(); k < a.to(); k++) {
            if (t.isNum(k)) {
                return k + 1 == a.to() || !t.isWord(k + 1) ? NumberGrammar.parseDigits(t.raw(k)) : Double.NaN;
            }
        }
        return Double.NaN;
    }
}
