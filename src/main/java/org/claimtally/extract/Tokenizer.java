package org.claimtally.extract;

/**
 * Splits text into words, numbers and punctuation in one pass. A number is digits with
 * internal {@code ,} or {@code .} groups ("2,514", "1.5") or thin/narrow/no-break-space
 * thousands groups ("55 000"); the grammar above decides what the number means.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static Tokens tokenize(String text) {
        Tokens t = new Tokens(text, text.length() / 5);
        int n = text.length();
        int i = 0;
        boolean spaced = true;
        boolean line = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n' || c == '\r') {
                    line = true;
                }
                spaced = true;
                i++;
                continue;
            }
            int s = i;
            if (isDigit(c) || c == '.' && spaced && i + 1 < n && isDigit(text.charAt(i + 1))) {
                i = c == '.' ? digitsOnly(text, i + 1) : scanNumber(text, i); // ".2 per cent"
                t.add(s, i, Tokens.NUM, spaced, line);
            } else if (Character.isLetter(c)) {
                i = scanWord(text, i);
                t.add(s, i, Tokens.WORD, spaced, line);
            } else {
                i += Character.charCount(text.codePointAt(i));
                t.add(s, i, Tokens.PUNCT, spaced, line);
            }
            spaced = false;
            line = false;
        }
        return t;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whitespace, no-break spaces and invisible format characters (U+200B, U+2060 …). */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static boolean isGroupSpace(char c) {
        return c == '\u2009' || c == '\u202F' || c == '\u00A0' || c == ' ';
    }

    private static int scanWord(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && !isPossessiveS(text, i)) {
                i++; // don't, O'Brien; but Russia's splits so the possessive can be seen
            } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && i + 2 < n && text.charAt(i + 2) == '.') {
                i++; // a.m., p.m., U.S.
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isPossessiveS(String text, int i) {
        return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    private static int scanNumber(String text, int i) {
        int n = text.length();
        int groupStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int firstGroup = i - groupStart;
        boolean comma = false;
        boolean space = false;
        while (i + 1 < n) {
            char c = text.charAt(i);
            if (c == ',' && !space && threeDigits(text, i + 1)) {
                comma = true;
                i += 4;
            } else if (isGroupSpace(c) && !comma && firstGroup <= 3 && threeDigits(text, i + 1)) {
                space = true; // "55 000", "1 000 000": thin, no-break or plain space groups
                i += 4;
            } else if (c == '.' && isDigit(text.charAt(i + 1)) && !dottedDate(text, i + 1)) {
                i++;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                break;
            } else {
                break;
            }
        }
        return i;
    }

    /** The digits after a leading decimal point: no further groups (".1.5" is ".1" then ".5"). */
    private static int digitsOnly(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Exactly three digits at {@code i}, not followed by another digit. */
    private static boolean threeDigits(String text, int i) {
        int n = text.length();
        if (i + 3 > n) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (!isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        return i + 3 == n || !isDigit(text.charAt(i + 3));
    }

    /** "4.5.17": digits, a dot, digits, another dot and digits is a date, not a decimal. */
    private static boolean dottedDate(String text, int i) {
        int n = text.length();
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1));
    }
}
