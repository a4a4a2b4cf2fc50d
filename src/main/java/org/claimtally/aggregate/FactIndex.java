package org.claimtally.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where grouping finds the open facts a document's local fact may join: keyed by measure,
 * day bucket and each name of the local fact (and, for a stated period, by the period itself),
 * each key holding the facts in the order they were touched. Buckets the window has passed are
 * dropped, so the index follows the window, not the corpus.
 */
final class FactIndex {
    private final int bucketDays;
    private final GroupingPolicy policy;
    private final Map<String, List<FactGrouper.Group>> index = new HashMap<>();
    /** The keys registered for each bucket, for eviction; undated keys ("*") are never evicted. */
    private final TreeMap<Long, List<String>> keysByBucket = new TreeMap<>();

    FactIndex(int bucketDays, GroupingPolicy policy) {
        this.bucketDays = bucketDays;
        this.policy = policy;
    }

    /** Days after its last touch that a fact stays reachable: then it can be finished. */
    long horizon(FactGrouper.Group g) {
        return 2L * bucketDays + (g.event.periodResolved() ? policy.periodWindowDays() : 0);
    }

    private long bucket(long day) {
        return Math.floorDiv(day, bucketDays);
    }

    private String measure(FactGrouper.Group g) {
        return g.members.get(0).measure();
    }

    /** Indexes {@code fact} under the keys of the local fact that just joined (or started) it. */
    void add(FactGrouper.Group fact, FactGrouper.Group local) {
        String m = measure(local);
        long day = local.event.lastDay();
        String b = day == Long.MIN_VALUE ? "*" : Long.toString(bucket(day));
        Long evictAt = day == Long.MIN_VALUE ? null : bucket(day);
        put(m + "|" + b, fact, evictAt);
        for (int n : local.event.names()) {
            put(m + "|" + b + "|" + n, fact, evictAt);
        }
        if (local.event.periodResolved()) {
            Long later = day == Long.MIN_VALUE ? null : bucket(day + policy.periodWindowDays());
            put(periodKey(m, local.event), fact, later);
        }
    }

    private static String periodKey(String measure, Event e) {
        return measure + "|P" + e.whenFrom() + "-" + e.whenTo();
    }

    private void put(String key, FactGrouper.Group fact, Long evictBucket) {
        List<FactGrouper.Group> list = index.computeIfAbsent(key, k -> {
            if (evictBucket != null) {
                keysByBucket.computeIfAbsent(evictBucket, x -> new ArrayList<>()).add(k);
            }
            return new ArrayList<>();
        });
        if (list.isEmpty() || list.get(list.size() - 1) != fact) {
            list.add(fact);
        }
    }

    /** The open facts sharing a key with the local fact, most recently touched first, bounded. */
    List<FactGrouper.Group> candidates(FactGrouper.Group local) {
        String m = measure(local);
        long day = local.event.lastDay();
        List<String> buckets = new ArrayList<>(4);
        if (day != Long.MIN_VALUE) {
            long b = bucket(day);
            for (long d = b - 1; d <= b + 1; d++) {
                buckets.add(Long.toString(d));
            }
        }
        buckets.add("*");
        Set<FactGrouper.Group> out = new LinkedHashSet<>();
        if (local.event.periodResolved()) {
            take(periodKey(m, local.event), out);
        }
        for (String b : buckets) {
            take(m + "|" + b, out);
            for (int n : local.event.names()) {
                take(m + "|" + b + "|" + n, out);
            }
        }
        return new ArrayList<>(out);
    }

    private void take(String key, Set<FactGrouper.Group> out) {
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
            for (String k : keysByBucket.pollFirstEntry().getValue()) {
                index.remove(k);
            }
        }
    }
}
