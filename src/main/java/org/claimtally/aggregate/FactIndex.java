package org.claimtally.aggregate;

import org.claimtally.event.Event;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.event.NameFrequencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where grouping finds the open facts a document's local fact may join: keyed by measure,
 * day bucket and each of the local fact's rarest names (and, for a stated period, by the period
 * itself), each key holding the facts in the order they were touched. Keys are 64-bit mixes,
 * not strings, since every claim looks up several; a collision only adds a candidate, which the
 * comparison then turns away by its measure. Buckets the window has passed are dropped, so the
 * index follows the window, not the corpus.
 */
final class FactIndex {
    private static final long UNDATED = Long.MIN_VALUE;
    private final int bucketDays;
    private final GroupingPolicy policy;
    private final NameFrequencies frequencies;
    private final Map<Long, List<FactGrouper.Group>> index = new HashMap<>();
    /** The keys registered for each bucket, for eviction; undated keys are never evicted. */
    private final TreeMap<Long, List<Long>> keysByBucket = new TreeMap<>();

    FactIndex(int bucketDays, GroupingPolicy policy, NameFrequencies frequencies) {
        this.bucketDays = bucketDays;
        this.policy = policy;
        this.frequencies = frequencies;
    }

    /** Days after its last touch that a fact stays reachable: then it can be finished. */
    long horizon(FactGrouper.Group g) {
        return 2L * bucketDays + (g.event.periodResolved() ? policy.periodWindowDays() : 0);
    }

    private long bucket(long day) {
        return day == Long.MIN_VALUE ? UNDATED : Math.floorDiv(day, bucketDays);
    }

    private static long key(long measure, long bucket, long name, long kind) {
        long h = measure * 0x9E3779B97F4A7C15L + bucket;
        h = h * 0xC2B2AE3D27D4EB4FL + name;
        h = h * 0x165667B19E3779F9L + kind;
        return h ^ (h >>> 29);
    }

    /** Indexes {@code fact} under the keys of the local fact that just joined (or started) it. */
    void add(FactGrouper.Group fact, FactGrouper.Group local) {
        long m = local.measureHash();
        long day = local.event.lastDay();
        long b = bucket(day);
        Long evictAt = day == Long.MIN_VALUE ? null : b;
        put(key(m, b, 0, 0), fact, evictAt);
        for (int n : rarest(local)) {
            put(key(m, b, n, 1), fact, evictAt);
        }
        if (local.event.periodResolved()) {
            Long later = day == Long.MIN_VALUE ? null : bucket(day + policy.periodWindowDays());
            put(periodKey(m, local.event), fact, later);
        }
    }

    /** The local fact's names that say most (rarest first), at most {@code candidatesPerKey} / 3 of them. */
    private int[] rarest(FactGrouper.Group local) {
        int[] names = local.event.names();
        int keep = Math.max(1, policy.candidatesPerKey() / 3);
        if (names.length <= keep) {
            return names;
        }
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            order[i] = names[i];
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer n) -> -frequencies.weight(n, policy))
                .thenComparingInt(n -> n));
        int[] out = new int[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static long periodKey(long measure, Event e) {
        return key(measure, e.whenFrom(), e.whenTo(), 2);
    }

    private void put(long key, FactGrouper.Group fact, Long evictBucket) {
        List<FactGrouper.Group> list = index.get(key);
        if (list == null) {
            list = new ArrayList<>(2);
            index.put(key, list);
            if (evictBucket != null) {
                keysByBucket.computeIfAbsent(evictBucket, x -> new ArrayList<>()).add(key);
            }
        }
        if (list.isEmpty() || list.get(list.size() - 1) != fact) {
            list.add(fact);
        }
    }

    /** The open facts sharing a key with the local fact, most recently touched first, bounded. */
    List<FactGrouper.Group> candidates(FactGrouper.Group local) {
        long m = local.measureHash();
        long day = local.event.lastDay();
        long[] buckets = day == Long.MIN_VALUE ? new long[] {UNDATED}
                : new long[] {bucket(day) - 1, bucket(day), bucket(day) + 1, UNDATED};
        Set<FactGrouper.Group> out = new LinkedHashSet<>();
        if (local.event.periodResolved()) {
            take(periodKey(m, local.event), out);
        }
        int[] names = rarest(local);
        for (long b : buckets) {
            take(key(m, b, 0, 0), out);
            for (int n : names) {
                take(key(m, b, n, 1), out);
            }
        }
        return new ArrayList<>(out);
    }

    private void take(long key, Set<FactGrouper.Group> out) {
        List<FactGrouper.Group> list = index.get(key);
        if (list == null) {
            return;
        }
        for (int k = list.size() - 1; k >= 0 && k >= list.size() - policy.candidatesPerKey()
                && out.size() < policy.candidatesPerClaim(); k--) {
            out.add(list.get(k));
        }
    }

    /** Drops the buckets that documents from {@code day} on can no longer reach. */
    void evict(long day) {
        if (day == Long.MIN_VALUE) {
            return;
        }
        long oldest = bucket(day) - 1;
        while (!keysByBucket.isEmpty() && keysByBucket.firstKey() < oldest) {
            for (long k : keysByBucket.pollFirstEntry().getValue()) {
                index.remove(k);
            }
        }
    }
}
