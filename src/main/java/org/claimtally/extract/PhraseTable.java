package org.claimtally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word cues indexed by their first and by their last word, so a phrase can be matched
 * forwards from a token or backwards ending at a token, longest first.
 */
final class PhraseTable {
    private final Map<String, List<Lexicon.Phrase>> byFirst = new HashMap<>();
    private final Map<String, List<Lexicon.Phrase>> byLast = new HashMap<>();

    static PhraseTable of(Map<String, String[]> rows) {
        PhraseTable t = new PhraseTable();
        if (rows != null) {
            rows.forEach((term, v) -> {
                String[] words = term.split("\\s+");
                Lexicon.Phrase p = new Lexicon.Phrase(words, v[0], v[1]);
                t.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
                t.byLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(p);
            });
        }
        Comparator<Lexicon.Phrase> longest = Comparator.comparingInt((Lexicon.Phrase p) -> -p.words().length);
        t.byFirst.values().forEach(l -> l.sort(longest));
        t.byLast.values().forEach(l -> l.sort(longest));
        return t;
    }

    /** The words phrases begin with. */
    java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirst.keySet());
    }

    /** A match: the phrase and the token range [from, to) it covers. */
    record Match(Lexicon.Phrase phrase, int from, int to) {
    }

    /** The longest phrase starting at token {@code i}, or null. A phrase never spans a line break. */
    Match forward(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return null;
        }
        List<Lexicon.Phrase> list = byFirst.get(t.lower(i));
        if (list == null) {
            return null;
        }
        for (Lexicon.Phrase p : list) {
            int k = 0;
            while (k < p.words().length && i + k < t.size && (k == 0 || !t.lineStart[i + k])
                    && t.lower(i + k).equals(p.words()[k])) {
                k++;
            }
            if (k == p.words().length) {
                return new Match(p, i, i + k);
            }
        }
        return null;
    }

    /** The longest phrase ending at token {@code i} (inclusive), or null. */
    Match backward(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return null;
        }
        List<Lexicon.Phrase> list = byLast.get(t.lower(i));
        if (list == null) {
            return null;
        }
        for (Lexicon.Phrase p : list) {
            int n = p.words().length;
            int k = 0;
            while (k < n && i - k >= 0 && (k == 0 || !t.lineStart[i - k + 1])
                    && t.lower(i - k).equals(p.words()[n - 1 - k])) {
                k++;
            }
            if (k == n) {
                return new Match(p, i - n + 1, i + 1);
            }
        }
        return null;
    }
}
