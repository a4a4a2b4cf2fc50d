package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.extract.Lexicon;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Qualifier;
import org.claimtally.model.SourceInfo;
import org.claimtally.pipeline.LexiconWords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards that count work, not time: grouping the same shape at two sizes makes comparisons in
 * proportion to the claims, so a step quadratic in the claims of a document, a day, a category
 * or a fact cannot come back unnoticed (a timed test would pass on a fast machine and fail on
 * a loaded one; a count is the same everywhere).
 */
class GroupingWorkTest {
    private static final int SMALL = 2_000;
    private static final int LARGE = 4 * SMALL;
    /** Linear growth with room for candidate lists filling to their caps: four times the claims, at most five times the work (a quadratic step gives sixteen). */
    private static final double MAX_RATIO = 5.0;

    /** A claim shape: claim {@code i} of a run of {@code n} as (document, town, value). */
    enum Shape {
        /** Five claims to a document, tolls of many incidents on one day: every claim a candidate of every fact. */
        MANY_INCIDENTS_ONE_DAY(n -> i -> new Spec("d" + i / 5, "Town" + (i * 7919 % Math.max(10, n / 50)), 10 + i % 90)),
        /** One document repeating one toll n times. */
        ONE_DOCUMENT_ONE_FIGURE(n -> i -> new Spec("d0", "Dorvask", 12)),
        /** One document of n different tolls. */
        ONE_DOCUMENT_DISTINCT(n -> i -> new Spec("d0", "Dorvask", 10 + i)),
        /** n documents of one day reporting one toll of one town. */
        ONE_FIGURE_EVERYWHERE(n -> i -> new Spec("d" + i, "Dorvask", 12)),
        /** n documents of one day, each its own town and figure. */
        DISTINCT_DOCUMENTS(n -> i -> new Spec("d" + i, "Town" + Integer.toString(i, 26).replace('0', 'q'), 10 + i % 500));

        final IntFunction<IntFunction<Spec>> make;

        Shape(IntFunction<IntFunction<Spec>> make) {
            this.make = make;
        }
    }

    record Spec(String doc, String town, double value) {
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void comparisonsGrowLinearlyWithTheClaims(Shape shape) {
        long small = comparisons(shape, SMALL);
        long large = comparisons(shape, LARGE);
        // candidate lists may still be filling towards their caps at these sizes (many facts of one
        // day that stay apart): then the work per claim must stay within what the caps allow, which
        // a step quadratic in the claims (thousands of comparisons a claim here) breaks at once
        long perClaimCap = GroupingPolicy.DEFAULT.candidatesPerClaim() + GroupingPolicy.DEFAULT.localScan();
        assertThat(large <= MAX_RATIO * Math.max(small, SMALL) || large <= (long) LARGE * perClaimCap)
                .as("%s: %d comparisons for %d claims, %d for %d", shape, small, SMALL, large, LARGE).isTrue();
    }

    private static long comparisons(Shape shape, int n) {
        IntFunction<Spec> spec = shape.make.apply(n);
        List<Claim> claims = new ArrayList<>(n);
        Map<String, DocSummary> docs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Spec s = spec.apply(i);
            String v = String.format(Locale.ROOT, "%.0f", s.value());
            String sentence = "Officials said " + v + " people were killed in " + s.town() + " when shells hit the market on Saturday.";
            String quote = v + " people were killed";
            int at = i * 200;
            claims.add(new Claim(s.doc(), at + 15, at + 15 + quote.length(), quote, v, s.value(), s.value(), s.value(),
                    Qualifier.EXACT, "killed", true, "killed", "", "Officials", "Saturday", null, sentence, at, ""));
            docs.computeIfAbsent(s.doc(), d -> new DocSummary(d, new SourceInfo(d, "Outlet " + d, "", "2024-05-04",
                    "Shelling in " + s.town(), Map.of()), 100, 1000, 5, ""));
        }
        FactGrouper g = new FactGrouper(docs, LexiconWords.grouping(Lexicon.builtin()));
        g.group(claims);
        return g.comparisons();
    }
}
