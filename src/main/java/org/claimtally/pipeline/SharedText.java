package org.claimtally.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.model.Claim;

/**
 * Shares equal strings among the claims a run keeps in memory. News collections repeat
 * themselves: the same actors, claimants, time phrases and cue lists on every claim, and
 * whole sentences in syndicated copies of one wire story. One instance per distinct text
 * keeps the run's memory near the size of its distinct content. Lives only while claims
 * are collected; streaming commands, which keep nothing, do not use it.
 */
final class SharedText {
    private final Map<String, String> pool = new HashMap<>();

    String of(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String prev = pool.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }

    /** The same claim, its texts shared with equal texts seen before. */
    Claim share(Claim c) {
        return new Claim(c.doc(), c.start(), c.end(), of(c.quote()), of(c.figure()), c.value(), c.low(), c.high(),
                c.qualifier(), c.category(), c.core(), of(c.action()), of(c.actor()), of(c.claimant()), of(c.time()),
                c.trend(), of(c.sentence()), c.sentenceStart(), of(c.cues()));
    }

    int size() {
        return pool.size();
    }
}
