package org.claimtally.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises number expressions at a token: digits ("2,514", "1.5 million", "$3bn", "25k"),
 * words ("twenty-five thousand"), fractions ("one-fifth"), vague magnitudes ("tens of
 * thousands"), scientific notation ("6.02 x 10^23"), percents and money; ranges are
 * {@link Ranges}, and what only looks like a number (years, dates, names, ages, codes)
 * {@link NotFigures}. Linear in the tokens it looks at; no regular expressions.
 */
final class NumberGrammar {
    private final Lexicon lex;
    private final NotFigures notFigures;
    private final Ranges ranges;

    /** Words a figure can begin with, and their first letters (lower case, ASCII). */
    private final Set<String> starters;
    private final boolean[] starterLetters = new boolean[128];

    NumberGrammar(Lexicon lex) {
        this.lex = lex;
        this.notFigures = new NotFigures(lex);
        this.ranges = new Ranges(lex, this);
        Set<String> s = new java.util.HashSet<>(lex.vague().firstWords());
        s.addAll(NumberWords.ONES.keySet());
        s.addAll(NumberWords.TENS.keySet());
        s.addAll(NumberWords.SCALES.keySet());
        s.addAll(List.of("hundred", "dozen", "a", "an", "half", "between"));
        this.starters = Set.copyOf(s);
        for (String w : starters) {
            char c = w.charAt(0);
            if (c < 128) {
                starterLetters[c] = true;
                starterLetters[Character.toUpperCase(c)] = true;
            } else {
                java.util.Arrays.fill(starterLetters, true); // a non-ASCII starter: no letter shortcut
            }
        }
    }

    /**
     * True when token {@code i} can begin a number expression. Runs on every token, so most
     * words are turned away on their first letter, before any lower-casing or lookup.
     */
    boolean mayStart(Tokens t, int i) {
        if (t.type[i] == Tokens.NUM) {
            return true;
        }
        if (t.type[i] != Tokens.WORD) {
            return false;
        }
        char c = t.firstChar(i);
        if (c < 128 && !starterLetters[c]) {
            return false;
        }
        String w = t.lower(i);
        return starters.contains(w) && (!lex.vague().firstWords().contains(w) || NumberWords.isNumberWord(w)
                || w.equals("a") || w.equals("an") || w.equals("half") || w.equals("between")
                || lex.vague().forward(t, i) != null);
    }

    /** The expression starting at token {@code i}, or null when there is none or it is no figure. */
    NumberExpr parse(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return null;
        }
        if (t.is(i, "between")) {
            NumberExpr a = parse(t, i + 1);
            if (a != null && a.kind() == NumberExpr.Kind.RANGE) {
                return a.withTokens(i, a.to());
            }
            return null;
        }
        NumberExpr vague = vague(t, i);
        if (vague != null) {
            return vague;
        }
        NumberExpr base = single(t, i);
        if (base == null) {
            return null;
        }
        return ranges.range(t, base);
    }

    /** One number with its scale, currency and percent, no range. */
    private NumberExpr single(Tokens t, int i) {
        return single(t, i, false);
    }

    /** {@code rangeEnd}: the number is the second end of a range being parsed ("20-30"). */
    NumberExpr single(Tokens t, int i, boolean rangeEnd) {
        if (i < 0 || i >= t.size) {
            return null;
        }
        NumberExpr base = t.type[i] == Tokens.NUM ? digits(t, i, rangeEnd) : t.type[i] == Tokens.WORD ? words(t, i) : null;
        return base == null ? null : negative(t, units(t, base));
    }

    /** "minus 387", "minus-5 yards", "$-50.8bn". */
    private NumberExpr negative(Tokens t, NumberExpr e) {
        int k = e.from() - 1;
        if (t.gluedDash(k) && t.is(k - 1, "minus") || t.is(k, "minus")) {
            int from = t.is(k, "minus") ? k : k - 1;
            return new NumberExpr(from, e.to(), neg(e.value()), neg(e.high()), neg(e.low()), e.kind(), e.unit(),
                    e.currency(), e.fraction());
        }
        if (signed(t, k)) {
            return new NumberExpr(k, e.to(), neg(e.value()), neg(e.high()), neg(e.low()), e.kind(), e.unit(),
                    e.currency(), e.fraction());
        }
        return e;
    }

    /**
     * "a loss of -5 yards", "the index -0.6%": a minus sign glued to the number, spaced from a word
     * or mark before it. Not a dash between numbers ("5 -10") nor a list's dash opening a line.
     */
    private static boolean signed(Tokens t, int k) {
        if (k < 1 || t.type[k] != Tokens.PUNCT || t.lineStart[k] || !t.spaced[k] || t.spaced[k + 1]) {
            return false;
        }
        char c = t.firstChar(k);
        boolean elidedName = (t.is(k - 1, "and") || t.is(k - 1, "or")) && k >= 3 && t.gluedDash(k - 3);
        // "iodine-135 and -138": the dash repeats a name's, it is no sign
        return (c == '-' || c == '\u2212') && !t.isNum(k - 1) && !Tokens.isDash(t.firstChar(k - 1)) && !elidedName;
    }

    private static Double neg(Double d) {
        return d == null ? null : -d;
    }

    // ---- digits ----

    private NumberExpr digits(Tokens t, int i, boolean rangeEnd) {
        NumberExpr mixed = mixedNumber(t, i);
        if (mixed != null) {
            return scale(t, mixed);
        }
        NumberExpr frac = slashFraction(t, i);
        if (frac != null) {
            return frac;
        }
        if (notFigures.rejectDigits(t, i, rangeEnd)) {
            return null;
        }
        double v = parseDigits(t.raw(i));
        NumberExpr e = NumberExpr.plain(i, i + 1, v);
        NumberExpr sci = scientific(t, e);
        if (sci != e) {
            return sci;
        }
        if (notFigures.isYear(t, i, v)) {
            return null;
        }
        return scale(t, e);
    }

    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** "1.99×10−30", "6.02 x 10^23", "1.5×10²³": a number times a power of ten. */
    private static NumberExpr scientific(Tokens t, NumberExpr e) {
        int k = e.to();
        if (!(t.isPunct(k, '\u00D7') || t.is(k, "x")) || !t.isNum(k + 1) || !t.raw(k + 1).equals("10")
                || k + 2 >= t.size || t.spaced[k + 2] || t.type[k + 2] != Tokens.PUNCT) {
            return e;
        }
        int j = k + 2;
        if (t.isPunct(j, '^')) {
            j++;
        }
        int sign = 1;
        if (j < t.size && !t.spaced[j] && t.type[j] == Tokens.PUNCT
                && (Tokens.isDash(t.firstChar(j)) || t.firstChar(j) == '\u207B')) {
            sign = -1;
            j++;
        }
        int exp = 0;
        int digits = 0;
        if (t.isNum(j) && !t.spaced[j] && t.raw(j).length() <= 3 && t.raw(j).chars().allMatch(Character::isDigit)) {
            exp = Integer.parseInt(t.raw(j));
            digits = 1;
            j++;
        } else {
            while (j < t.size && !t.spaced[j] && t.type[j] == Tokens.PUNCT && SUPERSCRIPTS.indexOf(t.firstChar(j)) >= 0
                    && digits < 3) {
                exp = exp * 10 + SUPERSCRIPTS.indexOf(t.firstChar(j));
                digits++;
                j++;
            }
        }
        if (digits == 0) {
            return e;
        }
        // scaled in decimal, so 6.02 x 10^23 is the double nearest 6.02e23, not 6.0199…e23
        double v = java.math.BigDecimal.valueOf(e.value()).scaleByPowerOfTen(sign * exp).doubleValue();
        return new NumberExpr(e.from(), j, v, v, v, NumberExpr.Kind.PLAIN, "", "", false);
    }

    /**
     * "1⁄32" (fraction slash) or "1/16 of": a share, as a percent; "1/2 cup": a fraction of a unit.
     * Dates ("4/5/17", "24/7") are not.
     */
    private NumberExpr slashFraction(Tokens t, int i) {
        int slash = i + 1;
        if (slash + 1 >= t.size || t.spaced[slash] || t.spaced[slash + 1] || !t.isNum(slash + 1)) {
            return null;
        }
        char c = t.firstChar(slash);
        boolean fractionSlash = c == '\u2044' && t.type[slash] == Tokens.PUNCT;
        boolean plainSlash = c == '/' && t.type[slash] == Tokens.PUNCT && t.is(slash + 2, "of")
                && !t.isPunct(slash + 2, '/') && (i == 0 || !t.isPunct(i - 1, '/'));
        // "1/2 cup", "3/4 mile": a fraction of one unit, a measure rather than a share
        boolean ofAUnit = c == '/' && t.type[slash] == Tokens.PUNCT && t.isWord(slash + 2) && t.spaced[slash + 2]
                && lex.unit(t.lower(slash + 2)) && (i == 0 || !t.isPunct(i - 1, '/') && !t.gluedDash(i - 1));
        if (!fractionSlash && !plainSlash && !ofAUnit) {
            return null;
        }
        double num = parseDigits(t.raw(i));
        double den = parseDigits(t.raw(slash + 1));
        if (den <= num || den == 0 || t.raw(i).contains(".") || t.raw(slash + 1).contains(".")) {
            return null;
        }
        if (ofAUnit && !fractionSlash) {
            return NumberExpr.plain(i, slash + 2, num / den);
        }
        double pct = 100.0 * num / den;
        return new NumberExpr(i, slash + 2, pct, pct, pct, NumberExpr.Kind.PLAIN, "percent", "", true);
    }

    /** "6-1/2 pct", "11-3/4": a whole number and a fraction joined by a dash, one number. */
    private static NumberExpr mixedNumber(Tokens t, int i) {
        int slash = i + 3;
        if (slash + 1 >= t.size || !t.gluedDash(i + 1) || !t.isNum(i + 2) || t.spaced[slash] || t.spaced[slash + 1]
                || !t.isPunct(slash, '/') || !t.isNum(slash + 1) || t.raw(i).contains(".")
                || slash + 2 < t.size && !t.spaced[slash + 2] && t.type[slash + 2] == Tokens.PUNCT && t.isNum(slash + 3)) {
            return null; // not "4-5/6/7"
        }
        double num = parseDigits(t.raw(i + 2));
        double den = parseDigits(t.raw(slash + 1));
        if (den <= num || den == 0) {
            return null;
        }
        return NumberExpr.plain(i, slash + 2, parseDigits(t.raw(i)) + num / den);
    }

    static double parseDigits(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= '0' && c <= '9' || c == '.') {
                sb.append(c);
            }
        }
        if (sb.length() > 0 && sb.charAt(0) == '.') {
            sb.insert(0, '0');
        }
        return Double.parseDouble(sb.toString());
    }

    private NumberExpr scale(Tokens t, NumberExpr e) {
        int j = e.to();
        int numberEnd = j;
        while (j < t.size && t.isWord(j)) {
            String w = t.lower(j);
            Double f = lex.scale(w);
            if (f == null || t.spaced[j] && lex.gluedScale(w) && (w.length() == 1 || w.equals("mn"))
                    && !(j == numberEnd && spacedCapital(t, j, w))) {
                break;
            }
            if (w.equals("m") && !t.spaced[j] && metres(t, e.from(), j)) {
                break; // "a 37m (121ft) skeleton", "32m2": metres
            }
            e = e.scaled(f, j + 1);
            j++;
        }
        return j == numberEnd ? coordinatedScale(t, e) : e;
    }

    /** A number coordinated with a scaled one takes the scale only below this: scaled amounts are written small. */
    static final double SCALED_BELOW = 1000;

    /**
     * ... and only within this factor of the scaled number's digits: figures given side by side
     * ("355 and 55 mln", "3 and 5 million") are of one order; "150 or one million" are not.
     */
    static final double COORDINATED_RATIO = 10;

    /**
     * A bare number coordinated with a scaled one takes its scale ("3 and 5 million dollars
     * respectively", "2 or 3 billion people"), as the first end of "two to three million" does.
     */
    private NumberExpr coordinatedScale(Tokens t, NumberExpr e) {
        int c = e.to();
        if (!(t.is(c, "and") || t.is(c, "or")) || e.value() == null || !(t.isNum(c + 1)
                || t.isWord(c + 1) && NumberWords.isNumberWord(t.lower(c + 1)))) {
            return e;
        }
        int k = c + 2;
        Double f = k < t.size && t.isWord(k) ? lex.scale(t.lower(k)) : null;
        if (f == null || t.spaced[k] && lex.gluedScale(t.lower(k)) || f <= 1 || e.value() >= SCALED_BELOW) {
            return e; // "500,000 and one mln dlrs": a number that large stands on its own
        }
        NumberWords.Parsed other = t.isNum(c + 1) ? null : NumberWords.parse(t, c + 1);
        double raw = t.isNum(c + 1) ? parseDigits(t.raw(c + 1)) : other == null ? 0
                : other.next() > k ? other.value() / f : other.value(); // "one million" is read with its scale
        if (raw <= 0 || e.value() > COORDINATED_RATIO * raw) {
            return e; // "50,000, 150 or one million": 150 is no share of one million's scale
        }
        return e.scaled(f, e.to());
    }

    /**
     * A letter scale spaced from its number counts when written as a capital right after the
     * number, standing alone, and followed by a lower-case word ("8 B people", "$5 M in aid"): a
     * capital before a name is an initial ("5 M Street"), one glued to digits a model ("140 M809
     * trucks"), one after a scale a class ("4 mln B shares"), and a lower-case letter a unit ("5 m").
     */
    private boolean spacedCapital(Tokens t, int j, String w) {
        return lex.capitalScale(w) && t.raw(j).length() == 1 && Character.isUpperCase(t.firstChar(j))
                && j + 1 < t.size && t.spaced[j + 1] && t.isWord(j + 1) && !Character.isUpperCase(t.firstChar(j + 1));
    }

    /** Glued "m" is metres when no currency stands before and a length follows. */
    private boolean metres(Tokens t, int from, int m) {
        if (from > 0 && lex.currencies().backward(t, from - 1) != null) {
            return false;
        }
        int k = m + 1;
        if (k >= t.size) {
            return false;
        }
        if (t.isNum(k) && !t.spaced[k] || t.isPunct(k, '(') || t.isPunct(k, '\u00B2') || t.gluedDash(k)) {
            return true;
        }
        return t.is(k, "long") || t.is(k, "tall") || t.is(k, "high") || t.is(k, "wide") || t.is(k, "deep");
    }

    // ---- words ----

    private NumberExpr words(Tokens t, int i) {
        if (NumberWords.SCALES.containsKey(t.lower(i)) && (t.isNum(i - 1) || t.gluedDash(i - 1))) {
            return null; // "33-35 billion" the grammar could not read: its "billion" is no figure alone
        }
        // fractions: "one-fifth", "two-thirds", "a third", "half a million", "half of"
        NumberExpr frac = fraction(t, i);
        if (frac != null) {
            return frac;
        }
        if (t.is(i, "a") && t.is(i + 1, "couple") && t.is(i + 2, "of") && t.isWord(i + 3)) {
            String s = t.lower(i + 3);
            Double f = s.equals("hundred") ? Double.valueOf(100) : s.equals("dozen") ? Double.valueOf(12)
                    : NumberWords.SCALES.get(s);
            return f == null ? null : scale(t, NumberExpr.plain(i, i + 4, 2 * f)); // "a couple of hundred"
        }
        NumberWords.Parsed p = NumberWords.parse(t, i);
        if (p == null) {
            return null;
        }
        NumberExpr share = share(t, i, p);
        if (share != null) {
            return share;
        }
        int half = halfAfter(t, p.next());
        if (half > 0) {
            p = new NumberWords.Parsed(p.value() + 0.5, half); // "two-and-a-half"
        }
        if (t.is(i, "one") && p.next() == i + 1 && !countedAfter(t, i + 1) && !percentAt(t, i + 1)
                && !personAfterVerb(t, i)) {
            return null; // "one of", "no one", "one day"; not "one per cent", not "killed one and wounded four"
        }
        if (t.is(i, "one") && (t.is(i - 1, "no") || t.is(i - 1, "same") || t.is(i - 1, "the") || t.is(i - 1, "this")
                || t.is(i - 1, "that") || t.is(i - 1, "any") || t.is(i - 1, "every") || t.is(i - 1, "each")
                || t.is(i - 1, "which") || t.is(i - 1, "another"))) {
            return null; // "the same one": a pronoun
        }
        // "a 41-year-old" style ages in words: "forty-one-year-old"
        if (t.gluedDash(p.next()) && t.is(p.next() + 1, "year") && t.gluedDash(p.next() + 2) && t.is(p.next() + 3, "old")
                && notFigures.personOrNothing(t, p.next() + 4)) {
            return null;
        }
        if ((t.is(p.next(), "years") || t.is(p.next(), "year")) && t.is(p.next() + 1, "old")) {
            return null;
        }
        NumberExpr e = NumberExpr.plain(i, p.next(), p.value());
        return scale(t, e);
    }

    /** "one in five Ukrainians", "one out of three Germans": a share, as a percent. */
    private static NumberExpr share(Tokens t, int i, NumberWords.Parsed p) {
        int k = p.next();
        if (t.is(k, "in")) {
            k++;
        } else if (t.is(k, "out") && t.is(k + 1, "of")) {
            k += 2;
        } else {
            return null;
        }
        NumberWords.Parsed of = t.isWord(k) ? NumberWords.parse(t, k) : null;
        double whole = of != null ? of.value() : t.isNum(k) ? parseDigits(t.raw(k)) : 0;
        int end = of != null ? of.next() : k + 1;
        if (whole <= p.value() || whole > 1000) {
            return null;
        }
        double pct = Math.round(10000.0 * p.value() / whole) / 100.0;
        return new NumberExpr(i, end, pct, pct, pct, NumberExpr.Kind.PLAIN, "percent", "", true);
    }

    /** End of "-and-a-half" / " and a half" at token {@code j}, or -1. */
    private static int halfAfter(Tokens t, int j) {
        int k = j;
        if (t.gluedDash(k)) {
            k++;
        }
        if (!t.is(k, "and")) {
            return -1;
        }
        k++;
        if (t.gluedDash(k)) {
            k++;
        }
        if (!t.is(k, "a")) {
            return -1;
        }
        k++;
        if (t.gluedDash(k)) {
            k++;
        }
        return t.is(k, "half") ? k + 1 : -1;
    }

    /** "per cent", "percent", "pct" at {@code j}: the number before is a share. */
    private static boolean percentAt(Tokens t, int j) {
        return t.is(j, "per") && t.is(j + 1, "cent") || t.is(j, "percent") || t.is(j, "pct");
    }

    private boolean countedAfter(Tokens t, int j) {
        if (!t.isWord(j)) {
            return false;
        }
        String w = t.lower(j);
        if (lex.is(WordClass.FUNCTION_WORD, w)) {
            return false;
        }
        return lex.nounCategory(w) != null || lex.personCategory(w) != null || t.lower(j).endsWith("s")
                || !Character.isUpperCase(t.firstChar(j)) || namedNounAfter(t, j);
    }

    /** A name between the number and its noun: "one Oreshnik missile", "one Patriot battery". */
    private boolean namedNounAfter(Tokens t, int j) {
        if (!t.isWord(j + 1) || !Character.isUpperCase(t.firstChar(j))) {
            return false;
        }
        String next = t.lower(j + 1);
        return lex.nounCategory(next) != null || lex.personCategory(next) != null;
    }

    /**
     * "one" right after a verb of what happened to people, or after the verb and a hedge,
     * closing its phrase ("killed one and wounded four", "killing at least one, officials said"):
     * a person, not a pronoun ("killed one of").
     */
    private boolean personAfterVerb(Tokens t, int i) {
        int before = i - 1;
        PhraseTable.Match hedge = i == 0 ? null : lex.qualifiersBefore().backward(t, i - 1);
        if (hedge != null) {
            before = hedge.from() - 1; // "killed at least one and wounded four": the hedge stands between
        }
        if (before < 0 || lex.verbs().backward(t, before) == null) {
            return false;
        }
        int j = i + 1;
        // the phrase ends: punctuation, the text's end, or a function word other than the partitive "of"
        return j >= t.size || !t.isWord(j) || lex.is(WordClass.FUNCTION_WORD, t.lower(j)) && !t.is(j, "of");
    }

    private NumberExpr fraction(Tokens t, int i) {
        String w = t.lower(i);
        if (w.equals("half")) {
            if (t.is(i + 1, "a") && t.isWord(i + 2)) {
                String s = t.lower(i + 2);
                if (NumberWords.SCALES.containsKey(s) || s.equals("dozen")) {
                    double v = s.equals("dozen") ? 6 : NumberWords.SCALES.get(s) / 2;
                    return NumberExpr.plain(i, i + 3, v);
                }
                if (s.equals("century")) {
                    return new NumberExpr(i, i + 3, 50.0, 50.0, 50.0, NumberExpr.Kind.PLAIN, "years", "", false);
                }
                if (lex.unit(s)) {
                    return NumberExpr.plain(i, i + 2, 0.5); // "half a cup", "half a mile": half of one unit
                }
            }
            if (t.is(i + 1, "of") && (t.is(i - 1, "than") || t.is(i - 1, "about") || t.is(i - 1, "nearly")
                    || t.is(i - 1, "almost") || t.is(i - 1, "over"))) {
                return new NumberExpr(i, i + 1, 50.0, 50.0, 50.0, NumberExpr.Kind.PLAIN, "percent", "", true);
            }
            return null;
        }
        int num;
        int denomAt;
        if (w.equals("a") || w.equals("one")) {
            num = 1;
            denomAt = t.gluedDash(i + 1) ? i + 2 : i + 1;
        } else if (NumberWords.ONES.containsKey(w) && NumberWords.ONES.get(w) < 10 && t.gluedDash(i + 1)) {
            num = NumberWords.ONES.get(w);
            denomAt = i + 2;
        } else {
            return null;
        }
        if (!t.isWord(denomAt)) {
            return null;
        }
        Integer den = NumberWords.DENOMINATORS.get(t.lower(denomAt));
        if (den == null || den == 2 && !t.gluedDash(i + 1)) {
            return null;
        }
        if (t.is(denomAt + 1, "of") && (t.is(denomAt + 2, "a") || t.is(denomAt + 2, "an")) && t.isWord(denomAt + 3)
                && NumberWords.SCALES.containsKey(t.lower(denomAt + 3))) {
            // "a quarter of a million", "three-quarters of a billion": a fraction of a scale is a count
            return NumberExpr.plain(i, denomAt + 4, (double) num / den * NumberWords.SCALES.get(t.lower(denomAt + 3)));
        }
        // "a third" needs "of" after ("a third of Ukraine"), else it is an ordinal ("a third round")
        if (!t.is(denomAt + 1, "of") && !(t.gluedDash(i + 1))) {
            return null;
        }
        if (den == 4 && t.lower(denomAt).startsWith("fourth") && !t.gluedDash(i + 1)
                && !(w.equals("one") && !t.capitalized(denomAt))) {
            return null; // "a fourth" is an ordinal, "the Fourth of July" a day; "one fourth of" a share
        }
        double pct = Math.round(10000.0 * num / den) / 100.0;
        return new NumberExpr(i, denomAt + 1, pct, pct, pct, NumberExpr.Kind.PLAIN, "percent", "", true);
    }

    // ---- vague magnitudes ----

    private NumberExpr vague(Tokens t, int i) {
        PhraseTable.Match m = lex.vague().forward(t, i);
        if (m == null) {
            return null;
        }
        int to = m.to();
        // "thousands" in "tens of thousands of" must not also start "thousands of": the longest wins
        if (!t.capitalized(i) && !t.lineStart[i] && t.isWord(i) && lex.is(WordClass.NOUN_VAGUE, t.lower(i))
                && !t.is(to, "of") && !governed(t, i, to)) {
            return null; // "scores" as in test scores; "kills scores", "scores were injured" count people
        }
        String first = m.phrase().words()[0];
        boolean magnitude = m.to() - m.from() > (first.equals("a") ? 2 : 1); // "several hundred", "a few thousand"
        int next = to;
        while (t.isWord(next) && lex.nounModifier(t.lower(next)) && t.isWord(next + 1)) {
            next++; // "several other people", "a few more soldiers"
        }
        if ((first.equals("several") || first.equals("a")) && !magnitude
                && !(t.isWord(next) && !lex.is(WordClass.FUNCTION_WORD, t.lower(next))) && !t.is(to, "of")) {
            return null; // a bare "several" must count something; "several hundred or even 1,000" does
        }
        double lo = Double.parseDouble(m.phrase().value());
        double hi = Double.parseDouble(m.phrase().extra());
        return new NumberExpr(i, to, null, lo, hi, NumberExpr.Kind.VAGUE, "", "", false);
    }

    /**
     * A people verb governs the words at [{@code from}, {@code to}): right before them ("kills
     * scores") or after them through auxiliaries and adverbs ("scores were also injured").
     */
    private boolean governed(Tokens t, int from, int to) {
        if (from > 0 && lex.verbs().backward(t, from - 1) != null) {
            return true;
        }
        int k = to;
        for (int steps = 0; steps < 3 && t.isWord(k) && lex.is(WordClass.VERB_GAP, t.lower(k)); steps++) {
            k++;
        }
        return t.isWord(k) && lex.verbs().forward(t, k) != null;
    }

    // ---- units ----

    /** Currency before or after, percent after. */
    private NumberExpr units(Tokens t, NumberExpr e) {
        int from = e.from();
        int to = e.to();
        String unit = e.unit();
        String currency = "";
        boolean minus = t.gluedDash(from - 1) && from > 1 && t.type[from - 2] == Tokens.PUNCT;
        PhraseTable.Match before = from > 0 ? lex.currencies().backward(t, from - (minus ? 2 : 1)) : null;
        if (before != null && !"after".equals(before.phrase().extra())
                && (t.type[from - 1] == Tokens.PUNCT || !t.spaced[from] || "either".equals(before.phrase().extra()))) {
            currency = before.phrase().value();
            from = before.from();
            if (minus) {
                e = new NumberExpr(e.from(), e.to(), neg(e.value()), neg(e.high()), neg(e.low()), e.kind(), e.unit(),
                        e.currency(), e.fraction());
            }
        }
        if (to < t.size) {
            if (t.isPunct(to, '%')) {
                return e.withUnit("percent", "", from, to + 1);
            }
            if (t.is(to, "per") && (t.is(to + 1, "cent") || t.is(to + 1, "centum"))) {
                return e.withUnit("percent", "", from, to + 2);
            }
            if (t.is(to, "percent") || t.is(to, "pct") || t.is(to, "pc") && !t.spaced[to]) {
                int end = to + 1;
                if (t.is(end, "points") || t.is(end, "point")) {
                    end++;
                }
                return e.withUnit("percent", "", from, end);
            }
            if (t.is(to, "percentage") && (t.is(to + 1, "points") || t.is(to + 1, "point"))) {
                return e.withUnit("percent", "", from, to + 2);
            }
            PhraseTable.Match after = lex.currencies().forward(t, to);
            if (currency.isEmpty() && after != null && !"before".equals(after.phrase().extra())) {
                currency = after.phrase().value();
                to = after.to();
            }
        }
        if (!currency.isEmpty()) {
            return e.withUnit("money", currency, from, to);
        }
        return unit.equals(e.unit()) ? e : e.withUnit(unit, "", from, to);
    }
}
