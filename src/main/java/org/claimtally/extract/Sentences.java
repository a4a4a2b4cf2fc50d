package org.claimtally.extract;

import java.util.List;

/** Sentence spans mapped onto token indexes, so each figure knows its sentence's tokens. */
final class Sentences {
    private final Tokens t;
    private final int[] charStart;
    private final int[] charEnd;
    private final int[] firstTok;

    Sentences(Tokens t, List<int[]> spans) {
        this.t = t;
        int n = Math.max(1, spans.size());
        charStart = new int[n];
        charEnd = new int[n];
        firstTok = new int[n + 1];
        if (spans.isEmpty()) {
            charEnd[0] = t.text.length();
        }
        for (int i = 0; i < spans.size(); i++) {
            charStart[i] = spans.get(i)[0];
            charEnd[i] = spans.get(i)[1];
        }
        int tok = 0;
        for (int i = 0; i < n; i++) {
            while (tok < t.size && t.end[tok] <= charStart[i]) {
                tok++;
            }
            firstTok[i] = tok;
        }
        firstTok[n] = t.size;
    }

    int size() {
        return charStart.length;
    }

    /** Index of the sentence holding token {@code tok}. */
    int indexOf(int tok) {
        int lo = 0;
        int hi = charStart.length - 1;
        int c = t.start[tok];
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (charStart[mid] <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int firstToken(int si) {
        return firstTok[si];
    }

    int endToken(int si) {
        return firstTok[si + 1];
    }

    int charStart(int si) {
        return charStart[si];
    }

    int charEnd(int si) {
        return Math.max(charEnd[si], charStart[si]);
    }

    /** True when the sentence begins a quotation that it does not close. */
    boolean opensQuote(int si) {
        int s = firstToken(si);
        int e = endToken(si);
        if (s >= e) {
            return false;
        }
        char c = t.firstChar(s);
        if (c != '"' && c != '\u201C') {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (t.type[k] == Tokens.PUNCT && (t.firstChar(k) == '\u201D' || t.firstChar(k) == '"')) {
                return false;
            }
        }
        return true;
    }

    /** True when both sentences exist and no line break separates them. */
    boolean sameParagraph(int a, int b) {
        if (a < 0 || b >= size() || a >= b) {
            return false;
        }
        for (int i = charEnd(a); i < charStart(b); i++) {
            if (t.text.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** True when the sentence holds any quotation mark (direct speech has its own speaker). */
    boolean hasQuote(int si) {
        for (int k = firstToken(si); k < endToken(si); k++) {
            if (t.type[k] == Tokens.PUNCT && (t.firstChar(k) == '\u201C' || t.firstChar(k) == '\u201D'
                    || t.firstChar(k) == '"')) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence holds a closing quotation mark. */
    boolean closesQuote(int si) {
        for (int k = firstToken(si); k < endToken(si); k++) {
            if (t.type[k] == Tokens.PUNCT && (t.firstChar(k) == '\u201D' || t.firstChar(k) == '"')) {
                return true;
            }
        }
        return false;
    }
}
