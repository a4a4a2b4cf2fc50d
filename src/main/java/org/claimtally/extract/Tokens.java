package org.claimtally.extract;

import java.util.Locale;

/**
 * The tokens of one text, as parallel arrays (no object per token: this runs over
 * every character of every article). Words, numbers and single punctuation marks;
 * whitespace and invisible format characters (zero-width spaces, joiners) separate tokens.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] type;
    /** True when whitespace (or a format character) precedes the token. */
    boolean[] spaced;
    /** True when a line break precedes the token. */
    boolean[] lineStart;
    private String[] lower;

    Tokens(String text, int capacity) {
        this.text = text;
        int cap = Math.max(16, capacity);
        start = new int[cap];
        end = new int[cap];
        type = new byte[cap];
        spaced = new boolean[cap];
        lineStart = new boolean[cap];
    }

    void add(int s, int e, byte t, boolean sp, boolean ls) {
        if (size == start.length) {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            type = java.util.Arrays.copyOf(type, cap);
            spaced = java.util.Arrays.copyOf(spaced, cap);
            lineStart = java.util.Arrays.copyOf(lineStart, cap);
        }
        start[size] = s;
        end[size] = e;
        type[size] = t;
        spaced[size] = sp;
        lineStart[size] = ls;
        size++;
    }

    /** Lower-cased token text, computed once per token and only when asked for. */
    String lower(int i) {
        if (lower == null) {
            lower = new String[start.length];
        } else if (lower.length < start.length) {
            lower = java.util.Arrays.copyOf(lower, start.length);
        }
        String s = lower[i];
        if (s == null) {
            s = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
            lower[i] = s;
        }
        return s;
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    char firstChar(int i) {
        return text.charAt(start[i]);
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && type[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && type[i] == NUM;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && type[i] == PUNCT && text.charAt(start[i]) == c;
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < size && type[i] == WORD && end[i] - start[i] == lowerWord.length()
                && text.regionMatches(true, start[i], lowerWord, 0, lowerWord.length());
    }

    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the token is a hyphen or dash glued to both neighbours ("Su-34", "20-30"). */
    boolean gluedDash(int i) {
        if (i <= 0 || i >= size - 1 || type[i] != PUNCT) {
            return false;
        }
        char c = text.charAt(start[i]);
        return isDash(c) && !spaced[i] && !spaced[i + 1];
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u2014' || c == '\u2212';
    }
}
