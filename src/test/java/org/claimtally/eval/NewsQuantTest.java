package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtally.extract.Extract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NewsQuant scorer on a tiny hand-made benchmark file. */
class NewsQuantTest {
    @TempDir
    Path tmp;

    @Test
    void scoresValueAndChange() throws Exception {
        Path f = tmp.resolve("nq.json");
        Files.writeString(f, """
                [
                 {"text": "Shares rose 5% to $84.", "quantities": [
                    {"change": "up", "value": "5.0", "unit": "%"}, {"change": "=", "value": "84", "unit": "$"}]},
                 {"text": "Dozens of people were hurt.", "quantities": [
                    {"change": "=", "value": "12-120", "unit": "people"}]},
                 {"text": "Several people came in 1999.", "quantities": []},
                 {"text": "About 30 ships sailed.", "quantities": [{"change": "=", "value": "30", "unit": "ships"}]}
                ]""");
        List<NewsQuant.Sentence> s = NewsQuant.read(f);
        assertThat(s).hasSize(4);
        NewsQuant.Result r = NewsQuant.score(s, Extract.EXTRACTOR, false);
        // 4 gold, 4 predicted ("several" carries no quantity there), all values right
        assertThat(r.value().truePositives()).isEqualTo(4);
        assertThat(r.value().falsePositives()).isZero();
        // "About 30" is "~" for us and "=" in this gold: one change label off
        assertThat(r.valueChange().truePositives()).isEqualTo(3);
    }

    /** The benchmark's conventions that differ from the guidelines: hedged ranges and "nearly" are "~". */
    @Test
    void hedgedRangesAndNearlyAreApproximate() throws Exception {
        Path f = tmp.resolve("hedges.json");
        Files.writeString(f, """
                [
                 {"text": "Cooking takes about 14-18 minutes.", "quantities": [{"change": "~", "value": "14-18"}]},
                 {"text": "Nearly two-thirds of sales came from CDs.", "quantities": [{"change": "~", "value": "0.6667"}]},
                 {"text": "They hired up to 400 workers.", "quantities": [{"change": "<", "value": "400"}]},
                 {"text": "Prices range from $200 to $400.", "quantities": [{"change": "=", "value": "200-400"}]}
                ]""");
        NewsQuant.Result r = NewsQuant.score(NewsQuant.read(f), Extract.EXTRACTOR, false);
        assertThat(r.value().truePositives()).isEqualTo(4);
        assertThat(r.valueChange().truePositives()).isEqualTo(4);
    }

    @Test
    void parsesRangesAndSingleValues() {
        assertThat(NewsQuant.parse("=", "12-120")).isEqualTo(new NewsQuant.Quantity("=", 12, 120));
        assertThat(NewsQuant.parse("=", "3.0 - 4.0")).isEqualTo(new NewsQuant.Quantity("=", 3, 4));
        assertThat(NewsQuant.parse("=", "-5")).isEqualTo(new NewsQuant.Quantity("=", -5, -5));
        // an exponent's minus is no range (gold values in scientific notation were dropped)
        assertThat(NewsQuant.parse("=", "2.998E-08")).isEqualTo(new NewsQuant.Quantity("=", 2.998e-8, 2.998e-8));
        assertThat(NewsQuant.parse("=", "1e-3 - 2e-3")).isEqualTo(new NewsQuant.Quantity("=", 1e-3, 2e-3));
        assertThat(NewsQuant.parse("=", "n/a")).isNull();
    }
}
