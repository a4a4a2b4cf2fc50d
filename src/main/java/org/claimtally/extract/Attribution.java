package org.claimtally.extract;

import java.util.Set;

/**
 * Who says a figure (claimant) and who did what it counts (actor), from the cue patterns
 * of news prose: "X said", "said X", "according to X", "X accused Y of launching",
 * "X's general staff said", "by X", and pronouns resolved to the last named speaker.
 */
final class Attribution {

    private final Lexicon lex;

    Attribution(Lexicon lex) {
        this.lex = lex;
    }

    /** The claimant stated inside sentence tokens [s, e), or "" when it speaks in its own voice. */
    Speaker claimant(Tokens t, int s, int e, int near) {
        Speaker best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = s; i < e; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            if (i > s && Character.isUpperCase(t.firstChar(i))) {
                continue; // "United States" is no "states"
            }
            PhraseTable.Match m = lex.claimVerbs().forward(t, i);
            if (m == null) {
                continue;
            }
            Speaker sp = speakerFor(t, m, s, e);
            if (sp != null) {
                int dist = Math.abs(i - near) + (i > near ? 2 : 0);
                if (dist < bestDist) {
                    best = sp;
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /** A speaker span, or a pronoun to resolve from earlier sentences. */
    record Speaker(String name, boolean pronoun, String cue) {
    }

    private Speaker speakerFor(Tokens t, PhraseTable.Match m, int s, int e) {
        String mode = m.phrase().extra();
        String cue = String.join(" ", m.phrase().words());
        if ("before-source".equals(mode)) {
            int k = m.to();
            int g = k;
            while (g < e && t.isWord(g) && lex.is(WordClass.GENERIC_SOURCE, t.lower(g))) {
                g++;
            }
            if (g > k && (t.is(g, "from") || t.is(g, "by") || t.is(g, "of"))) {
                k = g + 1; // "according to figures from the relief agency …"
            }
            int[] span = nameAfter(t, k, e);
            return span == null ? null : speaker(t, span, cue);
        }
        int end = m.from() - 1;
        if (t.isPunct(end, ',') && t.isWord(end - 1) && t.isPunct(end - 2, ',')
                && !Character.isUpperCase(t.firstChar(end - 1))) {
            end -= 3; // "Russia, meanwhile, accused"
        }
        int[] before = nameBefore(t, end, s);
        if (before == null) {
            before = nameBeforeInsertions(t, end, s);
        }
        if (before != null) {
            return speaker(t, before, cue);
        }
        if (m.from() - 1 >= s && t.isWord(m.from() - 1) && lex.is(WordClass.PRONOUN, t.lower(m.from() - 1))) {
            return new Speaker(t.lower(m.from() - 1), true, cue);
        }
        if (!"accuse".equals(mode)) {
            int[] after = nameAfter(t, m.to(), e); // "…, said Rustem Umerov"
            if (after != null && (m.from() - 1 < s || t.isPunct(m.from() - 1, ',') || isQuote(t, m.from() - 1))) {
                return speaker(t, after, cue);
            }
            if (t.isWord(m.to()) && lex.is(WordClass.PRONOUN, t.lower(m.to())) && (t.isPunct(m.from() - 1, ',') || isQuote(t, m.from() - 1))) {
                return new Speaker(t.lower(m.to()), true, cue);
            }
        }
        return null;
    }

    /**
     * The speaker when words stand between it and its verb: a time adverbial ("the ministry in
     * January put …", "the agency on Monday said …") and an appositive opened after a comma
     * ("the Kelmora Institute, a think tank that tracks the war, put …"). The nearest comma whose
     * next word opens an appositive (a lexicon class), within {@link #APPOSITIVE_REACH} tokens,
     * ends the name; null when none does.
     */
    private int[] nameBeforeInsertions(Tokens t, int end, int s) {
        int k = end;
        boolean time = false;
        while (k >= s && (t.isWord(k) && lex.timeWord(t.lower(k)) || t.isNum(k))) {
            time |= t.isWord(k);
            k--;
        }
        if (time) {
            PhraseTable.Match opener = k >= s ? lex.timeStarts().backward(t, k) : null;
            k = opener != null ? opener.from() - 1 : k;
            int[] name = nameBefore(t, k, s);
            if (name != null || !t.isPunct(k, ',')) {
                return name;
            }
        }
        if (!t.isPunct(k, ',')) {
            return null;
        }
        for (int c = k; c >= s && c >= k - APPOSITIVE_REACH; c--) {
            if (t.isPunct(c, ',') && t.isWord(c + 1) && lex.is(WordClass.APPOSITIVE_OPENER, t.lower(c + 1))) {
                return nameBefore(t, c - 1, s);
            }
        }
        return null;
    }

    /** Tokens an appositive runs to between a speaker and its verb: a short description, not a clause of its own. */
    static final int APPOSITIVE_REACH = 24;

    /** A named speaker, or an anaphoric one ("the agency") to resolve like a pronoun. */
    private Speaker speaker(Tokens t, int[] span, String cue) {
        boolean anaphoric = true;
        for (int k = span[0]; k <= span[1]; k++) {
            if (t.isWord(k) && (Character.isUpperCase(t.firstChar(k)) || !lex.is(WordClass.ANAPHORIC, t.lower(k))
                    && !t.is(k, "the") && !t.is(k, "s"))) {
                anaphoric = false;
            }
        }
        return new Speaker(text(t, span), anaphoric, cue);
    }

    static boolean isQuote(Tokens t, int i) {
        if (i < 0 || i >= t.size || t.type[i] != Tokens.PUNCT) {
            return false;
        }
        char c = t.firstChar(i);
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2019' || c == '\'';
    }

    /** Tokens of a name ending at {@code i}: capitalised words, possessives and title words. */
    private int[] nameBefore(Tokens t, int i, int s) {
        int end = i;
        int k = i;
        boolean sawCap = false;
        while (k >= s) {
            if (t.isWord(k)) {
                String w = t.lower(k);
                boolean cap = Character.isUpperCase(t.firstChar(k)) && !lex.is(WordClass.NOT_ENTITY, w) && !lex.timeWord(w);
                if (cap) {
                    sawCap = true;
                } else if (!(lex.is(WordClass.TITLE_WORD, w) || w.equals("s") && isApostrophe(t, k - 1))) {
                    break;
                }
            } else if (!(isApostrophe(t, k) && t.is(k + 1, "s")) && !(t.gluedDash(k))) {
                break;
            }
            k--;
        }
        int from = k + 1;
        while (from <= end && t.isWord(from) && (t.is(from, "the") || t.is(from, "of") || t.is(from, "and"))) {
            from++;
        }
        while (end >= from && t.isWord(end) && (t.is(end, "the") || t.is(end, "of") || t.is(end, "and"))) {
            end--;
        }
        if (!sawCap && !(from <= end && lex.is(WordClass.TITLE_WORD, t.lower(end)) && !t.is(end, "the"))) {
            return null;
        }
        return from <= end ? new int[] {from, end} : null;
    }

    private int[] nameAfter(Tokens t, int i, int e) {
        int k = i;
        while (k < e && t.isWord(k) && (t.is(k, "the") || t.is(k, "a"))) {
            k++;
        }
        int from = k;
        boolean sawCap = false;
        while (k < e) {
            if (t.isWord(k)) {
                String w = t.lower(k);
                boolean cap = Character.isUpperCase(t.firstChar(k)) && !lex.is(WordClass.NOT_ENTITY, w) && !lex.timeWord(w);
                if (cap) {
                    sawCap = true;
                } else if (!(lex.is(WordClass.TITLE_WORD, w) || w.equals("s") && isApostrophe(t, k - 1))) {
                    break;
                }
            } else if (!(isApostrophe(t, k) && t.is(k + 1, "s")) && !t.gluedDash(k)) {
                break;
            }
            k++;
        }
        int end = k - 1;
        while (end >= from && t.isWord(end) && (t.is(end, "the") || t.is(end, "of") || t.is(end, "and"))) {
            end--;
        }
        if (!sawCap && !(end >= from && lex.is(WordClass.TITLE_WORD, t.lower(end)))) {
            return null;
        }
        return end >= from ? new int[] {from, end} : null;
    }

    private static boolean isApostrophe(Tokens t, int i) {
        return i >= 0 && i < t.size && t.type[i] == Tokens.PUNCT && (t.firstChar(i) == '\'' || t.firstChar(i) == '\u2019');
    }

    static String text(Tokens t, int[] span) {
        return t.text.substring(t.start[span[0]], t.end[span[1]]);
    }

    // ---- actor ----

    /**
     * The actor of the action at token {@code verb} in sentence [s, e): "by X" after it,
     * the name right before it ("Russia had fired"), or the object of "accused X of".
     */
    String actor(Tokens t, int verb, int s, int e) {
        return actor(t, verb, s, e, true);
    }

    /**
     * As above; {@code subject}: whether the name before the verb may be the actor. It may not
     * when the verb follows a people figure ("12 Russian soldiers died", "900 Russian dead"):
     * the words between are the people, who suffered what the verb says.
     */
    String actor(Tokens t, int verb, int s, int e, boolean subject) {
        if (verb < 0) {
            return "";
        }
        for (int k = verb + 1; k < e && k <= verb + 3; k++) {
            if (t.is(k, "by")) {
                String c = entityAt(t, k + 1, e);
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        if (!subject) {
            return "";
        }
        int k = verb - 1;
        if (k > s && t.isPunct(k, '.') && !t.spaced[k] && t.isWord(k - 1) && t.capitalized(k - 1)) {
            k--; // "the U.S. launched": an abbreviation's closing point is part of the name
        }
        int steps = 0;
        boolean passive = false;
        while (k >= s && steps < 3 && t.isWord(k) && (lex.is(WordClass.SUBJECT_GAP, t.lower(k)))) {
            passive |= lex.is(WordClass.PASSIVE_AUXILIARY, t.lower(k));
            k--;
            steps++;
        }
        if (passive) {
            return ""; // "40 Ukrainian soldiers were killed": the subject of a passive is who suffered it ("by" names who did)
        }
        if (pronounSubject(t, k, s)) {
            return SPEAKER;
        }
        if (k >= s && t.isWord(k) && Character.isUpperCase(t.firstChar(k)) && !heading(t, k)) {
            int from = k;
            while (from - 1 >= s && t.capitalized(from - 1) && !lex.is(WordClass.NOT_ENTITY, t.lower(from - 1))
                    && !heading(t, from - 1)) {
                from--;
            }
            boolean titleCase = k - from + 1 > MAX_ACTOR_WORDS; // a headline capitalises every word: no name is marked
            boolean gerund = from == k && k == s && t.lower(k).endsWith("ing"); // "Shelling killed …": no one's name
            // "Strike kills 12": an attack opening the sentence alone is what killed, not who; "Russian
            // Strike Kills 9": whose attack is the demonym's country (below); "the Korvian Army killed" names one
            boolean attack = lex.is(WordClass.ATTACK_NOUN, t.lower(k)) && (from == k && k == s || demonym(t, from) != null);
            if (!titleCase && !gerund && !attack && !lex.is(WordClass.NOT_ENTITY, t.lower(k)) && !lex.timeWord(t.lower(k))
                    && !place(t, from, s) && !NumberWords.isNumberWord(t.lower(k)) && lex.vague().forward(t, k) == null) {
                return normalise(t, from, k);
            }
        }
        // "forces"/"troops" after a demonym: "Russian forces fired"
        if (k >= s + 1 && t.isWord(k) && t.capitalized(k - 1)) {
            String d = demonym(t, k - 1);
            if (d != null) {
                return d;
            }
        }
        return "";
    }

    /** Names of actors run to a few words ("the Syrian Arab Army"); a longer capitalised run is a title-case line. */
    static final int MAX_ACTOR_WORDS = 4;
    /** A word in capitals this long is a typographic heading ("SLEEPING DEAD"), not an acronym (UN, NATO, UNICEF). */
    static final int HEADING_LETTERS = 7;

    /**
     * Whether the word is set in capitals as a heading is, not as an acronym: a capitals word as
     * long as a heading's, or one beside another capitals word of a few letters ("AIRLINER CRASH
     * KILLS 27"), since acronyms seldom stand two in a row.
     */
    private static boolean heading(Tokens t, int k) {
        String w = t.raw(k);
        if (!capitals(w, 2)) {
            return false;
        }
        return w.length() >= HEADING_LETTERS || k > 0 && t.isWord(k - 1) && capitals(t.raw(k - 1), HEADING_NEIGHBOUR)
                || k + 1 < t.size && t.isWord(k + 1) && capitals(t.raw(k + 1), HEADING_NEIGHBOUR);
    }

    /** Letters beside which a capitals word is a heading's: longer than most acronyms' neighbours (UN, US). */
    static final int HEADING_NEIGHBOUR = 3;

    /** A word of at least {@code min} characters, none of them lower case, some of them letters. */
    private static boolean capitals(String w, int min) {
        if (w.length() < min) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The actor is the sentence's speaker: "X said it shot down", "X said its air defences downed". */
    static final String SPEAKER = "\u0000speaker";

    /**
     * The subject ending at {@code k} is "it" or "they", or a short noun phrase opened by "its" or
     * "their" ("its air defence units"): it points back to the one who speaks.
     */
    private static boolean pronounSubject(Tokens t, int k, int s) {
        if (k < s || !t.isWord(k)) {
            return false;
        }
        if (t.is(k, "it") || t.is(k, "they")) {
            return true;
        }
        for (int b = k; b >= s && b > k - 4 && t.isWord(b) && Character.isLowerCase(t.firstChar(b)); b--) {
            if (t.is(b, "its") || t.is(b, "their")) {
                return b < k;
            }
        }
        return false;
    }

    /**
     * The side a speaker stands for: the owner of a possessive ("Ukraine's air force": Ukraine),
     * else a name as it stands ("Russia", "the Russian army": Russia); "" for a speaker named by a
     * common noun ("officials").
     */
    String speakerSide(String claimant) {
        String c = claimant.strip();
        int pos = c.indexOf("'s");
        if (pos < 0) {
            pos = c.indexOf("\u2019s");
        }
        String owner = (pos > 0 ? c.substring(0, pos) : c).strip();
        Tokens words = Tokenizer.tokenize(owner);
        for (int i = 0; i < words.size; i++) {
            PhraseTable.Match m = words.capitalized(i) ? lex.demonyms().forward(words, i) : null;
            if (m != null) {
                return m.phrase().value(); // "the Russian army", "Kremlin officials"
            }
        }
        // "Officials", "Police": a common noun capitalised by the sentence is no side
        boolean name = words.size > 0 && words.capitalized(0) && !lex.is(WordClass.NOT_ENTITY, words.lower(0))
                && !lex.is(WordClass.FUNCTION_WORD, words.lower(0)) && !(words.size == 1 && Counted.plainPlural(words.lower(0)))
                && lex.personCategory(words.lower(0)) == null;
        return name && (pos > 0 || words.size == 1) ? owner : "";
    }

    /** "in Idlib", "near Damascus": a place, not the one who acted ({@code s}: the sentence's first token). */
    private boolean place(Tokens t, int from, int s) {
        // look back over modifiers: "on Syria's rebel-held Idlib", "in the south of Idlib"; never
        // into the sentence before, whose last words say nothing of this one's subject
        for (int p = from - 1, steps = 0; p >= s && steps < 6; p--, steps++) {
            if (t.is(p, "that") || t.is(p, "whether")) {
                return false; // "said on Monday that Russia launched": a clause opens, its subject is no place
            }
            if (t.isWord(p) && (lex.is(WordClass.LOCATIVE, t.lower(p)) || lex.is(WordClass.PLACE_WORD, t.lower(p)))) {
                return true;
            }
            if (t.isWord(p) && lex.timeWord(t.lower(p))) {
                return false; // "on Monday the Korvian army fired": the preposition governs the day, the name is the subject
            }
            boolean modifier = t.gluedDash(p) || t.isWord(p) && (Character.isLowerCase(t.firstChar(p))
                    && !t.lower(p).endsWith("ed") || t.is(p, "held") || t.is(p, "controlled")) || isApostrophe(t, p)
                    || t.isWord(p) && Character.isUpperCase(t.firstChar(p)) && steps > 0;
            if (!modifier || t.isWord(p) && (t.is(p, "the") && steps > 3)) {
                return false;
            }
        }
        return false;
    }


    private String entityAt(Tokens t, int i, int e) {
        while (i < e && t.isWord(i) && (t.is(i, "the") || t.is(i, "a") || t.is(i, "an"))) {
            i++;
        }
        if (i < e && t.capitalized(i)) {
            String d = demonym(t, i);
            if (d != null) {
                return d;
            }
            int to = i;
            while (to + 1 < e && t.capitalized(to + 1)) {
                to++;
            }
            return normalise(t, i, to);
        }
        return "";
    }

    String demonym(Tokens t, int i) {
        PhraseTable.Match m = lex.demonyms().forward(t, i);
        return m == null ? null : m.phrase().value();
    }

    /** "Russian" becomes "Russia"; other names stay as written. */
    private String normalise(Tokens t, int from, int to) {
        if (from == to) {
            String d = demonym(t, from);
            if (d != null) {
                return d;
            }
        }
        return t.text.substring(t.start[from], t.end[to]);
    }

    /** A demonym modifying an attack noun anywhere in the sentence: "in a Russian attack". */
    String attackDemonym(Tokens t, int s, int e) {
        for (int i = s; i < e - 1; i++) {
            if (t.capitalized(i)) {
                String d = demonym(t, i);
                if (d != null && t.isWord(i + 1) && lex.is(WordClass.ATTACK_NOUN, t.lower(i + 1))
                        && !counted(t, i + 2)) { // "Russian military casualties": whose losses, not whose attack
                    return d;
                }
            }
        }
        return "";
    }

    /** A noun that counts people or losses at {@code k}. */
    private boolean counted(Tokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        String cat = lex.nounCategory(w);
        return lex.personCategory(w) != null || cat != null && lex.isPeople(cat);
    }

    /** "X accused Y of …": Y, else "". */
    String accusedObject(Tokens t, int s, int e) {
        for (int i = s; i < e; i++) {
            if ((t.is(i, "accused") || t.is(i, "accuses") || t.is(i, "accusing")) && i + 1 < e) {
                String y = entityAt(t, i + 1, e);
                if (!y.isEmpty()) {
                    return y;
                }
            }
        }
        return "";
    }
}
