package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences end at line ends of every kind and never run past a bound, whatever the text. */
class SentenceSplitterTest {
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<String> sentences(String text) {
        return SPLITTER.split(text).stream().map(sp -> text.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aLoneCarriageReturnEndsALine() {
        assertThat(sentences("First line 12\rSecond line 13\rThird")).containsExactly("First line 12", "Second line 13",
                "Third");
        assertThat(sentences("One\r\nTwo\nThree")).containsExactly("One", "Two", "Three");
    }

    @Test
    void aPastedTableIsCutAtItsSeparators() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("region ").append(i).append(": ").append(i + 3).append(" killed, ").append(i + 5).append(" injured; ");
        }
        String text = sb.toString();
        List<int[]> spans = SPLITTER.split(text);
        assertThat(spans).allMatch(sp -> sp[1] - sp[0] <= SentenceSplitter.MAX_SENTENCE);
        assertThat(spans).allMatch(sp -> text.charAt(sp[1] - 1) == ';' || sp[1] == text.strip().length());
    }

    @Test
    void aRunOfNumbersWithoutSeparatorsIsCutToo() {
        String text = "7 ".repeat(20_000);
        assertThat(SPLITTER.split(text)).allMatch(sp -> sp[1] - sp[0] <= SentenceSplitter.MAX_SENTENCE);
        String unbroken = "x".repeat(10_000);
        assertThat(SPLITTER.split(unbroken)).allMatch(sp -> sp[1] - sp[0] <= SentenceSplitter.MAX_SENTENCE);
    }

    @Test
    void ordinaryProseIsAsBefore() {
        assertThat(sentences("Russia launched 29 missiles. Ukraine said 25 were downed.")).containsExactly(
                "Russia launched 29 missiles.", "Ukraine said 25 were downed.");
    }
}
