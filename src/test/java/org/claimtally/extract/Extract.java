package org.claimtally.extract;

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
}
