package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact scorer on small cases worked out by hand. */
class FactScorerTest {
    static FactScorer.GoldFactClaim g(String doc, int start, String fact) {
        return new FactScorer.GoldFactClaim(doc, start, start + 5, "q", "killed", fact);
    }

    static FactScorer.Predicted p(String doc, int start, String fact) {
        return new FactScorer.Predicted("some/folder/" + doc, start, start + 5, "q", "killed", fact);
    }

    @Test
    void perfectGroupingScoresOne() {
        var gold = List.of(g("a", 0, "x"), g("b", 0, "x"), g("c", 0, "x"), g("a", 10, "y"));
        var r = FactScorer.score(gold, List.of(p("a", 0, "F1"), p("b", 1, "F1"), p("c", 2, "F1"), p("a", 10, "F2")));
        assertThat(r.pairwise().truePositives()).isEqualTo(3);
        assertThat(FactScorer.f(r.pairwise())).isEqualTo(1.0);
        assertThat(r.bcubedF1()).isEqualTo(1.0);
        assertThat(r.whole()).isEqualTo(1);
        assertThat(r.multiDocFacts()).isEqualTo(1);
    }

    @Test
    void aMissingClaimStandsAloneAndBreaksWholeness() {
        var gold = List.of(g("a", 0, "x"), g("b", 0, "x"), g("c", 0, "x"));
        var r = FactScorer.score(gold, List.of(p("a", 0, "F1"), p("b", 0, "F1")));
        assertThat(r.matched()).isEqualTo(2);
        assertThat(r.pairwise().truePositives()).isEqualTo(1);
        assertThat(r.pairwise().falseNegatives()).isEqualTo(2);
        assertThat(r.whole()).isZero();
        // b-cubed recall: a and b see 2 of 3, c sees 1 of 3
        assertThat(r.bcubedR()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
        assertThat(r.bcubedP()).isEqualTo(1.0);
    }

    @Test
    void aWrongMergeCostsPrecisionAndIsListed() {
        var gold = List.of(g("a", 0, "x"), g("b", 0, "y"));
        var r = FactScorer.score(gold, List.of(p("a", 0, "F1"), p("b", 0, "F1")));
        assertThat(r.pairwise().falsePositives()).isEqualTo(1);
        assertThat(r.wrongMerges()).hasSize(1);
        assertThat(r.bcubedP()).isEqualTo(0.5);
    }

    @Test
    void categoryMustAgreeAndEachPredictedClaimMatchesOnce() {
        var gold = List.of(g("a", 0, "x"), g("a", 1, "x"), g("b", 0, "x"));
        var injured = new FactScorer.Predicted("b", 0, 5, "q", "injured", "F1");
        var r = FactScorer.score(gold, List.of(p("a", 0, "F1"), injured));
        assertThat(r.matched()).isEqualTo(1); // the second gold claim of a finds the first one used
        assertThat(r.pairwise().truePositives()).isZero();
    }

    @Test
    void aClaimInNoFactIsCountedAndStandsAlone() {
        var gold = List.of(g("a", 0, "x"), g("b", 0, "x"));
        var r = FactScorer.score(gold, List.of(p("a", 0, ""), p("b", 0, "")));
        assertThat(r.inNoFact()).isEqualTo(2);
        assertThat(r.pairwise().truePositives()).isZero();
    }
}
