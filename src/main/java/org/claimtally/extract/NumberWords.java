package org.claimtally.extract;

import java.util.Map;

/**
 * English number words: "four", "twenty-five", "one hundred and twelve", "a dozen",
 * "half a million", "two-thirds". Grammar, not a lexicon: these words do not vary by user.
 */
final class NumberWords {
    private NumberWords() {
    }

    static final Map<String, Integer> ONES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    /** Denominators of fractions, singular and plural. */
    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

    static boolean isNumberWord(String w) {
        return ONES.containsKey(w) || TENS.containsKey(w) || w.equals("hundred") || SCALES.containsKey(w)
                || w.equals("dozen");
    }

    /** Result of parsing words: value and the token after the last word used. */
    record Parsed(double value, int next) {
    }

    /**
     * Parses a cardinal written in words starting at token {@code i}; null if none.
     * Hyphenated compounds arrive as word, glued dash, word.
     */
    static Parsed parse(Tokens t, int i) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int j = i;
        int lastGood = i;
        if (t.is(j, "a") || t.is(j, "an")) {
            String next = j + 1 < t.size ? t.lower(j + 1) : "";
            if (next.equals("hundred") || next.equals("dozen") || SCALES.containsKey(next)) {
                current = 1;
                j++;
            } else {
                return null;
            }
        }
        while (j < t.size && t.isWord(j)) {
            String w = t.lower(j);
            Integer one = ONES.get(w);
            Integer ten = TENS.get(w);
            if (one != null) {
                if (any && current % 100 != 0 && !(current % 10 == 0 && current % 100 != 0 && one < 10)) {
                    break; // "five six" is two numbers
                }
                current += one;
            } else if (ten != null) {
                if (any && current % 100 != 0) {
                    break;
                }
                current += ten;
                if (t.gluedDash(j + 1) && t.isWord(j + 2) && ONES.containsKey(t.lower(j + 2))
                        && ONES.get(t.lower(j + 2)) < 10) {
                    current += ONES.get(t.lower(j + 2));
                    j += 2;
                }
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (w.equals("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
            } else if (SCALES.containsKey(w)) {
                total += (current == 0 ? 1 : current) * SCALES.get(w);
                current = 0;
            } else if (w.equals("and") && any && (total > 0 || current >= 100) && j + 1 < t.size
                    && t.isWord(j + 1) && (ONES.containsKey(t.lower(j + 1)) || TENS.containsKey(t.lower(j + 1)))) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
            lastGood = j;
            if (t.gluedDash(j) && t.isWord(j + 1) && isNumberWord(t.lower(j + 1))
                    && !TENS.containsKey(w)) {
                j++; // "two-hundred", "twenty-five-thousand"
            }
        }
        if (!any) {
            return null;
        }
        return new Parsed(total + current, lastGood);
    }
}
