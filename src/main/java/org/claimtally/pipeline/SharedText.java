package org.claimtally.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.SourceInfo;

/**
 * Shares equal strings among the claims a run keeps in memory. News collections repeat
 * themselves: the same actors, claimants, time phrases and cue lists on every claim, and
 * whole sentences in syndicated copies of one wire story. One instance per distinct text
 * keeps the run's memory near the size of its distinct content. Lives only while claims
 * are collected; streaming commands, which keep nothing, do not use it.
 */
final class SharedText {
    private final Map<String, String> pool = new HashMap<>();
    private final Map<Double, Double> numbers = new HashMap<>();

    String of(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String prev = pool.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }

    /** Figures repeat too (one, two, three …): one boxed value each. */
    Double of(Double d) {
        if (d == null) {
            return null;
        }
        Double prev = numbers.putIfAbsent(d, d);
        return prev == null ? d : prev;
    }

    /** The same claim, its texts shared with equal texts seen before. */
    Claim share(Claim c) {
        return new Claim(c.doc(), c.start(), c.end(), of(c.quote()), of(c.figure()), of(c.value()), of(c.low()), of(c.high()),
                c.qualifier(), c.category(), c.core(), of(c.action()), of(c.actor()), of(c.claimant()), of(c.time()),
                c.trend(), of(c.sentence()), c.sentenceStart(), of(c.cues()));
    }

    /** The same document summary, its source's texts shared (outlet, date and title repeat). */
    DocSummary share(DocSummary d) {
        SourceInfo s = d.source();
        SourceInfo shared = new SourceInfo(of(s.file()), of(s.outlet()), of(s.url()), of(s.published()),
                of(s.title()), s.extra());
        return new DocSummary(d.id(), shared, d.words(), d.chars(), d.claims(), d.syndicationGroup());
    }

    int size() {
        return pool.size();
    }
}
