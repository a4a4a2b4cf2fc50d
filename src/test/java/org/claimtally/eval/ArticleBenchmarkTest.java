package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article-extraction benchmark's metric, checked on counts worked out by hand. */
class ArticleBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void tokensAreWordRunsAsPythonReadsThem() {
        assertThat(ArticleBenchmark.tokens("It's 5°C — x_y café ²")).containsExactly("It", "s", "5", "C", "x_y", "café", "²");
    }

    @Test
    void countsAreSharedShinglesNormalised() {
        // truth: a b c d e -> shingles abcd, bcde; extracted: a b c d x -> abcd, bcdx
        ArticleBenchmark.Counts c = ArticleBenchmark.counts("a b c d e", "a b c d x");
        assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(ArticleBenchmark.counts("one two", "one two").tp()).isEqualTo(1.0); // shorter than a shingle
        assertThat(ArticleBenchmark.counts("a a a a a", "a a a a").tp()).isCloseTo(0.5, within(1e-9)); // counts, not sets
    }

    @Test
    void pagesWithNothingExtractedLeavePrecisionsMean() throws Exception {
        Files.writeString(dir.resolve("truth.json"), """
                {"p1": {"articleBody": "a b c d e", "url": "https://x.example/1"},
                 "p2": {"articleBody": "f g h i", "url": ""}}""");
        Files.writeString(dir.resolve("p1.html"), "x");
        List<ArticleBenchmark.Page> pages = ArticleBenchmark.read(dir.resolve("truth.json"));
        ArticleBenchmark.Result r = ArticleBenchmark.score(pages, dir, (html, url) -> "a b c d e");
        assertThat(r.missing()).isEqualTo(1); // p2 has no page file: nothing extracted
        assertThat(r.precision()).isEqualTo(1.0); // p2 is left out of precision's mean
        assertThat(r.recall()).isEqualTo(0.5); // but counts in recall's
        assertThat(r.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }
}
