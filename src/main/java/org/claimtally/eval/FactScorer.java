package org.claimtally.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the grouping of claims into facts against hand-made facts, as the annotation
 * guidelines' "Facts" section says (and as the reference scorer computes it): each gold claim
 * is matched to the unused predicted claim of its document, of the same category, whose span
 * overlaps it most (gold claims in file order); an unmatched gold claim, or one matched to a
 * claim in no fact, stands alone. Then pairwise precision and recall over pairs of gold claims
 * from different documents, B-cubed over all gold claims, and the multi-document gold facts
 * that come out whole.
 */
public final class FactScorer {
    private FactScorer() {
    }

    /** A gold claim with its hand-made fact. */
    public record GoldFactClaim(String doc, int start, int end, String quote, String category, String fact) {
    }

    /** A predicted claim with the id of the fact it was put in ("" for none). */
    public record Predicted(String doc, int start, int end, String quote, String category, String fact) {
    }

    /** A pair of gold claims the prediction got wrong: merged though different, or apart though one fact. */
    public record Pair(GoldFactClaim a, String predictedA, GoldFactClaim b, String predictedB) {
    }

    /** The scores; {@code predictedFact} gives, per gold claim, the predicted fact it landed in. */
    public record Result(int claims, int facts, int multiDocFacts, int matched, int inNoFact, PRF pairwise,
                         double bcubedP, double bcubedR, int whole, List<String> predictedFact,
                         List<Pair> wrongMerges, List<Pair> missedLinks) {
        public double bcubedF1() {
            return bcubedP + bcubedR == 0 ? 0 : 2 * bcubedP * bcubedR / (bcubedP + bcubedR);
        }

        /** The reference scorer's lines, figure for figure. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "gold: %d claims, %d facts, %d with >= 2 documents", claims, facts,
                    multiDocFacts));
            out.add(String.format(Locale.ROOT, "detection: %d/%d = %.3f (%d matched claims in no fact)", matched, claims,
                    claims == 0 ? 0 : matched / (double) claims, inNoFact));
            out.add(String.format(Locale.ROOT, "pairwise (cross-document): P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
                    p(pairwise), r(pairwise), f(pairwise), pairwise.truePositives(), pairwise.falsePositives(),
                    pairwise.falseNegatives()));
            out.add(String.format(Locale.ROOT, "bcubed: P %.3f R %.3f F1 %.3f", bcubedP, bcubedR, bcubedF1()));
            out.add(String.format(Locale.ROOT, "exact multi-document facts: %d/%d = %.3f", whole, multiDocFacts,
                    whole / (double) Math.max(1, multiDocFacts)));
            return out;
        }

        public String lastLine() {
            return String.format(Locale.ROOT, "cross-document pairwise F1 %.3f", f(pairwise));
        }
    }

    // the reference scorer counts an empty side as perfect: no predicted pair is no wrong pair
    static double p(PRF x) {
        int d = x.truePositives() + x.falsePositives();
        return d == 0 ? 1 : x.truePositives() / (double) d;
    }

    static double r(PRF x) {
        int d = x.truePositives() + x.falseNegatives();
        return d == 0 ? 1 : x.truePositives() / (double) d;
    }

    static double f(PRF x) {
        double p = p(x);
        double r = r(x);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The document's file name: predicted ids may carry folders. */
    static String base(String doc) {
        String d = doc.replace('\\', '/');
        return d.substring(d.lastIndexOf('/') + 1);
    }

    public static Result score(List<GoldFactClaim> gold, List<Predicted> predicted) {
        Set<String> docs = new HashSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        Map<String, List<Predicted>> byDoc = new HashMap<>();
        for (Predicted p : predicted) {
            String d = base(p.doc());
            if (docs.contains(d)) {
                byDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
            }
        }
        int n = gold.size();
        List<String> pf = match(gold, byDoc);
        int matched = 0;
        int inNoFact = 0;
        for (String s : pf) {
            matched += s.startsWith("__unmatched") ? 0 : 1;
            inNoFact += s.startsWith("__nofact") ? 1 : 0;
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Pair> wrong = new ArrayList<>();
        List<Pair> missed = new ArrayList<>();
        Set<List<String>> seenWrong = new HashSet<>();
        Set<List<String>> seenMissed = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                GoldFactClaim a = gold.get(i);
                GoldFactClaim b = gold.get(j);
                if (a.doc().equals(b.doc())) {
                    continue;
                }
                boolean sameGold = a.fact().equals(b.fact());
                boolean samePred = pf.get(i).equals(pf.get(j));
                if (sameGold && samePred) {
                    tp++;
                } else if (samePred) {
                    fp++;
                    if (seenWrong.add(List.of(a.fact(), b.fact(), pf.get(i)))) {
                        wrong.add(new Pair(a, pf.get(i), b, pf.get(j)));
                    }
                } else if (sameGold) {
                    fn++;
                    if (seenMissed.add(List.of(a.fact(), pf.get(i), pf.get(j)))) {
                        missed.add(new Pair(a, pf.get(i), b, pf.get(j)));
                    }
                }
            }
        }
        Map<String, Set<Integer>> gc = new LinkedHashMap<>();
        Map<String, Set<Integer>> pc = new HashMap<>();
        for (int i = 0; i < n; i++) {
            gc.computeIfAbsent(gold.get(i).fact(), k -> new HashSet<>()).add(i);
            pc.computeIfAbsent(pf.get(i), k -> new HashSet<>()).add(i);
        }
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            Set<Integer> g = gc.get(gold.get(i).fact());
            Set<Integer> p = pc.get(pf.get(i));
            int both = 0;
            for (int k : g) {
                both += p.contains(k) ? 1 : 0;
            }
            bp += both / (double) p.size();
            br += both / (double) g.size();
        }
        int multi = 0;
        int whole = 0;
        for (Set<Integer> members : gc.values()) {
            Set<String> memberDocs = new HashSet<>();
            members.forEach(i -> memberDocs.add(gold.get(i).doc()));
            if (memberDocs.size() < 2) {
                continue;
            }
            multi++;
            Set<String> ps = new HashSet<>();
            members.forEach(i -> ps.add(pf.get(i)));
            if (ps.size() == 1 && pc.get(ps.iterator().next()).equals(members)) {
                whole++;
            }
        }
        return new Result(n, gc.size(), multi, matched, inNoFact, new PRF(tp, fp, fn), n == 0 ? 0 : bp / n,
                n == 0 ? 0 : br / n, whole, List.copyOf(pf), wrong, missed);
    }

    /** Per gold claim, the fact of the predicted claim it matches, or a name of its own. */
    private static List<String> match(List<GoldFactClaim> gold, Map<String, List<Predicted>> byDoc) {
        Set<Predicted> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> pf = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            GoldFactClaim g = gold.get(i);
            Predicted best = null;
            int bestOverlap = 0;
            for (Predicted p : byDoc.getOrDefault(g.doc(), List.of())) {
                if (used.contains(p) || !p.category().equals(g.category())) {
                    continue;
                }
                int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                pf.add("__unmatched_" + i);
            } else {
                used.add(best);
                pf.add(best.fact().isEmpty() ? "__nofact_" + i : best.fact());
            }
        }
        return pf;
    }
}
