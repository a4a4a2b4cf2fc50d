package org.claimtally.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds syndicated copies: documents whose word 5-shingles overlap heavily (Jaccard ≥ 0.7,
 * estimated by MinHash with banded locality-sensitive hashing, then checked on the
 * signatures). Copies share a group so a wire story counts once as corroboration.
 */
public final class Syndication {
    static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final double THRESHOLD = 0.7;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            SEEDS[i] = s | 1;
        }
    }

    private final Map<String, int[]> signatures = new TreeMap<>();

    /** Computes and keeps the signature of one document (the text can then be let go). */
    public void add(String docId, String text) {
        signatures.put(docId, signature(text));
    }

    static int[] signature(String text) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        List<String> words = words(text);
        if (words.size() < 5) {
            return null;
        }
        for (int i = 0; i + 5 <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + 5; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            for (int j = 0; j < HASHES; j++) {
                long x = (h ^ SEEDS[j]) * SEEDS[j];
                int v = (int) (x >>> 33);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Group name per document id: the first (sorted) id of its group; "" when it has no copy. */
    public Map<String, String> groups() {
        List<String> ids = new ArrayList<>(signatures.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                int[] sig = signatures.get(ids.get(i));
                if (sig == null) {
                    continue;
                }
                long key = b;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + sig[b * ROWS + r];
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 1; x < bucket.size(); x++) { // each against the bucket's first: linear
                    int a = bucket.get(0);
                    int c = bucket.get(x);
                    if (similarity(signatures.get(ids.get(a)), signatures.get(ids.get(c))) >= THRESHOLD) {
                        union(parent, a, c);
                    }
                }
            }
        }
        Map<Integer, List<String>> members = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ids.get(i));
        }
        Map<String, String> out = new HashMap<>();
        for (List<String> group : members.values()) {
            String name = group.size() > 1 ? group.get(0) : "";
            for (String id : group) {
                out.put(id, name);
            }
        }
        return out;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
