package org.claimtally.extract;

import org.claimtally.model.Qualifier;

/** Finds the hedge around a number: "more than 151", "nearly 400", "150-plus", "20 or more". */
final class Qualifiers {
    /** The qualifier, the token range it widens the quote to, and its cue words. */
    record Found(Qualifier qualifier, int from, int to, String cue) {
    }

    private final Lexicon lex;

    Qualifiers(Lexicon lex) {
        this.lex = lex;
    }

    /** The hedge of {@code e}, searched only within its sentence's tokens [{@code first}, {@code end}). */
    Found find(Tokens t, NumberExpr e, int first, int end) {
        int from = e.from();
        int to = e.to();
        Qualifier q = null;
        String cue = "";
        PhraseTable.Match before = from > 0 ? lex.qualifiersBefore().backward(t, from - 1) : null;
        if (before == null && from > 1 && (t.is(from - 1, "a") || t.is(from - 1, "an"))) {
            before = lex.qualifiersBefore().backward(t, from - 2); // "more than a dozen"
        }
        if (before != null && !(before.phrase().words().length == 1 && blockedSingle(t, before.from(), e))
                && !particle(t, before)
                && before.from() >= first && !lineBreakIn(t, before.from() + 1, from + 1)) {
            q = Qualifier.parse(before.phrase().value());
            cue = String.join(" ", before.phrase().words());
            from = before.from();
        }
        if (q == null && from >= 2 && from - 2 >= first && t.gluedDash(from - 1) && t.is(from - 2, "sub")) {
            q = Qualifier.MAX; // "sub-7 nanometer", "sub-$100 phones": below the figure
            cue = "sub-";
            from -= 2;
        }
        if (t.is(e.from(), "a") && t.is(e.from() + 1, "couple")) {
            q = Qualifier.APPROX;
            cue = "a couple of";
        }
        if (t.isPunct(to, '+') && !t.spaced[to]) {
            q = Qualifier.MIN;
            cue = "+";
            to++;
        } else if (t.gluedDash(to) && t.is(to + 1, "plus")) {
            q = Qualifier.MIN;
            cue = "-plus";
            to += 2;
        } else {
            PhraseTable.Match after = lex.qualifiersAfter().forward(t, to);
            if (after != null && !"+".equals(after.phrase().words()[0]) && after.to() <= end
                    && !lineBreakIn(t, to, after.to())) {
                q = Qualifier.parse(after.phrase().value());
                cue = String.join(" ", after.phrase().words());
                to = after.to();
            }
        }
        return new Found(q, from, to, cue);
    }

    /** A one-word hedge that is its verb's particle ("hand over 150"): lexicon {@code particle_verb}, verb and particle. */
    private boolean particle(Tokens t, PhraseTable.Match hedge) {
        int at = hedge.from();
        return hedge.to() == at + 1 && at > 0 && t.isWord(at - 1)
                && lex.is(WordClass.PARTICLE_VERB, t.lower(at - 1) + " " + t.lower(at));
    }

    /** A hedge never reaches across a line break: a headline's "More than" is not the next line's. */
    static boolean lineBreakIn(Tokens t, int from, int to) {
        for (int k = Math.max(from, 0); k < to && k < t.size; k++) {
            if (t.lineStart[k]) {
                return true;
            }
        }
        return false;
    }

    /** "20 drones or more": a hedge after the counted noun, when none stood by the number. */
    Found afterNoun(Tokens t, Found q, int nounEnd, int end) {
        if (q.qualifier() != null || nounEnd <= q.to()) {
            return q;
        }
        PhraseTable.Match after = lex.qualifiersAfter().forward(t, nounEnd);
        if (after == null || after.phrase().words()[0].equals("+") || after.phrase().words()[0].equals("plus")
                || after.to() > end || lineBreakIn(t, nounEnd, after.to())) {
            return q;
        }
        return new Found(Qualifier.parse(after.phrase().value()), q.from(), after.to(),
                String.join(" ", after.phrase().words()));
    }

    /**
     * Single-word cues that are often not hedges: "over" in "over 3 years" is a hedge but
     * "fought over 2 villages" is not; "some" before a year; "under" in "under 2 conditions".
     */
    private static boolean blockedSingle(Tokens t, int at, NumberExpr e) {
        String w = t.lower(at);
        if (w.equals("over") || w.equals("under") || w.equals("above") || w.equals("below")) {
            return at > 0 && t.isWord(at - 1) && (t.lower(at - 1).endsWith("ed") && !t.is(at - 1, "killed"))
                    && e.kind() == NumberExpr.Kind.VAGUE;
        }
        return false;
    }
}
