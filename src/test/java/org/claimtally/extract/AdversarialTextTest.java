package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * Adversarial text must cost time linear in its length. A guard in the manner of a
 * benchmark: the same pattern at 100 KB and at 1 MB, warmed up, best of three; ten times
 * the input may take at most thirty times as long (quadratic work would take a hundred).
 */
class AdversarialTextTest {
    static long bestNanos(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            for (Claim c : Extract.EXTRACTOR.extract("x.txt", text)) {
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    static void linear(String unit) {
        String small = unit.repeat(100_000 / unit.length());
        String large = unit.repeat(1_000_000 / unit.length());
        bestNanos(small); // warm-up
        long s = Math.max(bestNanos(small), 1_000_000);
        long l = bestNanos(large);
        assertThat(l).as("1 MB took %d ms, 100 KB took %d ms", l / 1_000_000, s / 1_000_000).isLessThan(30 * s);
    }

    @Test
    void digitsCommasAndSpaces() {
        linear("1,000,000 12 3,4 5, 6 ,7 1 000 000 ");
    }

    @Test
    void nestedQualifiers() {
        linear("at least more than nearly about up to some an estimated over 150-plus or more ");
    }

    @Test
    void rangesAndDashes() {
        linear("20-30-40-50 between 1 and 2 and 3 to 4 or 5 - - -- ");
    }

    @Test
    void wordsAndNumberWords() {
        linear("one hundred and twelve thousand and twenty-five-and-a-half dozens of hundreds of thousands ");
    }
}
