package org.claimtally.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises number expressions at a token: digits ("2,514", "1.5 million", "$3bn", "25k"),
 * words ("twenty-five thousand"), fractions ("one-fifth"), vague magnitudes ("tens of
 * thousands"), ranges ("20-30", "between 20 and 30") and percents. It rejects what is not a
 * figure: years, dates, clock times, ordinals, names ("Su-34", "G7", "Article 5"), ages,
 * phone numbers and list numbering. Linear in the tokens it looks at; no regular expressions.
 */
final class NumberGrammar {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
    private static final Set<String> CLOCK = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "cet", "est", "edt",
            "bst", "o'clock", "h");
    private static final Set<String> LOWER_NAMES = Set.of("category", "level", "phase", "type", "class", "version",
            "model", "grade", "stage", "gate", "article", "flight", "route", "platform", "chapter", "section");
    private static final Set<String> AGE_AFTER = Set.of("year-old", "years-old", "month-old");

    private final Lexicon lex;

    /** Words a figure can begin with, and their first letters (lower case, ASCII). */
    private final Set<String> starters;
    private final boolean[] starterLetters = new boolean[128];

    NumberGrammar(Lexicon lex) {
        this.lex = lex;
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
        return range(t, base);
    }

    /** One number with its scale, currency and percent, no range. */
    private NumberExpr single(Tokens t, int i) {
        return single(t, i, false);
    }

    /** {@code rangeEnd}: the number is the second end of a range being parsed ("20-30"). */
    private NumberExpr single(Tokens t, int i, boolean rangeEnd) {
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
        return e;
    }

    private static Double neg(Double d) {
        return d == null ? null : -d;
    }

    // ---- digits ----

    private NumberExpr digits(Tokens t, int i, boolean rangeEnd) {
        NumberExpr frac = slashFraction(t, i);
        if (frac != null) {
            return frac;
        }
        if (rejectDigits(t, i, rangeEnd)) {
            return null;
        }
        double v = parseDigits(t.raw(i));
        NumberExpr e = NumberExpr.plain(i, i + 1, v);
        NumberExpr sci = scientific(t, e);
        if (sci != e) {
            return sci;
        }
        if (isYear(t, i, v)) {
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

    /** "1⁄32" (fraction slash) or "1/16 of": a share, as a percent. Dates ("4/5/17", "24/7") are not. */
    private static NumberExpr slashFraction(Tokens t, int i) {
        int slash = i + 1;
        if (slash + 1 >= t.size || t.spaced[slash] || t.spaced[slash + 1] || !t.isNum(slash + 1)) {
            return null;
        }
        char c = t.firstChar(slash);
        boolean fractionSlash = c == '\u2044' && t.type[slash] == Tokens.PUNCT;
        boolean plainSlash = c == '/' && t.type[slash] == Tokens.PUNCT && t.is(slash + 2, "of")
                && !t.isPunct(slash + 2, '/') && (i == 0 || !t.isPunct(i - 1, '/'));
        if (!fractionSlash && !plainSlash) {
            return null;
        }
        double num = parseDigits(t.raw(i));
        double den = parseDigits(t.raw(slash + 1));
        if (den <= num || den == 0 || t.raw(i).contains(".") || t.raw(slash + 1).contains(".")) {
            return null;
        }
        double pct = 100.0 * num / den;
        return new NumberExpr(i, slash + 2, pct, pct, pct, NumberExpr.Kind.PLAIN, "percent", "", true);
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

    /** Names, ordinals, clock times, dates, ages, phone numbers and list numbering. */
    private boolean rejectDigits(Tokens t, int i, boolean rangeEnd) {
        int next = i + 1;
        // glued letters after: "4th", "1990s", "G7" handled below, "25k" is a scale
        if (t.isWord(next) && !t.spaced[next]) {
            String w = t.lower(next);
            if (ORDINAL_SUFFIX.contains(w) || w.equals("s") || CLOCK.contains(w)) {
                return true;
            }
            if (!lex.gluedScale(w) && lex.scale(w) == null && lex.currencies().forward(t, next) == null
                    && !unitLike(w) && !lex.unit(w) && !gluedUnit(t, next)) {
                return true; // "7E", "9AB8": a code
            }
        }
        if (t.isWord(next) && t.spaced[next] && (t.is(next, "a.m") || t.is(next, "p.m") || t.is(next, "am")
                && t.isPunct(next + 1, '.') || t.is(next, "pm") || t.is(next, "gmt") || t.is(next, "utc"))) {
            return true; // "7 p.m.", "10 GMT"
        }
        // glued letters or a letter-dash before: "G7", "Su-34", "Kh-101", "COVID-19", "MH17"
        int prev = i - 1;
        if (prev >= 0 && !t.spaced[i]) {
            if (t.isWord(prev) && lex.currencies().forward(t, prev) == null && lex.currencies().backward(t, prev) == null) {
                return true; // "G7", "MH17"; but "$US55,931,000", "Br5" carry a currency
            }
            if (t.isWord(prev) && t.raw(i).length() == 1 && !(t.isWord(next) && lex.scale(t.lower(next)) != null)) {
                return true; // "PS4", "PS5": letters glued to one bare digit name a model, not £4
            }
            if (t.gluedDash(prev) && (t.isWord(prev - 1) && !t.is(prev - 1, "minus") && !t.is(prev - 1, "sub")
                    || t.isNum(prev - 1) && !rangeEnd)) {
                return true; // "Su-34"; "89-89": the second half of a score, met on its own
            }
            if (t.isPunct(prev, '/') || t.isPunct(prev, ':') || t.isPunct(prev, '#') || t.isPunct(prev, '@')
                    || t.isPunct(prev, '.') && t.isNum(prev - 1)) {
                return true;
            }
        }
        if (prev >= 1 && !t.spaced[i] && t.spaced[prev] && t.type[prev] == Tokens.PUNCT && Tokens.isDash(t.firstChar(prev))
                && allCaps(t, prev - 1)) {
            return true; // "COVID -19", "MH -17": a name split by a stray space
        }
        if (t.isPunct(prev, '#') || t.isPunct(prev, '№') || t.isWord(next) && lex.nameAfter(t.lower(next))) {
            return true; // "#3", "the 90049 ZIP code"
        }
        String raw = t.raw(i);
        if (raw.length() > 1 && raw.charAt(0) == '0' && Character.isDigit(raw.charAt(1))) {
            return true; // "0958": codes and phone numbers, never counts
        }
        if (t.isNum(prev) && t.spaced[i] || t.isNum(next) && t.spaced[next]) {
            return true; // "+44 20 7946": a run of bare digit groups is a phone or code number
        }
        // glued punctuation after: "10:30", "4/5/17", "24/7" (fractions are read in digits())
        if (next < t.size && !t.spaced[next] && t.type[next] == Tokens.PUNCT && next + 1 < t.size
                && !t.spaced[next + 1] && t.isNum(next + 1)) {
            char c = t.firstChar(next);
            if (c == ':' || c == '/' || c == '.') {
                return true;
            }
            if (Tokens.isDash(c) && t.gluedDash(next + 2) && t.isNum(next + 3)) {
                return true; // 555-123-4567
            }
        }
        // list numbering: "1." or "2)" opening a line
        if (t.lineStart[i] && (t.isPunct(next, '.') || t.isPunct(next, ')'))) {
            return true;
        }
        // "Article 5", "Flight 17", "No. 5", "category 4 hurricane"
        if (t.isWord(prev) && lex.nameBefore(t.lower(prev)) && (t.capitalized(prev) || LOWER_NAMES.contains(t.lower(prev)))) {
            return true;
        }
        // "Jamie Armstrong, 25, said": an age in apposition
        if (t.isPunct(prev, ',') && t.capitalized(prev - 1) && t.isPunct(next, ',') && t.raw(i).length() <= 3
                && t.raw(i).indexOf(',') < 0) {
            return true;
        }
        if (t.isPunct(prev, '.') && t.isWord(prev - 1) && lex.nameBefore(t.lower(prev - 1)) && t.capitalized(prev - 1)) {
            return true;
        }
        if (address(t, i)) {
            return true;
        }
        if (isDate(t, i) || isAge(t, i)) {
            return true;
        }
        // phone numbers: "+44 20 7946 0958", "(212) 555"
        return t.isPunct(prev, '+') && !t.spaced[i] && t.isNum(next);
    }

    /** "COVID", "MH": a word of two or more capitals and no lower-case letter. */
    private static boolean allCaps(Tokens t, int k) {
        if (!t.isWord(k) || t.end[k] - t.start[k] < 2) {
            return false;
        }
        for (int c = t.start[k]; c < t.end[k]; c++) {
            if (Character.isLowerCase(t.text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** Letters glued after digits that read as a unit: "640bhp", "54GB", "120Hz", "5G", "118.5p". */
    private static boolean gluedUnit(Tokens t, int k) {
        String raw = t.raw(k);
        if (k + 1 < t.size && !t.spaced[k + 1] && t.isNum(k + 1)) {
            return false; // "9AB8": a postcode
        }
        if (raw.length() > 5) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                upper++;
            }
        }
        return upper <= 2 || raw.length() <= 2;
    }

    /** "49 Zorro Ranch Road", "9 E 71st St": capitalised words ending in a street word. */
    private boolean address(Tokens t, int i) {
        for (int k = i + 1; k <= i + 4 && k < t.size; k++) {
            if (!t.isWord(k) && !t.isNum(k)) {
                return false;
            }
            if (t.isWord(k) && !Character.isUpperCase(t.firstChar(k))) {
                return false;
            }
            if (t.isWord(k) && lex.street(t.lower(k)) && (k > i + 1 || t.raw(k).length() <= 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unitLike(String w) {
        return w.length() <= 3 && (w.equals("km") || w.equals("kg") || w.equals("mm") || w.equals("cm")
                || w.equals("mw") || w.equals("kw") || w.equals("gw") || w.equals("bpd") || w.equals("ha")
                || w.equals("t") || w.equals("mph") || w.equals("kph") || w.equals("pc") || w.equals("pct")
                || w.equals("x") || w.equals("ft") || w.equals("lb") || w.equals("g") || w.equals("l")
                || w.equals("min") || w.equals("hr") || w.equals("mb") || w.equals("gb") || w.equals("tb")
                || w.equals("mi") || w.equals("oz"));
    }

    private boolean isDate(Tokens t, int i) {
        String raw = t.raw(i);
        if (raw.length() > 2) {
            return false;
        }
        int prev = i - 1;
        if (t.isPunct(prev, '.')) {
            prev--;
        }
        if (t.isWord(prev) && MONTHS.contains(t.lower(prev)) && !t.is(prev, "may")) {
            return true; // "August 21", "Aug. 21"
        }
        if (t.is(prev, "may") && t.capitalized(prev)) {
            return true;
        }
        int next = i + 1;
        if (t.isWord(next) && ORDINAL_SUFFIX.contains(t.lower(next))) {
            next++;
        }
        if (t.is(next, "of")) {
            next++;
        }
        return t.isWord(next) && MONTHS.contains(t.lower(next)) && (!t.is(next, "may") || t.capitalized(next))
                && (!t.is(next, "march") || t.capitalized(next));
    }

    private boolean isAge(Tokens t, int i) {
        int next = i + 1;
        if (t.gluedDash(next) && t.is(next + 1, "year") || t.gluedDash(next) && t.is(next + 1, "years")) {
            if (t.gluedDash(next + 2) && t.is(next + 3, "old")) {
                return personOrNothing(t, next + 4); // "a 41-year-old man", not "a six-year-old conflict"
            }
        }
        if ((t.is(next, "years") || t.is(next, "year")) && t.is(next + 1, "old")) {
            return true;
        }
        if ((t.is(next, "year") || t.is(next, "month")) && t.gluedDash(next + 1) && t.is(next + 2, "old")) {
            return personOrNothing(t, next + 3); // "a 50 year-old man", but "a 2,900 year-old site"
        }
        if ((t.is(next, "and") || t.is(next, "or") || t.is(next, "to")) && t.isNum(next + 1)
                && (t.is(next + 2, "years") || t.is(next + 2, "year")) && t.is(next + 3, "old")) {
            return true; // "14 and 15 years old": both are ages
        }
        if (t.is(i - 1, "of") && t.isWord(i - 2) && AGE_NOUNS.contains(t.lower(i - 2))
                && (t.is(next, "years") || t.is(next, "year"))) {
            return true; // "a girl of 12 years"
        }
        return t.is(i - 1, "aged") || t.is(i - 1, "age") || t.is(i - 2, "age") && t.is(i - 1, "of");
    }

    /**
     * After "N-year-old": a person (an age, no claim) or a thing ("a six-year-old conflict",
     * a duration). Describing words are skipped ("a 10-year-old red-haired girl"); a verb
     * straight after means the age stands for a person ("the 10-year-old survived.").
     */
    private boolean personOrNothing(Tokens t, int k) {
        if (!t.isWord(k) || Stopwords.is(t.lower(k))) {
            return true;
        }
        if (pastVerb(t, k)) {
            return true;
        }
        for (int hops = 0; hops < 3 && t.isWord(k); hops++) {
            String w = t.lower(k);
            if (lex.personCategory(w) != null || AGE_NOUNS.contains(w) || Character.isUpperCase(t.firstChar(k))) {
                return true;
            }
            if (t.gluedDash(k + 1) && t.isWord(k + 2)) {
                k += 3; // "red-haired", "well-known"
            } else if (describing(w)) {
                k++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** "survived." "died in": an -ed word with no noun after it. */
    private static boolean pastVerb(Tokens t, int k) {
        return t.lower(k).endsWith("ed") && (!t.isWord(k + 1) || Stopwords.is(t.lower(k + 1)));
    }

    private static boolean describing(String w) {
        return DESCRIBING.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("al")
                || w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ish") || w.endsWith("ic"));
    }

    private static final Set<String> DESCRIBING = Set.of("young", "little", "small", "big", "tall", "old", "new",
            "blind", "sick", "poor", "only", "other");

    private static final Set<String> AGE_NOUNS = Set.of("boy", "girl", "son", "daughter", "mother", "father",
            "grandmother", "grandfather", "wife", "husband", "brother", "sister", "suspect", "driver", "gunman",
            "student", "resident", "victim", "male", "female", "man", "woman", "child", "person",
            "who", "was", "is", "had", "has", "said");

    /**
     * A bare four-digit number between 1800 and 2100 is a year unless something counted follows,
     * or a hedge that only quantities take stands before it ("more than 1000 customers").
     */
    private boolean isYear(Tokens t, int i, double v) {
        String raw = t.raw(i);
        if (raw.length() != 4 || v < 1000 || v > 2200 || raw.indexOf('.') >= 0) {
            return false;
        }
        boolean hedged = t.is(i - 1, "than") && (t.is(i - 2, "more") || t.is(i - 2, "fewer") || t.is(i - 2, "less"))
                || t.is(i - 1, "least") && t.is(i - 2, "at") || t.is(i - 1, "many") && t.is(i - 2, "as");
        if (hedged && countFollows(t, i + 1)) {
            return false; // "more than 1000 customers", "more than 1500 were hurt"; but "at least 1990 will"
        }
        int prev = i - 1;
        if (prev >= 0 && t.type[prev] == Tokens.PUNCT && lex.currencies().forward(t, prev) != null) {
            return false;
        }
        if (t.isWord(prev) && MONTHS.contains(t.lower(prev)) || t.isPunct(prev, '.') && t.isWord(prev - 1)
                && MONTHS.contains(t.lower(prev - 1))) {
            return true; // "Apr 2017", "February 2022"
        }
        int next = i + 1;
        if (t.capitalized(next) && !lex.unit(t.lower(next))) {
            return true; // "2017 Death toll": a dateline, not a count
        }
        if (next < t.size) {
            if (t.isPunct(next, '%')) {
                return false;
            }
            if (t.isWord(next) && lex.unit(t.lower(next)) && !t.capitalized(next)) {
                return false; // "1520 sq m", "1112 p"
            }
            if (t.isWord(next)) {
                String w = t.lower(next);
                if (lex.singularNoun(w) && !SAME_PLURAL.contains(w)) {
                    return true; // "1986 year", "1985 loss": more than one of a thing takes a plural
                }
                if (lex.nounCategory(w) != null || lex.personCategory(w) != null || lex.scale(w) != null
                        || lex.currencies().forward(t, next) != null || w.equals("percent") || w.equals("per")
                        || w.equals("pct")) {
                    return lex.nounCategory(w) != null && lex.nounCategory(w).startsWith("duration")
                            && t.is(i - 1, "in");
                }
                if (lex.verbs().forward(t, next) != null && !t.is(i - 1, "in") && !t.is(i - 1, "since")) {
                    return false; // "2000 killed"
                }
            }
        }
        return true;
    }

    /** A plural-looking lower-case word, or a plural verb, right after: what a count, not a year, takes. */
    private static boolean countFollows(Tokens t, int k) {
        if (!t.isWord(k) || !t.spaced[k] || t.capitalized(k)) {
            return false;
        }
        String w = t.lower(k);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                || w.equals("were") || w.equals("are") || w.equals("have");
    }

    /** Nouns whose plural is the singular, or that are always plural in sense ("2000 police"). */
    private static final Set<String> SAME_PLURAL = Set.of("people", "police", "personnel", "staff", "cattle",
            "livestock", "sheep", "fish", "deer", "aircraft", "military", "infantry", "crew", "militia", "youth",
            "clergy", "poultry", "swine", "offspring", "kin", "folk", "artillery", "ammunition", "equipment");

    private NumberExpr scale(Tokens t, NumberExpr e) {
        int j = e.to();
        while (j < t.size && t.isWord(j)) {
            String w = t.lower(j);
            Double f = lex.scale(w);
            if (f == null || t.spaced[j] && lex.gluedScale(w) && (w.length() == 1 || w.equals("mn"))) {
                break;
            }
            if (w.equals("m") && !t.spaced[j] && metres(t, e.from(), j)) {
                break; // "a 37m (121ft) skeleton", "32m2": metres
            }
            e = e.scaled(f, j + 1);
            j++;
        }
        return e;
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
        if (t.is(i, "one") && p.next() == i + 1 && !countedAfter(t, i + 1)) {
            return null; // "one of", "no one", "one day"
        }
        if (t.is(i, "one") && (t.is(i - 1, "no") || t.is(i - 1, "same") || t.is(i - 1, "the") || t.is(i - 1, "this")
                || t.is(i - 1, "that") || t.is(i - 1, "any") || t.is(i - 1, "every") || t.is(i - 1, "each")
                || t.is(i - 1, "which") || t.is(i - 1, "another"))) {
            return null; // "the same one": a pronoun
        }
        // "a 41-year-old" style ages in words: "forty-one-year-old"
        if (t.gluedDash(p.next()) && t.is(p.next() + 1, "year") && t.gluedDash(p.next() + 2) && t.is(p.next() + 3, "old")
                && personOrNothing(t, p.next() + 4)) {
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

    private boolean countedAfter(Tokens t, int j) {
        if (!t.isWord(j)) {
            return false;
        }
        String w = t.lower(j);
        if (Stopwords.is(w)) {
            return false;
        }
        return lex.nounCategory(w) != null || lex.personCategory(w) != null || t.lower(j).endsWith("s")
                || !Character.isUpperCase(t.firstChar(j));
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
        // "a third" needs "of" after ("a third of Ukraine"), else it is an ordinal ("a third round")
        if (!t.is(denomAt + 1, "of") && !(t.gluedDash(i + 1))) {
            return null;
        }
        if (den == 4 && t.lower(denomAt).startsWith("fourth") && !t.gluedDash(i + 1)) {
            return null;
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
        if (!t.capitalized(i) && !t.lineStart[i] && t.isWord(i) && t.lower(i).equals("scores")
                && !t.is(to, "of")) {
            return null; // "scores" as in test scores
        }
        String first = m.phrase().words()[0];
        boolean magnitude = m.to() - m.from() > (first.equals("a") ? 2 : 1); // "several hundred", "a few thousand"
        if ((first.equals("several") || first.equals("a")) && !magnitude
                && !(t.isWord(to) && !Stopwords.is(t.lower(to))) && !t.is(to, "of")) {
            return null; // a bare "several" must count something; "several hundred or even 1,000" does
        }
        double lo = Double.parseDouble(m.phrase().value());
        double hi = Double.parseDouble(m.phrase().extra());
        return new NumberExpr(i, to, null, lo, hi, NumberExpr.Kind.VAGUE, "", "", false);
    }

    // ---- ranges and units ----

    /**
     * "20-30", "20 to 30", "20 or 30", "between 20 and 30", "from $200,000 to $414 million",
     * "1 per cent to 1.5 per cent": both ends may carry units; a scale after the second end
     * applies to a bare first end ("$1.5-2 million"). A glued dash between equal or falling
     * numbers is a score ("3-1", "89-89"): no figure at all.
     */
    private NumberExpr range(Tokens t, NumberExpr a) {
        if (a.kind() != NumberExpr.Kind.PLAIN || a.fraction()) {
            return a;
        }
        int j = a.to();
        boolean between = t.is(a.from() - 1, "between") || t.is(a.from() - 2, "between") && t.type[a.from() - 1] == Tokens.PUNCT;
        boolean from = t.is(a.from() - 1, "from") || t.is(a.from() - 2, "from") && t.type[a.from() - 1] == Tokens.PUNCT;
        boolean dash = j < t.size && t.type[j] == Tokens.PUNCT && Tokens.isDash(t.firstChar(j))
                && (t.gluedDash(j) || t.firstChar(j) != '-');
        boolean word = t.is(j, "to") || t.is(j, "or") || between && t.is(j, "and");
        int unitAfterB = 0;
        if (!dash && !word) {
            // "from $75 U.S. per barrel to $45.88", "1.3 A/cm2 to 0.03 A/cm2": words between the ends
            int to = from ? spannedTo(t, j) : repeatedUnitTo(t, j);
            if (to < 0) {
                return a;
            }
            unitAfterB = from ? 0 : to - j;
            j = to;
        }
        int bStart = j + 1;
        while (bStart < t.size && t.type[bStart] == Tokens.PUNCT && lex.currencies().forward(t, bStart) != null) {
            bStart++; // "$200,000 to $414 million"
        }
        if (!t.isNum(bStart) && !(t.isWord(bStart) && NumberWords.isNumberWord(t.lower(bStart)))) {
            return a;
        }
        NumberExpr b = single(t, bStart, true);
        if (b == null) {
            return dash && t.isNum(bStart) && t.gluedDash(j) ? null : a; // "1987-88"
        }
        if (!a.unit().isEmpty() && !b.unit().isEmpty() && !a.unit().equals(b.unit())
                || !a.currency().isEmpty() && !b.currency().isEmpty() && !a.currency().equals(b.currency())) {
            return a; // "23 cts or 203,372 dlrs", "18 sen to RM23.50"
        }
        boolean spanned = j > a.to();
        if (unitAfterB > 0 && !sameTokens(t, a.to(), b.to(), unitAfterB)
                || spanned && unitAfterB == 0 && !sameUnitOrNone(t, a.to(), b.to())) {
            return a; // "15 miles to 20 km", "from six months to 20 years": no like with like
        }
        if (spanned && (t.is(b.to(), "or") || t.is(b.to(), "to") || t.gluedDash(b.to()) && t.isNum(b.to() + 1))) {
            return a; // "from 11 pct in 1979 to three or four pct": the second end is a range of its own
        }
        double lo = a.value();
        double hi = b.value();
        double rawB = t.isNum(bStart) ? parseDigits(t.raw(bStart)) : withoutScale(t, b);
        if (!spanned && (t.isNum(a.from()) || t.isNum(a.to() - 1))) {
            double f = rawB == 0 ? 1 : hi / rawB;
            if (f > 1 && lo * f <= hi && lo == rawA(t, a)) {
                lo = lo * f;
            }
        }
        // after a rise or fall, "X to Y" is a change and the level it reached ("rose 5 pct to 30 pct",
        // "eased 11p to 459p", "rose 141 to 619.") when X carries its own unit, Y has none or is far above
        // X; "fell 2 to 3 pct" and "could drop 1.3 to four mln barrels" are ranges
        boolean ownUnit = spanned || unitAfter(t, a); // a scale, "pct" or a currency after X; "$89" has none
        boolean bareB = t.isNum(b.to() - 1) && !(t.isWord(b.to()) && !Stopwords.is(t.lower(b.to()))); // "rose 141 to 619."
        if (!from && t.is(j, "to") && lo > 0 && (ownUnit || bareB || hi > 5 * lo)
                && (t.is(a.from() - 1, "by") || afterTrend(t, a.from()))) {
            return a;
        }
        if (lo == hi || lo > hi && !from && unitAfterB == 0) { // "1.3 A/cm2 to 0.03 A/cm2" may fall
            return dash && t.gluedDash(j) ? null : a;
        }
        String unit = b.unit().isEmpty() ? a.unit() : b.unit();
        String currency = b.currency().isEmpty() ? a.currency() : b.currency();
        return new NumberExpr(a.from(), b.to(), null, Math.min(lo, hi), Math.max(lo, hi), NumberExpr.Kind.RANGE,
                unit, currency, false);
    }

    /** Words that end the stretch between "from X" and "to Y": a new clause or another comparison. */
    private static final Set<String> SPAN_STOPS = Set.of("and", "or", "but", "which", "who", "that", "while", "as",
            "with", "from", "than", "when", "where", "after", "before", "because", "if", "for", "against");

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

    /** A rise or fall word in the three words before the figure: "rose", "was up", "cut ... by". */
    private boolean afterTrend(Tokens t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            Lexicon.TrendWord w = t.isWord(k) ? lex.trend(t.lower(k)) : null;
            if (w != null && w.before() && !(t.is(k, "up") && t.is(k + 1, "to")) && lex.notTrend().backward(t, k) == null) {
                return true; // but "up to 252 miles" is a hedge, "makes up" no rise
            }
        }
        return false;
    }

    /**
     * The unit word after "from X" and after "to Y" agree ("bolivars … bolivars", "pct … pct"),
     * or one end has none ("from $75 U.S. per barrel to $45.88 on December 20").
     */
    private static boolean sameUnitOrNone(Tokens t, int afterA, int afterB) {
        if (!unitWord(t, afterA) || !unitWord(t, afterB)) {
            return true;
        }
        String x = t.lower(afterA);
        String y = t.lower(afterB);
        return x.equals(y) || (x + "s").equals(y) || (y + "s").equals(x) || y.equals(initials(t, afterA));
    }

    /** "miles per gallon" as "mpg", "kilometres per hour" as "kph": the initials of a unit of words. */
    private static String initials(Tokens t, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < t.size && i < k + 4 && t.isWord(i) && (i == k || t.is(i, "per") || !Stopwords.is(t.lower(i))); i++) {
            sb.append(t.lower(i).charAt(0));
        }
        return sb.length() > 1 ? sb.toString() : "";
    }

    private static boolean unitWord(Tokens t, int k) {
        return t.isWord(k) && !Stopwords.is(t.lower(k)) && !t.capitalized(k);
    }

    /**
     * "from $75 U.S. per barrel to $45.88", "from 20 miles per gallon in 2008 to 29 mpg", "from
     * $36,040 at 10.45pm to $34,935": up to seven tokens of unit, place or time between "from X"
     * and "to"; the index of "to", or -1. A number in between must be a time ("in 2008", "at 5am").
     */
    private int spannedTo(Tokens t, int j) {
        for (int k = j; k < t.size && k < j + 8; k++) {
            if (t.is(k, "to")) {
                return k > j ? k : -1;
            }
            if (t.lineStart[k]) {
                return -1;
            }
            if (t.isWord(k)) {
                if (SPAN_STOPS.contains(t.lower(k)) || t.capitalized(k) && t.raw(k).length() > 3
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

    /** "1.3 A/cm2 to 0.03 A/cm2", "15 miles to 20 miles": one to four unit tokens, then "to"; or -1. */
    private static int repeatedUnitTo(Tokens t, int j) {
        for (int k = j; k < t.size && k < j + 5; k++) {
            if (t.is(k, "to")) {
                return k > j ? k : -1;
            }
            if (t.lineStart[k] || !t.isWord(k) && !(k > j && !t.spaced[k])) {
                return -1; // words, or marks and digits glued inside the unit ("A/cm2")
            }
            if (t.isWord(k) && SPAN_STOPS.contains(t.lower(k))) {
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

    /** "four mln" as 4: a word number's value before its scale word. */
    private double withoutScale(Tokens t, NumberExpr b) {
        Double f = t.isWord(b.to() - 1) && b.to() - 1 > b.from() ? lex.scale(t.lower(b.to() - 1)) : null;
        return f == null || b.value() == null ? b.value() : b.value() / f;
    }

    /** The first end as written, before any scale word of its own. */
    private static double rawA(Tokens t, NumberExpr a) {
        for (int k = a.from(); k < a.to(); k++) {
            if (t.isNum(k)) {
                return k + 1 == a.to() || !t.isWord(k + 1) ? parseDigits(t.raw(k)) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static double parseOrOne(Tokens t, int i) {
        double v = t.isNum(i) ? parseDigits(t.raw(i)) : 1;
        return v == 0 ? 1 : v;
    }

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
