package org.claimtally.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.event.Features;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.model.Claim;
import org.claimtally.model.RunClaims;

/**
 * The companions of every claim of a run: the {@link Features#companion} keys of the figures
 * stated next to it in its sentence, whatever their category ("71 missiles and 450 drones":
 * each is the other's). Grouping works one category at a time; these are computed before, in
 * one pass over the run.
 */
final class Companions {
    private static final int[] NONE = new int[0];

    private Companions() {
    }

    /** Per run row, the companion keys of its claim (an empty array for most). */
    static int[][] of(RunClaims claims, GroupingPolicy p) {
        int n = claims.size();
        int[] keys = new int[n];
        int[] sentences = new int[n];
        int[] starts = new int[n];
        Map<String, List<Integer>> byDoc = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            keys[i] = Features.companion(c, p);
            sentences[i] = c.sentenceStart();
            starts[i] = c.start();
            byDoc.computeIfAbsent(claims.doc(i), d -> new ArrayList<>()).add(i);
        }
        int[][] out = new int[n][];
        Arrays.fill(out, NONE);
        for (List<Integer> rows : byDoc.values()) {
            rows.sort(Comparator.comparingInt((Integer r) -> sentences[r]).thenComparingInt(r -> starts[r])
                    .thenComparingInt(r -> r));
            fill(rows, keys, sentences, out, p.companionReach());
        }
        return out;
    }

    /** One document's rows, in text order: each takes the keys of the few beside it in its sentence. */
    private static void fill(List<Integer> rows, int[] keys, int[] sentences, int[][] out, int reach) {
        for (int i = 0; i < rows.size(); i++) {
            int at = rows.get(i);
            int[] found = new int[2 * reach];
            int k = 0;
            for (int j = Math.max(0, i - reach); j <= Math.min(rows.size() - 1, i + reach); j++) {
                int other = rows.get(j);
                if (j != i && sentences[other] == sentences[at] && keys[other] != 0 && keys[other] != keys[at]) {
                    found[k++] = keys[other];
                }
            }
            if (k > 0) {
                out[at] = Arrays.copyOf(found, k);
            }
        }
    }
}
