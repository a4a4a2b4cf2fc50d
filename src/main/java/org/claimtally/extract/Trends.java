package org.claimtally.extract;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Trend;

/**
 * Whether a figure is a rise or a fall: "rose 5%", "grow sales by 36 per cent", "a 31 per
 * cent increase", "Dow +0.2%". The words are the lexicon's {@code trend} rows; the level a
 * change arrives at ("rose 5% to 30") has none, and neither has a phrasal verb that only looks
 * like one ("gave up 517 yards", lexicon kind {@code not_trend}).
 */
final class Trends {
    /** A trend and the words that gave it, quoted, for {@code --explain}. */
    record Found(Trend trend, String cue) {
        static final Found NONE = new Found(Trend.NONE, "");
    }

    private final Lexicon lex;

    Trends(Lexicon lex) {
        this.lex = lex;
    }

    /** The trend of figure {@code e} with hedge {@code q}, from the words around it alone. */
    Found find(Tokens t, NumberExpr e, Qualifiers.Found q, String category) {
        if (t.isPunct(e.from() - 1, '+') && !t.spaced[e.from()] && e.from() == q.from()) {
            return new Found(Trend.UP, "'+'"); // "Dow +0.2%"
        }
        Found before = before(t, q.from(), "money".equals(category) || bareAmount(t, e, category));
        return before.trend() != Trend.NONE ? before : after(t, q.to(), "percent".equals(category));
    }

    /**
     * A rise or fall word in the three words before token {@code from}, hedges not yet known:
     * "rose 5 pct to 30", "was up 11p to 459p"; but "up to 253 miles" is a hedge and "makes up" no
     * rise. The grammar asks this to tell a change and its level from a range.
     */
    static boolean wordShortlyBefore(Lexicon lex, Tokens t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            Lexicon.TrendWord w = t.isWord(k) ? lex.trend(t.lower(k)) : null;
            if (w != null && w.before() && !(t.is(k, "up") && t.is(k + 1, "to")) && lex.notTrend().backward(t, k) == null) {
                return true;
            }
        }
        return false;
    }

    /** "280 million" with nothing counted after it: an amount, as money is ("raised 280 million of"). */
    private boolean bareAmount(Tokens t, NumberExpr e, String category) {
        return "count".equals(category) && e.to() - e.from() > 1 && t.isWord(e.to() - 1)
                && NumberWords.SCALES.containsKey(t.lower(e.to() - 1)) && (!t.isWord(e.to()) || lex.is(WordClass.FUNCTION_WORD, t.lower(e.to())));
    }

    /**
     * A trend word just before the figure: "rose 5%", "was up 20 cents", "grew by just 4%",
     * "revised upward by Y=41 billion". Between them only "by", "a further" and, after "by",
     * one more word ("grow sales by 36 per cent"); "rose to 30" names a level, not a change.
     */
    private Found before(Tokens t, int from, boolean money) {
        boolean by = t.is(from - 1, "by");
        int reach = by ? 4 : 3;
        for (int k = from - 1; k >= 0 && k >= from - reach; k--) {
            if (t.isWord(k)) {
                Lexicon.TrendWord w = lex.trend(t.lower(k));
                w = w != null && w.before() ? w : null;
                if (w != null && (!w.adjacent() || k == from - 1)) {
                    if (lex.notTrend().backward(t, k) != null || w.notMoney() && money && !by && !changeOfLevel(t, k, from)) {
                        return Found.NONE; // "gave up 517 yards"; "raised $280 million" is money raised
                    }
                    return found(w, t.lower(k));
                }
                if (w != null) {
                    continue; // "up sharply by": a trend word that does not head this figure
                }
            }
            if (!skippable(t, k, from, reach)) {
                break;
            }
        }
        return Found.NONE;
    }

    private static Found found(Lexicon.TrendWord w, String word) {
        return new Found(w.up() ? Trend.UP : Trend.DOWN, "'" + word + "'");
    }

    /** "prices were raised 50 cts to 17.85 dlrs": a passive, or a change with its new level. */
    private static boolean changeOfLevel(Tokens t, int verb, int from) {
        if (t.is(verb - 1, "was") || t.is(verb - 1, "were") || t.is(verb - 1, "been") || t.is(verb - 1, "be")
                || t.is(verb - 1, "being") || t.is(verb - 1, "is") || t.is(verb - 1, "are")) {
            return true;
        }
        for (int k = from + 1; k < t.size && k < from + 6; k++) {
            if (t.is(k, "to") && (t.isNum(k + 1) || k + 1 < t.size && t.type[k + 1] == Tokens.PUNCT && t.isNum(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean skippable(Tokens t, int k, int from, int reach) {
        return t.is(k, "by") || t.is(k, "further") || t.is(k, "another") || t.is(k, "additional")
                || (t.is(k, "a") || t.is(k, "an")) && (t.is(k + 1, "further") || t.is(k + 1, "additional"))
                || reach == 4 && k == from - 2 && t.isWord(k);
    }

    /** "a 32 per cent increase", "34.4% higher" (rises in shares only: "5% more"). */
    private Found after(Tokens t, int to, boolean percent) {
        if (!t.isWord(to)) {
            return Found.NONE;
        }
        Lexicon.TrendWord w = lex.trend(t.lower(to));
        if (w == null || !w.after() || w.afterPercentOnly() && !percent) {
            return Found.NONE;
        }
        return found(w, t.lower(to));
    }

    /**
     * A figure with no trend words of its own that continues the figure just before it in the
     * sentence: a conversion, "dropped by 1.2 to 1.6 degrees Celsius (2.2 to 2.9 Fahrenheit)";
     * an elided verb in a list, "were down 2.4%, Millbrook by 2.7%".
     */
    static Found inherited(Tokens t, Qualifiers.Found q, List<Claim> prior, int sentenceStart) {
        if (prior.isEmpty()) {
            return Found.NONE;
        }
        Claim last = prior.get(prior.size() - 1);
        int from = q.from();
        if (last.trend() == Trend.NONE || last.sentenceStart() != sentenceStart || from < 1
                || last.end() > t.start[from - 1]) {
            return Found.NONE;
        }
        String gap = t.text.substring(last.end(), t.start[from - 1]).strip();
        boolean conversion = t.isPunct(from - 1, '(') && unitWords(gap); // "1.6 degrees Celsius (2.2 to 2.9 Fahrenheit)"
        boolean elided = t.is(from - 1, "by") && elidedSubject(gap);
        return conversion || elided ? new Found(last.trend(), "carried from '" + last.figure() + "'") : Found.NONE;
    }

    /** Nothing, or one or two words of letters: the unit the claim's quote left out ("Celsius"). */
    private static boolean unitWords(String gap) {
        int words = gap.isEmpty() ? 0 : 1;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return words <= 2;
    }

    /** ", Burlington", "and Foot Locker": a comma or "and", then one to four capitalised words. */
    private static boolean elidedSubject(String gap) {
        String g = gap.startsWith(",") ? gap.substring(1).strip() : gap.startsWith("and ") ? gap.substring(4) : null;
        if (g == null || g.isEmpty()) {
            return false;
        }
        String[] words = g.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals("&") && !w.equals("of")) {
                return false;
            }
        }
        return true;
    }
}
