package org.claimtally.extract;

import java.util.Set;

/**
 * Decides what a number counts, from the noun after it and the verbs around it:
 * "29 missiles" (missiles), "killing four people" (killed), "2,514 killed" (killed),
 * "26 missiles successfully intercepted" (missiles, intercepted), "the death toll was at
 * least 24" (killed). Works inside one sentence's tokens.
 */
final class Counted {
    /** What was found: category, action, the token span to add to the quote, the cue. */
    record Found(String category, String action, int from, int to, String cue, String noun) {
    }

    private static final int NOUN_WINDOW = 4;
    /**
     * Tokens a subject before its number may span, head and modifiers ("the death toll from the
     * strike on the bus carrying refugees … was"): a headline's subject runs to a dozen words.
     */
    private static final int SUBJECT_TOKENS = 14;
    /** The action of the lexicon's loss verbs ("lost", "losing"). */
    private static final String LOSS = "lost";

    private final Lexicon lex;

    Counted(Lexicon lex) {
        this.lex = lex;
    }

    /** {@code nounFrom}: where the counted noun may start (after the number, or after a hedge that follows it). */
    Found find(Tokens t, NumberExpr e, int qualFrom, int nounFrom, int sentStart, int sentEnd) {
        if ("percent".equals(e.unit())) {
            return new Found("percent", "", e.from(), e.to(), "percent", "");
        }
        if ("money".equals(e.unit())) {
            return new Found("money", "", e.from(), e.to(), "currency", "");
        }
        if ("years".equals(e.unit())) {
            return new Found("duration_years", "", e.from(), e.to(), "century", "");
        }
        int head = headNoun(t, nounFrom, sentEnd);
        Found f = byNounOrVerb(t, e, head, qualFrom, sentStart, sentEnd);
        if (head >= 0 && lex.isPeople(f.category()) && ratioAfter(t, head + 1)) {
            // "three to four losses for every defending soldier lost": a ratio, not a toll
            return new Found("count", "", e.from(), head + 1, "noun '" + t.lower(head) + "' in a ratio", t.lower(head));
        }
        return f;
    }

    private Found byNounOrVerb(Tokens t, NumberExpr e, int head, int qualFrom, int sentStart, int sentEnd) {
        String noun = head >= 0 ? t.lower(head) : "";
        String person = head >= 0 ? lex.personCategory(noun) : null;
        String listed = head >= 0 ? compoundCategory(t, head) : null;
        String thing = person == null ? listed : null;
        int after = head >= 0 ? head + 1 : e.to();
        if (thing != null && lex.needsPeople(noun) && !peopleBetween(t, e.to(), head)
                && !(head > 0 && t.isWord(head - 1) && lex.nounCategory(t.lower(head - 1) + " " + t.lower(head)) != null)) {
            // "a 9 mln dlr loss", "loan losses": a loss of people is one of "soldier losses", "Russian losses"
            boolean money = false;
            for (int k = e.to(); k < head && !money; k++) {
                money = lex.currencies().forward(t, k) != null;
            }
            return new Found(money ? "money" : "count", "", e.from(), head + 1, "noun '" + noun + "' without people", noun);
        }
        if (thing != null) {
            Found both = combined(t, thing, e, head, sentEnd);
            return both != null ? both : withAction(t, thing, e, qualFrom, head, sentStart, sentEnd);
        }
        if (head >= 0 && person == null && lex.currencies().forward(t, head) != null) {
            // "31 mln Canadian dlrs", "2.7 billion U.S. dlrs": whose currency stands between figure and word
            return new Found("money", "", e.from(), head + 1, "currency '" + noun + "'", "");
        }
        if (head >= 0 && person == null) {
            return new Found("count", "", e.from(), head + 1, "noun '" + noun + "'", noun);
        }
        Found verb = verbAround(t, after, qualFrom, sentStart, sentEnd, head >= 0 ? head : e.to() - 1, person != null);
        if (verb != null && head >= 0 && !lex.verbDecides(noun, verb.category())) {
            verb = null;
        }
        if (verb != null && "troops".equals(person) && "displaced".equals(verb.category()) && !withCivilians(t, head + 1)) {
            // "several hundred fighters who were granted safe passage": fighters moved are still fighters
            return new Found(person, verb.action(), verb.from(), verb.to(), verb.cue() + ", counted as " + person, noun);
        }
        if (verb != null) {
            return verb;
        }
        if (listed != null && !lex.isPeople(listed)) {
            // "homes", listed as a thing and as people-like: an outage verb makes them affected, else they are the thing
            return withAction(t, listed, e, qualFrom, head, sentStart, sentEnd);
        }
        Found toll = nounBefore(t, qualFrom, sentStart, person != null);
        if (toll != null) {
            return toll;
        }
        if (person != null) {
            return new Found(person, "", e.from(), head + 1, "person noun '" + noun + "'", noun);
        }
        return new Found("count", "", e.from(), head >= 0 ? head + 1 : e.to(), head >= 0 ? "noun '" + noun + "'" : "",
                noun);
    }

    /**
     * The category of the noun at {@code head}, read with the word before it when the lexicon
     * lists the two as one noun ("mortar rounds" are shells, "rounds" of talks are not).
     */
    private String compoundCategory(Tokens t, int head) {
        if (head > 0 && t.isWord(head - 1) && t.spaced[head]) {
            String pair = lex.nounCategory(t.lower(head - 1) + " " + t.lower(head));
            if (pair != null) {
                return pair;
            }
        }
        return lex.nounCategory(t.lower(head));
    }

    /**
     * Whether a people verb stands right before the figure whose phrase starts at {@code j}
     * (past its number and a hedge): "killing 12", "wounding dozens more".
     */
    private boolean verbBefore(Tokens t, int j) {
        for (int b = j - 1; b >= 0 && b >= j - NOUN_WINDOW; b--) {
            if (t.isWord(b) && lex.verbs().backward(t, b) != null) {
                return true;
            }
            if (t.isPunct(b, ',') || t.isPunct(b, '.')) {
                return false;
            }
        }
        return false;
    }

    /** "insurgents and their families", "fighters with civilians": others than combatants go with them. */
    private boolean withCivilians(Tokens t, int k) {
        if (!t.is(k, "and") && !t.is(k, "with")) {
            return false;
        }
        for (int j = k + 1; j < t.size && j <= k + 3 && t.isWord(j); j++) {
            String cat = lex.personCategory(t.lower(j));
            if (cat != null && !cat.equals("troops")) {
                return true;
            }
        }
        return false;
    }

    /** "for every soldier", "for each Ukrainian", "per 100,000 people": the figure is a ratio. */
    private static boolean ratioAfter(Tokens t, int k) {
        return t.is(k, "for") && (t.is(k + 1, "every") || t.is(k + 1, "each")) || t.is(k, "per") && !t.is(k + 1, "cent");
    }

    /** "last year", "this month", "next week": a time phrase opens at token {@code k}. */
    private boolean timePhrase(Tokens t, int k) {
        if (!t.isWord(k) || !lex.is(WordClass.TIME_MODIFIER, t.lower(k)) || !t.isWord(k + 1)) {
            return false;
        }
        String next = t.lower(k + 1);
        String cat = lex.nounCategory(next);
        return lex.timeWord(next) || cat != null && cat.startsWith("duration");
    }

    /**
     * A head another figure may share (elision, a part of a whole): people, or things of a core
     * category. Measures ("10 pct", "a 10-year") are read by their own units and share nothing.
     */
    private boolean countedHead(Tokens t, int h) {
        if (h < 0) {
            return false;
        }
        String w = t.lower(h);
        String thing = lex.nounCategory(w);
        return lex.personCategory(w) != null || thing != null && lex.isCore(thing);
    }

    /** A quotation mark or an opening bracket, which may stand between a figure and its noun. */
    private static boolean openingQuote(Tokens t, int k) {
        if (t.type[k] != Tokens.PUNCT) {
            return false;
        }
        char c = t.firstChar(k);
        // spaced before it, so that "707's" and 'hundreds" of' are no quotes
        return t.spaced[k] && (c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '[');
    }

    /** The closing bracket of an editor's insertion opened at {@code k} within a few words; -1 if none. */
    private static int bracketEnd(Tokens t, int k, int sentEnd) {
        if (t.firstChar(k) != '[') {
            return -1;
        }
        for (int c = k + 1; c < sentEnd && c <= k + INSERTION_TOKENS + 1; c++) {
            if (t.isPunct(c, ']')) {
                return c + 1 < sentEnd && t.isWord(c + 1) ? c : -1;
            }
        }
        return -1;
    }

    /** Whether the word at {@code k} is a counted noun or a noun of people. */
    private boolean namesNoun(Tokens t, int k) {
        return t.isWord(k) && (lex.personCategory(t.lower(k)) != null || lex.nounCategory(t.lower(k)) != null);
    }

    /** An opening quotation mark or bracket in the few tokens before {@code k}: the noun was quoted. */
    private static boolean quotedBefore(Tokens t, int k) {
        for (int b = k - 1; b >= 0 && b >= k - NOUN_WINDOW; b--) {
            if (openingQuote(t, b)) {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark or a closing bracket after a quoted or inserted noun. */
    private static boolean closingQuote(Tokens t, int k) {
        if (t.type[k] != Tokens.PUNCT) {
            return false;
        }
        char c = t.firstChar(k);
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ']';
    }

    /** "organizations", "drones"; not "press", "bonus", "crisis". */
    static boolean plainPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** The word after a noun continues the compound: a known noun, or a plain plural noun. */
    private boolean compoundNext(Tokens t, int k) {
        String w = t.lower(k);
        if (lex.is(WordClass.FUNCTION_WORD, w) || lex.timeWord(w) || lex.verbs().forward(t, k) != null || lex.action(w) != null
                || Character.isUpperCase(t.firstChar(k))) {
            return false;
        }
        if (lex.nounCategory(w) != null || lex.personCategory(w) != null) {
            return true;
        }
        return plainPlural(w);
    }

    /** The head noun of the phrase after a number, skipping a few modifiers; -1 if none. */
    int headNoun(Tokens t, int j, int sentEnd) {
        return headNoun(t, j, sentEnd, true);
    }

    /** {@code elide}: whether the head may be the noun of a coordinated figure ("12 ballistic and 5 cruise missiles"). */
    private int headNoun(Tokens t, int j, int sentEnd, boolean elide) {
        int k = j;
        int skipped = 0;
        while (k < sentEnd && skipped <= NOUN_WINDOW) {
            if (t.gluedDash(k)) {
                k++;
                continue;
            }
            if (k == j && openingQuote(t, k)) {
                int close = bracketEnd(t, k, sentEnd);
                // 'seven "martyrs"', 'four [civilians]': the noun behind a quotation mark or an insertion;
                // "three million [long-range attack] drones": an editor's insertion that names no noun is skipped
                j = close > 0 && !namesNoun(t, close - 1) ? close + 1 : j + 1;
                k = j;
                continue;
            }
            if (!t.isWord(k)) {
                return -1;
            }
            String w = t.lower(k);
            if (k > j && timePhrase(t, k)) {
                return -1; // "205 mln bolivars last year": "last year" says when, it is not what is counted
            }
            if (lex.personCategory(w) != null || lex.nounCategory(w) != null) {
                // compounds: "Ukrainian soldiers", "apartment buildings", "death camps": the last noun heads
                while (k + 1 < sentEnd && t.isWord(k + 1) && compoundNext(t, k + 1)) {
                    k++;
                }
                int beyond = t.capitalized(k) ? beyondDemonym(t, k, sentEnd) : -1;
                return beyond >= 0 ? beyond : k;
            }
            PhraseTable.Match people = t.capitalized(k) ? lex.demonyms().forward(t, k) : null;
            int after = people == null ? -1 : t.isPunct(people.to(), '.') && !t.spaced[people.to()] ? people.to() + 1 : people.to();
            if (people != null && after < sentEnd && t.isWord(after) && !t.capitalized(after)) {
                skipped++; // "44 US cruise missiles", "6,200 U.S. troops": whose, then what
                k = after;
                continue;
            }
            if (elide && w.equals("of") && k == j && t.isNum(k + 1)) {
                // "20 of 25 drones": the part counts what the whole counts
                int h = headNoun(t, k + 2, sentEnd, false);
                return countedHead(t, h) ? h : -1;
            }
            if (w.equals("of") && k == j || k == j + 1 && t.is(j, "of") && lex.is(WordClass.POSSESSIVE, w)) {
                k++;
                continue;
            }
            if (k == j && lex.nounModifier(w) && t.isWord(k + 1)) {
                skipped++; // "3,001 more troops", "two other people"
                k++;
                continue;
            }
            if (lex.is(WordClass.FUNCTION_WORD, w) || lex.verbs().forward(t, k) != null || lex.action(w) != null
                    || lex.claimVerbs().forward(t, k) != null // "put the toll at 85, adding that": a verb of saying is no noun
                    || lex.timeWord(w) || lex.trend(w) != null && lex.trend(w).before() && k > j) {
                return -1;
            }
            if (elide && k == j && !plainPlural(w) && (t.is(k + 1, "and") || t.is(k + 1, "or")) && t.isNum(k + 2)) {
                // "12 ballistic and 5 cruise missiles": a modifier whose noun is the next figure's
                int h = headNoun(t, k + 3, sentEnd, false);
                if (countedHead(t, h)) {
                    return h;
                }
            }
            if ((t.is(k + 1, "and") || t.is(k + 1, "or")) && k + 2 < sentEnd && t.isWord(k + 2)
                    && !lex.is(WordClass.FUNCTION_WORD, t.lower(k + 2)) && skipped + 2 <= NOUN_WINDOW) {
                skipped += 2; // "military and civilian casualties"
                k += 2;
                continue;
            }
            if (lex.nounCategory(w) == null && lex.personCategory(w) == null && lex.claimVerbs().forward(t, k + 1) != null
                    && verbBefore(t, j)) {
                return -1; // "wounding dozens more observers said": who said it, not what was counted
            }
            if (k == j && plainPlural(w) && t.isWord(k + 1) && !t.capitalized(k) && !t.capitalized(k + 1)
                    && lex.nounCategory(t.lower(k + 1)) == null
                    && lex.personCategory(t.lower(k + 1)) == null && !compoundNext(t, k + 1)) {
                return k; // "two organizations put Ukrainian losses at …": the plural right after the number heads
            }
            boolean last = k + 1 >= sentEnd || !t.isWord(k + 1) && !t.gluedDash(k + 1)
                    || lex.is(WordClass.FUNCTION_WORD, t.lower(k + 1)) || timePhrase(t, k + 1) || t.isWord(k + 1) && lex.verbs().forward(t, k + 1) != null;
            if (last) {
                return Character.isUpperCase(t.firstChar(k)) && k == j && !t.lower(k).endsWith("s") ? -1 : k;
            }
            skipped++;
            k++;
        }
        return -1;
    }

    /**
     * The noun a capitalised people word only modifies ("41,000 Korvian battlefield fatalities",
     * "millions of Russian and Ukrainian casualties"): past other demonyms joined by "and"/"or" and
     * a few lower-case modifiers, a listed lower-case noun heads the phrase; -1 when none comes.
     */
    private int beyondDemonym(Tokens t, int k, int sentEnd) {
        int j = k + 1;
        for (int skipped = 0; j < sentEnd && t.isWord(j) && skipped <= NOUN_WINDOW; skipped++, j++) {
            String w = t.lower(j);
            if ((t.is(j, "and") || t.is(j, "or")) && t.capitalized(j + 1)) {
                j++;
                continue; // "Russian and Ukrainian …"
            }
            if (t.capitalized(j)) {
                return -1; // title case ("Injuring Four People Daesh Shells"): every word is capitalised
            }
            if (lex.personCategory(w) != null || lex.nounCategory(w) != null) {
                while (j + 1 < sentEnd && t.isWord(j + 1) && compoundNext(t, j + 1)) {
                    j++;
                }
                return j;
            }
            if (lex.is(WordClass.FUNCTION_WORD, w) || lex.verbs().forward(t, j) != null || lex.action(w) != null
                    || lex.claimVerbs().forward(t, j) != null || lex.timeWord(w)) {
                return -1;
            }
        }
        return -1;
    }

    private Found withAction(Tokens t, String category, NumberExpr e, int qualFrom, int head, int sentStart,
                             int sentEnd) {
        // after the noun: "26 missiles successfully intercepted", "drones were shot down"
        int k = verbAfter(t, head + 1, sentEnd);
        if (k >= 0) {
            int end = t.is(k + 1, "down") ? k + 2 : k + 1;
            return new Found(category, actionAt(t, k), e.from(), end, "noun '" + t.lower(head) + "', verb '"
                    + t.lower(k) + "'", t.lower(head));
        }
        // before the number, in the same clause: "launching 30 missiles and 397 drones"
        for (int b = qualFrom - 1; b >= sentStart && b >= qualFrom - 12; b--) {
            if (t.isPunct(b, ';') || t.isPunct(b, ':')) {
                break;
            }
            if (t.isWord(b) && lex.action(t.lower(b)) != null) {
                return new Found(category, actionAt(t, b), e.from(), head + 1,
                        "noun '" + t.lower(head) + "', verb '" + t.lower(b) + "'", t.lower(head));
            }
        }
        return new Found(category, "", e.from(), head + 1, "noun '" + t.lower(head) + "'", t.lower(head));
    }

    /** The token of an action verb after {@code k}, through a few auxiliaries ("were successfully"), or -1. */
    int verbAfter(Tokens t, int k, int sentEnd) {
        int steps = 0;
        while (k < sentEnd && steps < 3 && t.isWord(k) && lex.is(WordClass.VERB_GAP, t.lower(k))) {
            k++;
            steps++;
        }
        return t.isWord(k) && lex.action(t.lower(k)) != null && !t.lower(k).endsWith("ing") ? k : -1;
    }

    /** The action of the verb at {@code k}: "shot down" is an interception, "shot" alone a launch. */
    String actionAt(Tokens t, int k) {
        return t.is(k, "shot") && t.is(k + 1, "down") ? "intercepted" : lex.action(t.lower(k));
    }

    /**
     * A people verb just before the number ("killing four people"), else after the phrase,
     * through auxiliaries, adverbs and a short apposition ("people including children have
     * been killed"), stopping at punctuation, another number or an attribution.
     */
    private Found verbAround(Tokens t, int after, int qualFrom, int sentStart, int sentEnd, int lastTok,
                             boolean people) {
        for (int b = qualFrom - 1; b >= sentStart && b >= qualFrom - 3; b--) {
            PhraseTable.Match back = lex.verbs().backward(t, b);
            if (back != null && governsFigureBefore(t, back.from(), sentStart) && adjacentVerb(t, after, sentEnd)) {
                break; // "49 people dead over 101 injured": that verb is the figure's before; this one has its own
            }
            if (back != null && blockedAfter(t, back) && !people) {
                break; // "lost 2.50", "lost six": a loss verb alone counts deaths only of people named
            }
            if (back != null) {
                PhraseTable.Match before = backToBack(t, back, sentStart);
                if (before != null) {
                    return new Found(lex.combinedCategory(), lex.combinedCategory(), before.from(), lastTok + 1,
                            "verbs of several people categories", "");
                }
                return new Found(back.phrase().value(), back.phrase().extra(), back.from(), lastTok + 1,
                        "verb '" + String.join(" ", back.phrase().words()) + "'", "");
            }
            if (b == qualFrom - 1 && openingQuote(t, b)) {
                continue; // 'killed "tens of people"': a quotation opens on the figure
            }
            if (!t.isWord(b) || !lex.is(WordClass.VERB_GAP, t.lower(b))) {
                break; // not across "and": "2,515 killed and 12,143 injured"
            }
        }
        boolean inserted = false;
        for (int k = after, limit = after + 8; k < sentEnd && k < limit; k++) {
            if (k == after && opensInsertion(t, k)) {
                inserted = true; // "48 villagers including 9 children were killed": the part's figure is no break
                limit += INSERTION_TOKENS;
            }
            if (!t.isWord(k) || t.isNum(k)) {
                if (t.gluedDash(k) || k == after && closingQuote(t, k) && quotedBefore(t, after)
                        || inserted && (t.isNum(k) || ",".equals(t.raw(k)))) {
                    continue;
                }
                int close = k == after ? insertionEnd(t, k, sentEnd) : -1;
                if (close > 0) {
                    limit += close - k;
                    k = close; // "173 passengers, including two infants, had been killed"
                    continue;
                }
                break;
            }
            PhraseTable.Match m = lex.verbs().forward(t, k);
            if (m == null && people) {
                m = departure(t, k, sentEnd);
            }
            if (m != null && !blockedAfter(t, m)) {
                int end = coordinatedVerb(t, m, sentEnd);
                if (end > m.to()) {
                    return new Found(lex.combinedCategory(), lex.combinedCategory(), qualFrom, end,
                            "verbs of several people categories", "");
                }
                return new Found(m.phrase().value(), m.phrase().extra(), qualFrom, m.to(),
                        "verb '" + String.join(" ", m.phrase().words()) + "'", "");
            }
            PhraseTable.Match said = lex.claimVerbs().forward(t, k);
            int participle = said == null ? -1 : reportedParticiple(t, k, said.to(), after, sentEnd);
            if (participle > 0) {
                k = participle - 1; // "were reported killed", "are confirmed dead", "were said to be injured"
                continue;
            }
            if (said != null || lex.action(t.lower(k)) != null) {
                break;
            }
        }
        return null;
    }

    /** Whether a word in [{@code from}, {@code to}) names people: a person noun or a people ("Russian"). */
    private boolean peopleBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isWord(k) && (lex.personCategory(t.lower(k)) != null || lex.demonymWords().contains(t.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of leaving at {@code k} whose object is a place ("3,000 residents left Varnia",
     * "families leaving the town at dawn"): people moved out of a place are displaced; what
     * else one leaves ("left the meeting", "left Friday") says nothing of displacement.
     */
    private PhraseTable.Match departure(Tokens t, int k, int sentEnd) {
        PhraseTable.Match d = lex.departures().forward(t, k);
        if (d == null || d.to() >= sentEnd || !t.isWord(d.to())) {
            return null;
        }
        int p = d.to();
        if (lex.is(WordClass.FUNCTION_WORD, t.lower(p)) && p + 1 < sentEnd && t.isWord(p + 1)) {
            return lex.is(WordClass.PLACE_WORD, t.lower(p + 1)) ? d : null; // "left the town"
        }
        String w = t.lower(p);
        boolean name = Character.isUpperCase(t.firstChar(p)) && !lex.timeWord(w) && !lex.is(WordClass.NOT_ENTITY, w);
        return name || lex.is(WordClass.PLACE_WORD, w) ? d : null;
    }

    /**
     * A people verb of another category right before the people verb {@code m}, nothing between
     * ("mines killed wounded dozens": a headline whose comma was lost): the two are coordinated,
     * and the figure after counts both. Single words only: a phrase ("in hospital") says where,
     * not what else befell them. Null when there is none (or no combined category).
     */
    private PhraseTable.Match backToBack(Tokens t, PhraseTable.Match m, int sentStart) {
        int k = m.from() - 1;
        if (lex.combinedCategory() == null || !lex.isPeople(m.phrase().value()) || k < sentStart || !t.isWord(k)) {
            return null;
        }
        PhraseTable.Match v = lex.verbs().backward(t, k);
        return v != null && v.from() >= sentStart && v.phrase().words().length == 1 && m.phrase().words().length == 1
                && lex.isPeople(v.phrase().value())
                && !v.phrase().value().equals(m.phrase().value()) ? v : null;
    }

    /**
     * People verbs of different people categories coordinated ("were killed, wounded or missing"):
     * the figure counts them together, in the lexicon's combined category. Returns the end of the
     * coordination, or {@code m.to()} when there is none (or the lexicon names no combined category).
     */
    private int coordinatedVerb(Tokens t, PhraseTable.Match m, int sentEnd) {
        String first = m.phrase().value();
        if (lex.combinedCategory() == null || !lex.isPeople(first)) {
            return m.to();
        }
        int k = m.to();
        int end = m.to();
        boolean mixed = false;
        PhraseTable.Match adjacent = k < sentEnd && t.isWord(k) ? lex.verbs().forward(t, k) : null;
        if (adjacent != null && adjacent.phrase().words().length == 1 && m.phrase().words().length == 1
                && lex.isPeople(adjacent.phrase().value()) && !adjacent.phrase().value().equals(first)) {
            mixed = true; // "dozens killed injured": a headline's lost comma between two verbs
            k = adjacent.to();
            end = k;
        }
        while (k < sentEnd && joiner(t, k)) {
            while (k < sentEnd && joiner(t, k)) {
                k++;
            }
            PhraseTable.Match next = k < sentEnd ? lex.verbs().forward(t, k) : null;
            if (next == null || !lex.isPeople(next.phrase().value())) {
                break;
            }
            mixed |= !next.phrase().value().equals(first);
            k = next.to();
            end = k;
        }
        return mixed ? end : m.to();
    }

    /**
     * A people noun coordinated with a people noun of another category ("deaths and injuries"):
     * the figure counts both, in the lexicon's combined category; null when it is not so.
     */
    private Found combined(Tokens t, String category, NumberExpr e, int head, int sentEnd) {
        if (lex.combinedCategory() == null || !lex.isPeople(category)
                || !(t.is(head + 1, "and") || t.is(head + 1, "or")) || head + 2 >= sentEnd || !t.isWord(head + 2)) {
            return null;
        }
        String other = lex.nounCategory(t.lower(head + 2));
        if (other == null || other.equals(category) || !lex.isPeople(other)) {
            return null;
        }
        return new Found(lex.combinedCategory(), lex.combinedCategory(), e.from(), head + 3,
                "nouns '" + t.lower(head) + "' and '" + t.lower(head + 2) + "'", t.lower(head));
    }

    /** A comma, "and" or "or" between coordinated words. */
    private static boolean joiner(Tokens t, int k) {
        return t.isPunct(k, ',') || t.is(k, "and") || t.is(k, "or");
    }

    /**
     * A passive reporting verb before a people verb ("were reported killed", "are confirmed
     * dead", "were said to be wounded"): the people verb's token, or -1. The figure's own verb is
     * the participle; the reporting verb only says who tells it.
     */
    private int reportedParticiple(Tokens t, int k, int saidEnd, int after, int sentEnd) {
        if (k <= after || !t.isWord(k - 1) || !lex.is(WordClass.VERB_GAP, t.lower(k - 1))) {
            return -1;
        }
        int n = saidEnd;
        if (t.is(n, "to") && t.is(n + 1, "be") || t.is(n, "to") && t.is(n + 1, "have") && t.is(n + 2, "been")) {
            n += t.is(n + 1, "be") ? 2 : 3;
        } else if (t.is(n, "as")) {
            n++;
        }
        return n < sentEnd && lex.verbs().forward(t, n) != null ? n : -1;
    }

    /** A figure ends just before {@code verb} (through its noun): "49 people dead". */
    private boolean governsFigureBefore(Tokens t, int verb, int sentStart) {
        for (int k = verb - 1; k >= sentStart && k >= verb - 3; k--) {
            if (t.isNum(k) || t.isWord(k) && NumberWords.isNumberWord(t.lower(k))) {
                return true; // "12 killed", "Five killed": that verb is the figure's before
            }
            if (!t.isWord(k) || lex.personCategory(t.lower(k)) == null && lex.nounCategory(t.lower(k)) == null) {
                return false;
            }
        }
        return false;
    }

    /** Tokens an insertion between commas after the counted noun may hold ("including three children"). */
    static final int INSERTION_TOKENS = 8;

    /**
     * The closing comma of an insertion opening with the comma at {@code k}, or -1: a short
     * phrase of words between two commas, not a list's next items (which hold digits).
     */
    private int insertionEnd(Tokens t, int k, int sentEnd) {
        if (!",".equals(t.raw(k)) || k + 1 >= sentEnd || !t.isWord(k + 1) || t.isNum(k + 1)) {
            return -1;
        }
        boolean part = opensInsertion(t, k + 1);
        for (int j = k + 2; j < sentEnd && j <= k + 1 + INSERTION_TOKENS; j++) {
            if (t.isNum(j)) {
                if (!part) {
                    return -1; // digits inside: the next items of a list ("unit 31, unit 32 and unit 40, will")
                }
                continue; // "30 people, including 7 children, were": the part's own figure
            }
            if (!t.isWord(j)) {
                return ",".equals(t.raw(j)) && j + 1 < sentEnd && t.isWord(j + 1) ? j : -1;
            }
        }
        return -1;
    }

    /** A word that opens a part of the figure before it ("including", "among them"), whose own figures it may hold. */
    boolean opensInsertion(Tokens t, int k) {
        return t.isWord(k) && lex.is(WordClass.INSERTION_OPENER, t.lower(k));
    }

    /** A people verb right after the figure (or its noun). */
    private boolean adjacentVerb(Tokens t, int after, int sentEnd) {
        if (after + 1 < sentEnd && t.isWord(after) && lex.is(WordClass.ADDITIVE, t.lower(after))) {
            after++; // "five killed, 23 others injured": the figure's own verb comes after "others"
        }
        return after < sentEnd && t.isWord(after) && lex.verbs().forward(t, after) != null;
    }

    /**
     * A loss verb alone ("lost", "losing") governs the figure after it: after a figure it is a
     * death only when its people are named ("lost 5%", "millions and losing" are not).
     */
    private static boolean blockedAfter(Tokens t, PhraseTable.Match m) {
        return m.phrase().words().length == 1 && LOSS.equals(m.phrase().extra());
    }

    /**
     * The measure of loss whose modifier holds the people noun at {@code b}: "the toll of the blast
     * on the convoy's evacuees rose to 70" counts deaths, not evacuees. A subject's head comes
     * first and its modifiers follow, each opened by a preposition; so a noun of a people category
     * that names a measure, not people (toll, deaths, casualties: no person row), before a
     * preposition before {@code b} heads the subject and says what the figure counts. People
     * before it ("evacuees among the dead") are no measure, and the nearer noun stays.
     */
    private Found measureHeading(Tokens t, int b, int from, int qualFrom) {
        boolean opened = false;
        for (int k = b - 1; k >= from; k--) {
            if (t.isNum(k) || t.isPunct(k, ';') || t.isPunct(k, ':')) {
                return null;
            }
            if (!t.isWord(k)) {
                continue;
            }
            String w = t.lower(k);
            if (NumberWords.isNumberWord(w) || joiner(t, k)) {
                return null; // "the death of five and the injury of 62": another figure's phrase, coordinated
            }
            String cat = lex.nounCategory(w);
            if (opened && cat != null && lex.isPeople(cat) && lex.personCategory(w) == null) {
                return new Found(cat, cat, k, qualFrom, "noun before '" + w + "', heading '" + t.lower(b) + "'", w);
            }
            opened |= lex.is(WordClass.MODIFIER_PREPOSITION, w);
        }
        return null;
    }

    /**
     * What the subject before the number counts: "the death toll was at least 25", "Death toll
     * from the market bomb attack at least 90", "the number of fighters killed … was put at 3,400".
     * {@code ownNoun}: the figure names its own people, so a noun right after another figure is
     * that figure's ("40 soldiers, 15 medics"), not a subject.
     */
    private Found nounBefore(Tokens t, int qualFrom, int sentStart, boolean ownNoun) {
        if (t.is(qualFrom - 1, "per") || t.is(qualFrom - 1, "every") && t.is(qualFrom - 2, "for")) {
            return null; // "12 deaths per 100,000 people": the base of a ratio counts no deaths
        }
        for (int b = qualFrom - 1; b >= sentStart && b >= qualFrom - SUBJECT_TOKENS; b--) {
            if (t.isNum(b) || t.isPunct(b, ';') || t.isPunct(b, ':')) {
                return null;
            }
            if (t.isWord(b)) {
                String cat = lex.nounCategory(t.lower(b));
                if (cat != null && lex.isPeople(cat) && ownNoun && b > 0 && t.isNum(b - 1)) {
                    return null; // "40 soldiers, 15 medics": that noun is the figure before's, not a subject
                }
                if (cat != null && lex.isPeople(cat) && lex.needsPeople(t.lower(b)) && !ownNoun
                        && !peopleBetween(t, Math.max(sentStart, b - 2), b)) {
                    // "losses of 968 mln": only a figure of people ("losses of 300 soldiers") or people
                    // named before the noun ("Ukrainian losses at 200,000") make a toll
                    return null;
                }
                if (cat != null && lex.isPeople(cat)) {
                    Found head = measureHeading(t, b, Math.max(sentStart, qualFrom - SUBJECT_TOKENS), qualFrom);
                    return head != null ? head
                            : new Found(cat, cat, b, qualFrom, "noun before '" + t.lower(b) + "'", t.lower(b));
                }
                PhraseTable.Match v = lex.verbs().forward(t, b);
                if (v != null && !blockedAfter(t, v) && t.isWord(b - 1) && lex.personCategory(t.lower(b - 1)) != null) {
                    return new Found(v.phrase().value(), v.phrase().extra(), b - 1, qualFrom,
                            "subject '" + t.lower(b - 1) + " " + t.lower(b) + "'", t.lower(b - 1));
                }
            }
        }
        return null;
    }
}
