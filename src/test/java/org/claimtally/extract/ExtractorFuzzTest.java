package org.claimtally.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests (Jazzer). In a normal build they replay the committed seeds in
 * src/test/resources/org/claimtally/extract/ExtractorFuzzTestInputs; to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ExtractorFuzzTest#extractor} (or #numberGrammar).
 * Invariants: no exception; every quote is exactly text[start, end) and lies inside its sentence;
 * low ≤ value ≤ high; and work per input byte is bounded: at most one claim per two characters,
 * and the claims' CSV at most 20 times the text (see Extract#checked).
 */
class ExtractorFuzzTest {
    private static final String[] FRAGMENTS = {"1", "29", "2,514", "1,000,000", "0.5", ".001", "55 000", "2022",
        "4th", "-", "\u2013", "+", "%", "$", "\u20ac", "US$", " ", " ", " ", ",", ".", "/", ":", "(", ")", "\n",
        "million", "bn", "k", "m", "per cent", "pct", "at least", "more than", "nearly", "up to", "about",
        "some", "an estimated", "or more", "-plus", "between", "and", "to", "or", "from", "by", "minus",
        "one", "two", "twenty", "-five", "hundred", "thousand", "a", "dozen", "half", "third", "thirds",
        "dozens of", "hundreds of thousands", "tens of", "several", "a few", "a couple of", "in", "out of",
        "people", "killed", "were", "wounded", "missiles", "drones", "launched", "Russia", "Ukraine", "said",
        "according to", "the UN", "overnight", "Tuesday", "since", "the start of the day", "Su", "S", "G",
        "Article", "year", "-year-old", "old", "aged", "\u201C", "\u201D", "\u200B", "\u00A0", "\uD83D\uDE00"};

    @FuzzTest(maxDuration = "10m")
    void extractor(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10m")
    void numberGrammar(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        int n = data.consumeInt(0, 60);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            sb.append(data.pickValue(FRAGMENTS));
            if (data.consumeBoolean()) {
                sb.append(' ');
            }
        }
        check(sb.toString());
    }

    static void check(String text) {
        Extract.checked(text); // the shared invariants, see Extract#checked
    }
}
