package org.claimtally.aggregate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.claimtally.event.Features;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.model.Claim;
import org.claimtally.model.RunClaims;

/**
 * The companions of every claim of a run: the {@link Features#companion} keys of the figures
 * stated next to it in its sentence, whatever their category ("71 missiles and 450 drones":
 * each is the other's). Grouping works one category at a time; these are computed before, in
 * one pass over the run, in primitive arrays (a run of millions of claims boxes none of them).
 */
final class Companions {
    private static final int[] NONE = new int[0];

    private Companions() {
    }

    /** Per run row, the companion keys of its claim (the shared empty array for most). */
    static int[][] of(RunClaims claims, GroupingPolicy p) {
        int n = claims.size();
        int[] keys = new int[n];
        int[] sentences = new int[n];
        int[] starts = new int[n];
        long[] byDoc = new long[n]; // document number, then row: one document's rows side by side
        Map<String, Integer> docs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            keys[i] = Features.companion(c, p);
            sentences[i] = c.sentenceStart();
            starts[i] = c.start();
            long doc = docs.computeIfAbsent(claims.doc(i), d -> docs.size());
            byDoc[i] = doc << 32 | i;
        }
        Arrays.sort(byDoc);
        int[][] out = new int[n][];
        Arrays.fill(out, NONE);
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && byDoc[to] >>> 32 == byDoc[from] >>> 32) {
                to++;
            }
            fill(textOrder(byDoc, from, to, sentences, starts), keys, sentences, out, p.companionReach());
        }
        return out;
    }

    /** One document's rows, in the order of their sentences and places in the text. */
    private static int[] textOrder(long[] byDoc, int from, int to, int[] sentences, int[] starts) {
        int[] rows = new int[to - from];
        boolean sorted = true;
        for (int k = 0; k < rows.length; k++) {
            rows[k] = (int) byDoc[from + k];
            if (k > 0) {
                int prev = rows[k - 1];
                int row = rows[k];
                sorted &= sentences[prev] < sentences[row] || sentences[prev] == sentences[row] && starts[prev] <= starts[row];
            }
        }
        if (sorted) {
            return rows; // the extractor writes a document's claims in text order: nothing to sort
        }
        Integer[] boxed = new Integer[rows.length]; // one document's rows only
        for (int k = 0; k < rows.length; k++) {
            boxed[k] = rows[k];
        }
        Arrays.sort(boxed, (a, b) -> sentences[a] != sentences[b] ? Integer.compare(sentences[a], sentences[b])
                : starts[a] != starts[b] ? Integer.compare(starts[a], starts[b]) : Integer.compare(a, b));
        for (int k = 0; k < rows.length; k++) {
            rows[k] = boxed[k];
        }
        return rows;
    }

    /** One document's rows, in text order: each takes the keys of the few beside it in its sentence. */
    private static void fill(int[] rows, int[] keys, int[] sentences, int[][] out, int reach) {
        for (int i = 0; i < rows.length; i++) {
            int at = rows[i];
            int[] found = null;
            int k = 0;
            for (int j = Math.max(0, i - reach); j <= Math.min(rows.length - 1, i + reach); j++) {
                int other = rows[j];
                if (j != i && sentences[other] == sentences[at] && keys[other] != 0 && keys[other] != keys[at]) {
                    if (found == null) {
                        found = new int[2 * reach];
                    }
                    found[k++] = keys[other];
                }
            }
            if (k > 0) {
                out[at] = Arrays.copyOf(found, k);
            }
        }
    }
}
