package org.claimtally.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;

/**
 * Scores predicted claims against gold by the guidelines' matching rule: same document,
 * overlapping spans, equal category, and agreeing values (equal value; both vague with equal
 * low; both ranges with equal ends). Only documents that appear in the gold are scored.
 */
public final class GoldScorer {
    /** A gold claim and the prediction matched to it. */
    public record Pair(GoldClaim gold, Claim predicted) {
    }

    /** Everything the eval command reports. */
    public record Result(PRF core, PRF all, Map<String, int[]> agreement, Map<String, int[]> coreAgreement,
                         List<GoldClaim> misses, List<Claim> falseAlarms, List<Pair> pairs) {
        /** Share of matched pairs that agree on a field, or NaN when there are none. */
        public double agreement(String field) {
            return share(agreement.get(field));
        }

        /** The same over the pairs whose gold claim is core (the roles the facts are built from). */
        public double coreAgreement(String field) {
            return share(coreAgreement.get(field));
        }

        private static double share(int[] a) {
            return a == null || a[1] == 0 ? Double.NaN : a[0] / (double) a[1];
        }
    }

    static final List<String> FIELDS = List.of("qualifier", "action", "actor", "claimant", "time");

    private GoldScorer() {
    }

    public static Result score(List<GoldClaim> gold, List<Claim> predicted) {
        Set<String> docs = new HashSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        Map<String, List<Claim>> byDoc = new HashMap<>();
        for (Claim c : predicted) {
            if (docs.contains(c.doc())) {
                byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<Claim> used = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        List<GoldClaim> misses = new ArrayList<>();
        for (GoldClaim g : gold) {
            Claim best = null;
            int bestOverlap = 0;
            for (Claim c : byDoc.getOrDefault(g.doc(), List.of())) {
                int overlap = Math.min(g.end(), c.end()) - Math.max(g.start(), c.start());
                if (!used.contains(c) && overlap > bestOverlap && matches(g, c)) {
                    best = c;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                misses.add(g);
            } else {
                used.add(best);
                pairs.add(new Pair(g, best));
            }
        }
        List<Claim> falseAlarms = new ArrayList<>();
        byDoc.values().forEach(list -> list.stream().filter(c -> !used.contains(c)).forEach(falseAlarms::add));
        falseAlarms.sort(java.util.Comparator.comparing(Claim::doc).thenComparingInt(Claim::start));
        return new Result(prf(pairs, misses, falseAlarms, true), prf(pairs, misses, falseAlarms, false),
                agreement(pairs), agreement(pairs.stream().filter(p -> p.gold().core()).toList()), misses, falseAlarms,
                pairs);
    }

    static boolean matches(GoldClaim g, Claim c) {
        if (!g.category().equals(c.category())) {
            return false;
        }
        if (g.qualifier() == Qualifier.VAGUE && c.qualifier() == Qualifier.VAGUE) {
            return eq(g.low(), c.low());
        }
        if (g.qualifier() == Qualifier.RANGE && c.qualifier() == Qualifier.RANGE) {
            return eq(g.low(), c.low()) && eq(g.high(), c.high());
        }
        return g.value() != null && eq(g.value(), c.value());
    }

    private static boolean eq(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private static PRF prf(List<Pair> pairs, List<GoldClaim> misses, List<Claim> falseAlarms, boolean coreOnly) {
        int tp = (int) pairs.stream().filter(p -> !coreOnly || p.gold().core()).count();
        int fn = (int) misses.stream().filter(g -> !coreOnly || g.core()).count();
        int fp = (int) falseAlarms.stream().filter(c -> !coreOnly || c.core()).count();
        return new PRF(tp, fp, fn);
    }

    private static Map<String, int[]> agreement(List<Pair> pairs) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            int[] a = new int[2];
            for (Pair p : pairs) {
                a[1]++;
                if (agrees(f, p.gold(), p.predicted())) {
                    a[0]++;
                }
            }
            out.put(f, a);
        }
        return out;
    }

    static boolean agrees(String field, GoldClaim g, Claim c) {
        return switch (field) {
            case "qualifier" -> g.qualifier() == c.qualifier();
            case "action" -> TextAgreement.agrees(g.action(), c.action());
            case "actor" -> TextAgreement.agrees(g.actor(), c.actor());
            case "claimant" -> TextAgreement.agrees(g.claimant(), c.claimant());
            case "time" -> TextAgreement.agrees(g.time(), c.time());
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
