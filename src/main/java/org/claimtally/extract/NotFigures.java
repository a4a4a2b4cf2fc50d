package org.claimtally.extract;

import java.util.Set;

/**
 * What looks like a number but is no figure: names ("Su-34", "G7", "Article 5", "PS4"),
 * ordinals, clock times, dates, years, ages, phone numbers, codes ("the 90050 ZIP code"),
 * addresses and list numbering. The number grammar asks before it reads digits.
 */
final class NotFigures {

    private final Lexicon lex;

    /** A month's name or abbreviation, as the lexicon's calendar lists them. */
    private boolean month(String lower) {
        return lex.calendar().months().containsKey(lower);
    }

    NotFigures(Lexicon lex) {
        this.lex = lex;
    }

    /** Names, ordinals, clock times, dates, ages, phone numbers and list numbering. */
    boolean rejectDigits(Tokens t, int i, boolean rangeEnd) {
        return lettersAfter(t, i) || lettersBefore(t, i, rangeEnd) || codeOrPhone(t, i) || nameAgeOrDate(t, i)
                || citation(t, i);
    }

    /**
     * "held the ridge.[41]", "as reported[12]": a number alone in square brackets glued
     * to the text before it marks a footnote; an editor's bracketed count stands apart ("killed [12]").
     */
    private static boolean citation(Tokens t, int i) {
        int open = i - 1;
        return t.isPunct(open, '[') && !t.spaced[open] && open > 0 && t.isPunct(i + 1, ']') && !t.spaced[i]
                && !t.spaced[i + 1];
    }

    /** "4th", "1990s", "7E", "7 p.m.", "10 GMT"; but "25k" is a scale and "640bhp" a unit. */
    private boolean lettersAfter(Tokens t, int i) {
        int next = i + 1;
        // glued letters after: "4th", "1990s", "G7" handled below, "25k" is a scale
        if (t.isWord(next) && !t.spaced[next]) {
            String w = t.lower(next);
            if (lex.is(WordClass.ORDINAL_SUFFIX, w) || w.equals("s") || lex.is(WordClass.CLOCK_WORD, w)) {
                return true;
            }
            if (!lex.gluedScale(w) && lex.scale(w) == null && lex.currencies().forward(t, next) == null
                    && !unitLike(w) && !lex.unit(w) && !gluedUnit(t, next)) {
                return true; // "7E", "9AB8": a code
            }
        }
        // "7 p.m.", "10 GMT"
        return t.isWord(next) && t.spaced[next] && (t.is(next, "a.m") || t.is(next, "p.m") || t.is(next, "am")
                && t.isPunct(next + 1, '.') || t.is(next, "pm") || t.is(next, "gmt") || t.is(next, "utc"));
    }

    /** "G7", "MH17", "Su-34", "PS4", "COVID -19", "#3", "the 90050 ZIP code". */
    private boolean lettersBefore(Tokens t, int i, boolean rangeEnd) {
        int next = i + 1;
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
                && allCaps(t, prev - 1) && t.raw(i).indexOf('.') < 0 && !t.isPunct(next, '%')) {
            return true; // "COVID -19", "MH -17": a name split by a stray space; "DAX -0.6%" is a change
        }
        // "#3", "the 90050 ZIP code"
        return t.isPunct(prev, '#') || t.isPunct(prev, '№') || t.isWord(next) && lex.nameAfter(t.lower(next))
                || nameOfAChange(t, i);
    }

    /**
     * A whole number between a word and a verb of change is part of the name that changed: an
     * index or a product ("the Stoxx 600 rose", "the sp 500 fell"), not a count of what rose.
     * A count before such a verb stands after a function word, a hedge or a number ("more than
     * 300 rose", "of the 500 stocks, 300 fell").
     */
    private boolean nameOfAChange(Tokens t, int i) {
        int prev = i - 1;
        int next = i + 1;
        Lexicon.TrendWord change = t.isWord(next) ? lex.trend(t.lower(next)) : null;
        if (!t.isWord(prev) || !t.spaced[i] || change == null || !change.before() || change.after()
                || t.raw(i).indexOf('.') >= 0 || t.raw(i).indexOf(',') >= 0) {
            return false; // "closed 15 down", "650 more stores": words that follow a figure make it one
        }
        // the verb goes on to its own figure, a function word or an adverb ("rose 1%", "fell sharply"), not to a noun it
        // qualifies as an adjective ("17 advanced transport systems")
        int after = next + 1;
        if (!(after >= t.size || t.isNum(after) || t.type[after] == Tokens.PUNCT
                || t.isWord(after) && (lex.is(WordClass.FUNCTION_WORD, t.lower(after)) || t.lower(after).endsWith("ly"))
                || lex.currencies().forward(t, after) != null || lex.qualifiersBefore().forward(t, after) != null)) {
            return false;
        }
        String w = t.lower(prev);
        return !lex.is(WordClass.FUNCTION_WORD, w) && lex.qualifiersBefore().backward(t, prev) == null
                && !NumberWords.isNumberWord(w) && lex.trend(w) == null && lex.scale(w) == null
                && lex.currencies().backward(t, prev) == null && lex.verbs().backward(t, prev) == null;
    }

    /** "0958", "+44 20 7946", "10:30", "4/5/17", "555-123-4567", list numbering "1.". */
    private boolean codeOrPhone(Tokens t, int i) {
        int prev = i - 1;
        int next = i + 1;
        String raw = t.raw(i);
        if (raw.length() > 1 && raw.charAt(0) == '0' && Character.isDigit(raw.charAt(1))) {
            return true; // "0958": codes and phone numbers, never counts
        }
        if (t.isNum(prev) && t.spaced[i] && !endsDate(t, prev) || t.isNum(next) && t.spaced[next]) {
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
        // phone numbers: "+44 20 7946 0958", "(212) 555"
        return t.isPunct(prev, '+') && !t.spaced[i] && t.isNum(next);
    }

    /** "Article 5", "No. 5", "Dana Whitlow, 26, said", "50 Larch Hollow Road", dates and ages. */
    private boolean nameAgeOrDate(Tokens t, int i) {
        int prev = i - 1;
        int next = i + 1;
        // "Article 5", "Flight 17", "No. 5", "category 5 hurricane"
        if (t.isWord(prev) && lex.nameBefore(t.lower(prev)) && (t.capitalized(prev) || lex.is(WordClass.LOWER_NAME, t.lower(prev)))) {
            return true;
        }
        // "page 2 of 10", "Part 4 of 6": the count after a name's number is part of the name
        if (t.is(prev, "of") && t.isNum(prev - 1) && smallWhole(t.raw(i)) && t.isWord(prev - 2) && lex.nameBefore(t.lower(prev - 2))
                && (t.capitalized(prev - 2) || lex.is(WordClass.LOWER_NAME, t.lower(prev - 2)))) {
            return true;
        }
        // "Dana Whitlow, 26, said": an age in apposition
        if (t.isPunct(prev, ',') && t.capitalized(prev - 1) && t.isPunct(next, ',') && t.raw(i).length() <= 3
                && t.raw(i).indexOf(',') < 0) {
            return true;
        }
        if (t.isPunct(prev, '.') && t.isWord(prev - 1) && lex.nameBefore(t.lower(prev - 1)) && t.capitalized(prev - 1)) {
            return true;
        }
        return address(t, i) || isDate(t, i) || isAge(t, i);
    }

    /** One to three digits: the size of a numbered series ("of 6"), not an amount ("of 280,505 dlrs"). */
    private static boolean smallWhole(String raw) {
        if (raw.isEmpty() || raw.length() > 3) {
            return false;
        }
        for (int c = 0; c < raw.length(); c++) {
            if (!Character.isDigit(raw.charAt(c))) {
                return false;
            }
        }
        return true;
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

    /** "50 Larch Hollow Road", "9 E 71st St": capitalised words ending in a street word. */
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
        if (t.isWord(prev) && month(t.lower(prev)) && !t.is(prev, "may")) {
            return true; // "August 21", "Aug. 21"
        }
        if (t.is(prev, "may") && t.capitalized(prev)) {
            return true;
        }
        int next = i + 1;
        if (t.isWord(next) && lex.is(WordClass.ORDINAL_SUFFIX, t.lower(next))) {
            next++;
        }
        if (t.is(next, "of")) {
            next++;
        }
        return t.isWord(next) && month(t.lower(next)) && (!t.is(next, "may") || t.capitalized(next))
                && (!t.is(next, "march") || t.capitalized(next));
    }

    /**
     * Whether the number at {@code k} ends a written date: a day or a year after a month's name
     * ("Mar 2015", "Jun 5", "Jun 5 2019"), a year after "in" or "on" ("in 1988"), or the year of a
     * numeric date ("06-06-2016"). A figure right after one
     * opens its own phrase, as in a dateline run into a headline without punctuation ("Tue 03 Mar
     * 2015 12 dead in raids"), and is no digit group of a phone number.
     */
    private boolean endsDate(Tokens t, int k) {
        String raw = t.raw(k);
        if (raw.length() > 4 || !isDigits(raw)) {
            return false;
        }
        int n = Integer.parseInt(raw);
        int before = t.isPunct(k - 1, '.') ? k - 2 : k - 1;
        boolean afterMonth = t.isWord(before) && month(t.lower(before));
        if (raw.length() == 4 && n >= FIRST_DATED_YEAR && n <= LAST_DATED_YEAR) {
            // "Mar 2015", "Jun 5 2019", "06-06-2016"
            // "in 1994 4000 people": a year after the preposition of a time phrase ends it too
            boolean afterPreposition = t.isWord(k - 1) && lex.is(WordClass.TIME_STRIP, t.lower(k - 1));
            return afterMonth || afterPreposition || t.isNum(k - 1) && endsDate(t, k - 1) && t.raw(k - 1).length() <= 2
                    || k >= 2 && !t.spaced[k] && t.gluedDash(k - 1) && t.isNum(k - 2);
        }
        return afterMonth && raw.length() <= 2 && n <= LAST_DAY;
    }

    /** Years a dateline gives: modern reporting and its archives. */
    static final int FIRST_DATED_YEAR = 1800;
    static final int LAST_DATED_YEAR = 2100;
    /** The last day a month has. */
    static final int LAST_DAY = 31;

    private static boolean isDigits(String s) {
        for (int j = 0; j < s.length(); j++) {
            if (!Character.isDigit(s.charAt(j))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private boolean isAge(Tokens t, int i) {
        int next = i + 1;
        if (t.gluedDash(next) && t.is(next + 1, "year") || t.gluedDash(next) && t.is(next + 1, "years")) {
            if (t.gluedDash(next + 2) && t.is(next + 3, "old")) {
                return personOrNothing(t, next + 4); // "a 42-year-old man", not "a six-year-old conflict"
            }
        }
        if ((t.is(next, "years") || t.is(next, "year")) && t.is(next + 1, "old")) {
            return true;
        }
        if ((t.is(next, "year") || t.is(next, "month")) && t.gluedDash(next + 1) && t.is(next + 2, "old")) {
            return personOrNothing(t, next + 3); // "a 51 year-old man", but "a 2,901 year-old site"
        }
        if ((t.is(next, "and") || t.is(next, "or") || t.is(next, "to")) && t.isNum(next + 1)
                && (t.is(next + 2, "years") || t.is(next + 2, "year")) && t.is(next + 3, "old")) {
            return true; // "14 and 15 years old": both are ages
        }
        if (t.is(i - 1, "of") && t.isWord(i - 2) && lex.is(WordClass.AGE_NOUN, t.lower(i - 2))
                && (t.is(next, "years") || t.is(next, "year"))) {
            return true; // "a girl of 12 years"
        }
        return t.is(i - 1, "aged") || t.is(i - 1, "age") || t.is(i - 2, "age") && t.is(i - 1, "of");
    }

    /**
     * After "N-year-old": a person (an age, no claim) or a thing ("a six-year-old conflict",
     * a duration). Describing words are skipped ("an 11-year-old red-haired girl"); a verb
     * straight after means the age stands for a person ("the 10-year-old survived.").
     */
    boolean personOrNothing(Tokens t, int k) {
        if (!t.isWord(k) || lex.is(WordClass.FUNCTION_WORD, t.lower(k))) {
            return true;
        }
        if (pastVerb(t, k)) {
            return true;
        }
        for (int hops = 0; hops < 3 && t.isWord(k); hops++) {
            String w = t.lower(k);
            if (lex.personCategory(w) != null || lex.is(WordClass.AGE_NOUN, w) || Character.isUpperCase(t.firstChar(k))) {
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
    private boolean pastVerb(Tokens t, int k) {
        return t.lower(k).endsWith("ed") && (!t.isWord(k + 1) || lex.is(WordClass.FUNCTION_WORD, t.lower(k + 1)));
    }

    private boolean describing(String w) {
        return lex.is(WordClass.DESCRIBING, w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("al")
                || w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ish") || w.endsWith("ic"));
    }



    /**
     * A bare four-digit number between 1800 and 2100 is a year unless something counted follows,
     * or a hedge that only quantities take stands before it ("more than 1001 customers").
     */
    boolean isYear(Tokens t, int i, double v) {
        String raw = t.raw(i);
        if (raw.length() != 4 || v < FIRST_YEAR_LIKE || v > LAST_YEAR_LIKE || raw.indexOf('.') >= 0) {
            return false;
        }
        boolean hedged = t.is(i - 1, "than") && (t.is(i - 2, "more") || t.is(i - 2, "fewer") || t.is(i - 2, "less"))
                || t.is(i - 1, "least") && t.is(i - 2, "at") || t.is(i - 1, "many") && t.is(i - 2, "as");
        if (hedged && countFollows(t, i + 1)) {
            return false; // "more than 1001 customers", "more than 1500 were hurt"; but "at least 1990 will"
        }
        int prev = i - 1;
        if (prev >= 0 && t.type[prev] == Tokens.PUNCT && lex.currencies().forward(t, prev) != null) {
            return false;
        }
        if ((t.is(prev, "from") || t.is(prev, "between")) && (t.is(i + 1, "to") || t.is(i + 1, "and"))
                && t.isNum(i + 2) && (countFollows(t, i + 3) || plainCount(t, i + 2))) {
            return false; // "from 1000 to 2000 workers", "between 1200 and 3,500": the first end of a count, like the second
        }
        if ((t.is(prev, "to") || t.is(prev, "and")) && t.isNum(prev - 1) && (t.is(prev - 2, "from")
                || t.is(prev - 2, "between")) && (countFollows(t, i + 1) || plainCount(t, prev - 1))) {
            return false; // and the second end ("between 400 and 1200": no year has 400 for its other end)
        }
        if (t.isWord(prev) && month(t.lower(prev)) || t.isPunct(prev, '.') && t.isWord(prev - 1)
                && month(t.lower(prev - 1))) {
            return true; // "Apr 2017", "February 2022"
        }
        int next = i + 1;
        if (t.capitalized(next) && !lex.unit(t.lower(next))) {
            return true; // "2019 Death toll": a dateline, not a count
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
                if (lex.singularNoun(w) && !lex.is(WordClass.SAME_PLURAL, w)) {
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

    /**
     * Whether the number at {@code k}, the other end of a range, is a plain count no year could
     * be: whole digits (commas allowed, no leading zero, no decimals), outside the years' span or
     * written with a comma, with no multiplier or unit after it ("500", "3,500"; not "2019",
     * "0720", "119.3 billion").
     */
    private boolean plainCount(Tokens t, int k) {
        String raw = t.raw(k);
        if (raw.isEmpty() || raw.charAt(0) == '0' || !raw.chars().allMatch(c -> Character.isDigit(c) || c == ',')
                || t.isWord(k + 1) && (lex.scale(t.lower(k + 1)) != null || lex.unit(t.lower(k + 1)))) {
            return false;
        }
        if (raw.indexOf(',') >= 0) {
            return true;
        }
        long v = raw.length() > 9 ? Long.MAX_VALUE : Long.parseLong(raw);
        return v < FIRST_YEAR_LIKE || v > LAST_YEAR_LIKE;
    }

    /** The span of bare four-digit numbers read as years unless something says otherwise. */
    private static final int FIRST_YEAR_LIKE = 1000;
    private static final int LAST_YEAR_LIKE = 2200;

    /** A plural-looking lower-case word, or a plural verb, right after: what a count, not a year, takes. */
    private static boolean countFollows(Tokens t, int k) {
        if (!t.isWord(k) || !t.spaced[k] || t.capitalized(k)) {
            return false;
        }
        String w = t.lower(k);
        return Counted.plainPlural(w) || w.equals("were") || w.equals("are") || w.equals("have");
    }

}
