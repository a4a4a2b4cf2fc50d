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

    /** The output bound the product keeps on any input: the claims' CSV at most this many times its size. */
    public static final int OUTPUT_RATIO = 20;

    /** Room for one row's fixed columns, so that a text of a few characters may still give its claim. */
    public static final int ROW_SLACK = 200;

    /**
     * The invariants every claim keeps, on any text: its quote is exactly text[start, end) and
     * lies inside its sentence, at the sentence's own offsets; low ≤ value ≤ high. And the work
     * a text costs follows its size: at most one claim per two characters (a figure and what
     * parts it from the next), and the claims' CSV rows at most {@link #OUTPUT_RATIO} times the text's bytes.
     */
    public static List<Claim> checked(String text) {
        List<Claim> claims = claims(text);
        assertThat(claims.size()).as("claims per input character").isLessThanOrEqualTo(text.length() / 2 + 1);
        // the bound is on bytes, as a file's size is: a dash is three of them in UTF-8, its CSV cell as many
        long size = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(csvBytes(claims)).as("CSV bytes of %d bytes: %s", size, text.length() > 500 ? text.substring(0, 500) + "…" : text)
                .isLessThanOrEqualTo(OUTPUT_RATIO * size + ROW_SLACK);
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

    /** The bytes the claims' rows take in the extract CSV, as {@code claimtally extract -f csv} writes them. */
    public static long csvBytes(List<Claim> claims) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (org.claimtally.report.CsvOutput<Claim> out = new org.claimtally.report.CsvOutput<>(w,
                org.claimtally.report.ClaimColumns.ALL, true)) {
            for (Claim c : claims) {
                out.row(c);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                - String.join(",", org.claimtally.report.ClaimColumns.ALL.stream().map(c -> c.name()).toList()).length() - 1;
    }
}
