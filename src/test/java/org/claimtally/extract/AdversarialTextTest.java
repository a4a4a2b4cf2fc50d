package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * Adversarial text must cost work linear in its length. A guard that counts, not times: the
 * same pattern at 100 KB and at 1 MB, after a warm-up; ten times the input may allocate at
 * most twenty times the memory and give at most ten times the claims and output bytes (a
 * quadratic step allocates a hundred times: every scan of a sentence per figure makes its
 * substrings, lists and windows). Allocation is counted by the JVM per thread, the same on a
 * loaded machine as on a quiet one; the time of these shapes is measured by the JMH
 * {@code AdversarialBenchmark}.
 */
class AdversarialTextTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** Work of one extraction: bytes allocated, claims, CSV bytes. */
    record Work(long allocated, long claims, long csv) {
    }

    static Work work(String text) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        java.util.List<Claim> claims = Extract.EXTRACTOR.extract("x.txt", text);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        for (Claim c : claims) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
        }
        return new Work(allocated, claims.size(), Extract.csvBytes(claims));
    }

    static void linear(String unit) {
        String small = unit.repeat(100_000 / unit.length());
        String large = unit.repeat(1_000_000 / unit.length());
        work(small); // warm-up: the sentence model and the JIT
        Work s = work(small);
        Work l = work(large);
        String say = unit + ": 1 MB " + l + ", 100 KB " + s;
        assertThat(l.allocated()).as(say).isLessThanOrEqualTo(20 * Math.max(s.allocated(), 1_000_000));
        assertThat(l.claims()).as(say).isLessThanOrEqualTo(11 * s.claims() + 10);
        assertThat(l.csv()).as(say).isLessThanOrEqualTo(11 * s.csv() + 10_000);
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
