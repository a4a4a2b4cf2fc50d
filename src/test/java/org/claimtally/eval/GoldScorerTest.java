package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.junit.jupiter.api.Test;

/** The scorer on small hand-made cases whose answers are worked out by hand. */
class GoldScorerTest {
    static GoldClaim gold(int start, int end, Double value, Double low, Double high, Qualifier q, String category,
                          String claimant, boolean core) {
        return new GoldClaim("d.txt", start, end, "x".repeat(end - start), value, low, high, q, category, "", "",
                claimant, "", core, 1);
    }

    static Claim pred(int start, int end, Double value, Double low, Double high, Qualifier q, String category,
                      String claimant, boolean core) {
        return new Claim("d.txt", start, end, "x".repeat(end - start), "", value, low, high, q, category, core, "", "",
                claimant, "", null, "", 0, "");
    }

    @Test
    void perfectMatch() {
        var r = GoldScorer.score(List.of(gold(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "Ukraine", true)),
                List.of(pred(2, 12, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "Ukraine", true)));
        assertThat(r.core().f1()).isEqualTo(1.0);
        assertThat(r.agreement("claimant")).isEqualTo(1.0);
    }

    /** Role agreement is reported over all matched pairs and over those whose gold claim is core. */
    @Test
    void agreementOverCorePairsStandsApart() {
        var r = GoldScorer.score(List.of(gold(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "Ukraine", true),
                        gold(20, 30, 4.0, 4.0, 4.0, Qualifier.EXACT, "duration_hours", "", false)),
                List.of(pred(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "Ukraine", true),
                        pred(20, 30, 4.0, 4.0, 4.0, Qualifier.EXACT, "duration_hours", "Kyiv", false)));
        assertThat(r.agreement("claimant")).isEqualTo(0.5);
        assertThat(r.coreAgreement("claimant")).isEqualTo(1.0);
    }

    @Test
    void wrongValueWrongCategoryAndNoOverlapDoNotMatch() {
        List<GoldClaim> g = List.of(gold(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "", true));
        assertThat(GoldScorer.score(g, List.of(pred(0, 10, 28.0, 28.0, 28.0, Qualifier.EXACT, "missiles", "", true)))
                .core().truePositives()).isZero();
        assertThat(GoldScorer.score(g, List.of(pred(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "drones", "", true)))
                .core().truePositives()).isZero();
        assertThat(GoldScorer.score(g, List.of(pred(10, 20, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "", true)))
                .core().truePositives()).isZero();
    }

    @Test
    void vagueMatchesOnLowAndRangeOnBothEnds() {
        var vague = GoldScorer.score(List.of(gold(0, 9, null, 1000.0, 9999.0, Qualifier.VAGUE, "killed", "", true)),
                List.of(pred(0, 9, null, 1000.0, 9999.0, Qualifier.VAGUE, "killed", "", true)));
        assertThat(vague.core().f1()).isEqualTo(1.0);
        var range = GoldScorer.score(List.of(gold(0, 9, null, 20.0, 30.0, Qualifier.RANGE, "killed", "", true)),
                List.of(pred(0, 9, null, 20.0, 31.0, Qualifier.RANGE, "killed", "", true)));
        assertThat(range.core().f1()).isZero();
    }

    /** 2 gold core, 3 predicted core: 1 hit, so P = 1/3, R = 1/2, F1 = 0.4. */
    @Test
    void countsPrecisionRecallF1() {
        List<GoldClaim> g = List.of(
                gold(0, 5, 4.0, 4.0, 4.0, Qualifier.EXACT, "killed", "", true),
                gold(20, 25, 7.0, 7.0, 7.0, Qualifier.EXACT, "injured", "", true),
                gold(40, 45, 6.0, null, null, Qualifier.APPROX, "duration_hours", "", false));
        List<Claim> p = List.of(
                pred(0, 5, 4.0, 4.0, 4.0, Qualifier.EXACT, "killed", "", true),
                pred(20, 25, 8.0, 8.0, 8.0, Qualifier.EXACT, "injured", "", true),
                pred(60, 65, 3.0, 3.0, 3.0, Qualifier.EXACT, "killed", "", true),
                pred(40, 45, 6.0, null, null, Qualifier.APPROX, "duration_hours", "", false));
        var r = GoldScorer.score(g, p);
        assertThat(r.core().precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(r.core().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.core().f1()).isCloseTo(0.4, within(1e-9));
        assertThat(r.all().truePositives()).isEqualTo(2);
        assertThat(r.misses()).hasSize(1);
        assertThat(r.falseAlarms()).hasSize(2);
    }

    @Test
    void documentsOutsideTheGoldAreNotScored() {
        Claim elsewhere = new Claim("other.txt", 0, 2, "29", "", 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", true, "",
                "", "", "", null, "", 0, "");
        var r = GoldScorer.score(List.of(gold(0, 10, 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", "", true)),
                List.of(elsewhere));
        assertThat(r.core().falsePositives()).isZero();
        assertThat(r.core().falseNegatives()).isEqualTo(1);
    }

    @Test
    void freeTextAgreementIsLenientButNotBlind() {
        assertThat(TextAgreement.agrees("Ukraine's general staff", "Ukraine’s General Staff")).isTrue();
        assertThat(TextAgreement.agrees("Zelensky", "President Volodymyr Zelenskyy")).isTrue();
        assertThat(TextAgreement.agrees("", "")).isTrue();
        assertThat(TextAgreement.agrees("UN", "")).isFalse();
        assertThat(TextAgreement.agrees("Russia", "Ukraine")).isFalse();
    }
}
