package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Lines as BufferedReader gives them, except that a line over the limit is dropped and marked. */
class BoundedLinesTest {

    static List<String> all(String text, long limit) throws Exception {
        List<String> out = new ArrayList<>();
        try (BoundedLines in = new BoundedLines(new StringReader(text), limit)) {
            for (String s = in.next(); s != null; s = in.next()) {
                out.add(s == BoundedLines.TOO_LONG ? "<too long>" : s);
            }
        }
        return out;
    }

    @Property(tries = 500)
    void sameLinesAsBufferedReaderUnderTheLimit(@ForAll @Chars({'a', '\n', '\r'}) @StringLength(max = 40) String text)
            throws Exception {
        List<String> expected = new java.io.BufferedReader(new StringReader(text)).lines().toList();
        assertThat(all(text, 1000)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void aLineOverTheLimitIsMarkedAndTheNextIsRead(@ForAll @IntRange(min = 1, max = 5) int limit,
                                                   @ForAll @IntRange(min = 0, max = 12) int extra) throws Exception {
        String longLine = "x".repeat(limit + 1 + extra);
        assertThat(all("ok\n" + longLine + "\nn", limit + 2)).containsExactly("ok",
                longLine.length() > limit + 2 ? "<too long>" : longLine, "n");
    }

    @Test
    void aHugeLineCostsNoMoreThanTheLimit() throws Exception {
        String text = "first\n" + "y".repeat(3_000_000) + "\nlast\n";
        assertThat(all(text, 1000)).containsExactly("first", "<too long>", "last");
    }
}
