package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;

/** Shared test helper: one extractor per test JVM (loading the sentence model takes a moment). */
public final class Extract {
    public static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Lexicon.builtin());

    private Extract() {
    }

    public static List<Claim> claims(String text) {
        return EXTRACTOR.extract("t.txt", text);
    }

    /** The single claim whose quote contains {@code within}; fails when there is not exactly one. */
    public static Claim only(String text, String within) {
        List<Claim> found = claims(text).stream().filter(c -> c.quote().contains(within)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one claim containing '" + within + "' in: " + text + "\n got: " + claims(text));
        }
        return found.get(0);
    }

    /**
     * The invariants every claim keeps, on any text: its quote is exactly text[start, end) and
     * lies inside its sentence, at the sentence's own offsets; low ≤ value ≤ high.
     */
    public static List<Claim> checked(String text) {
        List<Claim> claims = claims(text);
        for (Claim c : claims) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
            assertThat(c.start()).isGreaterThanOrEqualTo(c.sentenceStart());
            assertThat(c.end()).isLessThanOrEqualTo(c.sentenceStart() + c.sentence().length());
            assertThat(text.substring(c.sentenceStart(), c.sentenceStart() + c.sentence().length()))
                    .isEqualTo(c.sentence());
            if (c.low() != null && c.high() != null) {
                assertThat(c.low()).isLessThanOrEqualTo(c.high());
            }
            if (c.value() != null && c.low() != null) {
                assertThat(c.low()).isLessThanOrEqualTo(c.value());
            }
            if (c.value() != null && c.high() != null) {
                assertThat(c.value()).isLessThanOrEqualTo(c.high());
            }
        }
        return claims;
    }
}
