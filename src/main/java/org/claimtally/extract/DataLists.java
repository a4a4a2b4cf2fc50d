package org.claimtally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Numbers listed with nothing but punctuation between them ("4, 9, 12, 17, …" or a column of
 * figures one per line) are data, not prose: no word says what any of them counts, so none is a
 * figure claim. Prose lists a few figures and names what they count; a run of many is a pasted
 * table or a results page, and taking each of its numbers as a claim would make a report far
 * larger than its input. Such runs are dropped whole and said as a note of their document, so
 * nothing leaves silently. One pass over the figures and the tokens between them: linear.
 */
final class DataLists {
    /**
     * The fewest figures in a row with no word between them that make a data list. An
     * enumeration in prose ("3, 4 or 5 people") stays far below; a table row of eight columns
     * with its label before it is still read, since the label is a word.
     */
    static final int MIN_RUN = 8;

    private DataLists() {
    }

    /** {@code exprs} (in text order) without the figures of data lists; each list dropped is noted. */
    static List<NumberExpr> withoutLists(Tokens t, List<NumberExpr> exprs, Consumer<String> notes) {
        List<NumberExpr> out = new ArrayList<>(exprs.size());
        int runFrom = 0;
        for (int k = 1; k <= exprs.size(); k++) {
            if (k < exprs.size() && onlyPunctuationBetween(t, exprs.get(k - 1).to(), exprs.get(k).from())) {
                continue;
            }
            int run = k - runFrom;
            if (run >= MIN_RUN) {
                int from = t.start[exprs.get(runFrom).from()];
                int to = t.end[exprs.get(k - 1).to() - 1];
                notes.accept("offset " + from + ": " + run + " numbers listed with no word between them (to offset " + to
                        + ") read as a data table, not as figure claims");
            } else {
                out.addAll(exprs.subList(runFrom, k));
            }
            runFrom = k;
        }
        return out;
    }

    private static boolean onlyPunctuationBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                return false;
            }
        }
        return true;
    }
}
