package org.claimtally.extract;

import java.util.Set;

/**
 * The phrase that anchors a figure in time: "overnight into Tuesday", "since the start of
 * the day", "in 2025", "on Wednesday". Chosen nearest to the number, after it first.
 */
final class TimeAnchor {

    /**
     * How many words a superlative may stand before "since" and still make it a comparison:
     * "the most intense overnight drone barrage since" holds five.
     */
    static final int COMPARISON_REACH = 6;

    private final Lexicon lex;

    TimeAnchor(Lexicon lex) {
        this.lex = lex;
    }

    /** The anchoring phrase for tokens [from, to) inside sentence [s, e), or "". */
    String find(Tokens t, int from, int to, int s, int e) {
        int[] after = scan(t, to, e, true);
        int[] before = scan(t, s, from, false);
        if (before != null && opensOtherTime(t, before[1] + 1, from)) {
            before = null; // "reopened Friday, days after a blast killed 35": Friday is not the blast's
        }
        int[] pick = after != null ? after : before;
        if (after != null && before != null && after[0] - to > 6 && from - before[1] < 4) {
            pick = before;
        }
        if (pick == null) {
            return "";
        }
        int a = pick[0];
        if (t.isWord(a) && lex.is(WordClass.TIME_STRIP, t.lower(a)) && a < pick[1]) {
            a++;
        }
        return t.text.substring(t.start[a], t.end[pick[1]]);
    }

    /**
     * Whether tokens [i, figure) hold a conjunction opening a clause of another time, with no
     * comma after it: the figure then stands inside that clause ("on Tuesday, after heavy
     * shelling, 12 were killed" keeps its day: the clause closed before the figure).
     */
    private boolean opensOtherTime(Tokens t, int i, int figure) {
        for (int k = figure - 1; k >= i; k--) {
            if (t.isPunct(k, ',')) {
                return false;
            }
            if (t.isWord(k) && lex.is(WordClass.TIME_CLAUSE, t.lower(k)) && t.isWord(k + 1)
                    && !lex.is(WordClass.SPAN_STOP, t.lower(k + 1))) {
                return true; // not the adverb closing "a year before and …"
            }
        }
        return false;
    }

    /** First (or last) time phrase in [i, e). */
    private int[] scan(Tokens t, int i, int e, boolean first) {
        int[] found = null;
        for (int k = i; k < e; k++) {
            int[] p = phraseAt(t, k, e);
            if (p != null && comparedSince(t, k)) {
                k = p[1]; // "the deadliest attack since May 2015": a comparison, not the figure's time
                continue;
            }
            if (p != null) {
                if (first) {
                    return p;
                }
                found = p;
                k = p[1];
            }
        }
        return found;
    }

    private int[] phraseAt(Tokens t, int k, int e) {
        if (!t.isWord(k)) {
            return null;
        }
        PhraseTable.Match start = lex.timeStarts().forward(t, k);
        boolean timeWord = lex.timeWord(t.lower(k)) && (t.capitalized(k) || t.is(k, "overnight")
                || t.is(k, "today") || t.is(k, "yesterday"));
        if (start == null && !timeWord) {
            return possessiveDay(t, k) ? new int[] {k, k} : null;
        }
        int j = start != null ? start.to() : k + 1;
        boolean anchored = timeWord || start != null && lex.timeWord(t.lower(start.to() - 1));
        int last = start != null ? start.to() - 1 : k;
        while (j < e) {
            if (t.isWord(j) && lex.timeWord(t.lower(j)) && (t.capitalized(j) || !monthLike(t.lower(j)))) {
                anchored = true;
                last = j;
            } else if (t.isNum(j) && (isYearOrDay(t, j) || anchored && laterDay(t, j))) {
                anchored = true;
                last = j;
            } else if (!(t.isWord(j) && lex.is(WordClass.TIME_INNER, t.lower(j)) || t.gluedDash(j))) {
                break;
            }
            j++;
        }
        if (!anchored && start != null && t.is(start.to() - 1, "of")) {
            int noun = periodNoun(t, start.to(), e);
            if (noun > 0) {
                anchored = true; // "since the beginning of the war": the start names a running period
                last = noun;
            }
        }
        if (anchored && t.is(last, "day") && t.is(last + 1, "of") && onlyAnchor(t, k, last)) {
            return null; // "on the day of the harbour summit": an event named, not a window of time
        }
        return anchored ? new int[] {k, last} : null;
    }

    /**
     * "Fridays market shelling": a weekday's possessive without its apostrophe, before the noun
     * of what happened that day; not the habitual plural ("on Saturdays and Sundays").
     */
    private boolean possessiveDay(Tokens t, int k) {
        return t.capitalized(k) && lex.weekdayPossessive(t.lower(k)) && t.isWord(k + 1)
                && Character.isLowerCase(t.firstChar(k + 1)) && !lex.is(WordClass.FUNCTION_WORD, t.lower(k + 1));
    }

    /**
     * "the war", "the full-scale invasion", a headline's "war": after a start ending in "of", the
     * noun of the period it names (past "the", through inner words and dashed compounds, at most
     * five tokens); -1 if none.
     */
    private int periodNoun(Tokens t, int j, int e) {
        // a headline drops the article after a word of a period's bounds: "since start of war" (not "as of close")
        boolean bound = t.isWord(j - 2) && lex.is(WordClass.TIME_INNER, t.lower(j - 2)) && !t.is(j - 2, "the");
        if (!t.is(j, "the") && !bound) {
            return -1;
        }
        int from = t.is(j, "the") ? j + 1 : j;
        int noun = -1;
        for (int k = from; k < e && k < from + 5; k++) {
            if (t.gluedDash(k)) {
                continue;
            }
            if (!t.isWord(k) || lex.is(WordClass.TIME_STRIP, t.lower(k)) || t.is(k, "of") || t.is(k, "and")
                    || !Character.isLowerCase(t.firstChar(k)) || lex.is(WordClass.FUNCTION_WORD, t.lower(k))) {
                break;
            }
            noun = k; // "the war", "the full-scale invasion": the last word of the phrase heads it
        }
        return noun;
    }

    /**
     * Whether the phrase at {@code k} opens with a running-total cue ("since") that a superlative
     * shortly before turns into a comparison ("the highest level since 1979").
     */
    private boolean comparedSince(Tokens t, int k) {
        if (!lex.calendar().cumulative().contains(t.lower(k))) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - COMPARISON_REACH && !t.isPunct(j, ',') && !t.isPunct(j, '.'); j--) {
            if (t.isWord(j) && lex.is(WordClass.SUPERLATIVE, t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code last} is the phrase's only time word. */
    private boolean onlyAnchor(Tokens t, int k, int last) {
        for (int j = k; j < last; j++) {
            if (t.isNum(j) || t.isWord(j) && lex.timeWord(t.lower(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean monthLike(String w) {
        return w.equals("may") || w.equals("march");
    }

    /** The second day of "March 14 and 31", "April 1-15", "February 2 to 26". */
    private boolean laterDay(Tokens t, int j) {
        if (!dayOfMonth(t.raw(j)) || !(t.is(j - 1, "and") || t.is(j - 1, "to") || t.gluedDash(j - 1))) {
            return false;
        }
        int k = j + 1;
        String next = t.isWord(k) ? t.lower(k) : "";
        return !t.isPunct(k, '%') && !next.equals("percent") && !next.equals("pct") && !next.equals("per")
                && lex.scale(next) == null && lex.nounCategory(next) == null && lex.personCategory(next) == null;
    }

    private static boolean dayOfMonth(String raw) {
        return raw.length() <= 2 && raw.chars().allMatch(Character::isDigit) && Integer.parseInt(raw) <= 31;
    }

    /** "2025"; a day of the month beside its month ("21 August", "August 21"), not "on 37 sales". */
    private boolean isYearOrDay(Tokens t, int j) {
        String raw = t.raw(j);
        if (raw.length() == 4) {
            int y = Integer.parseInt(raw.replaceAll("\\D", "0"));
            return y >= 1900 && y <= 2100;
        }
        if (!dayOfMonth(raw)) {
            return false;
        }
        return t.isWord(j + 1) && lex.timeWord(t.lower(j + 1)) || t.isWord(j - 1) && lex.timeWord(t.lower(j - 1));
    }
}
