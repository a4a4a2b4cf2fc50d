package org.claimtally.aggregate;

import org.claimtally.event.Features;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;

/**
 * Who a claim's figure comes from, for independence counting: its claimant, else the
 * document's syndication group, else its outlet (two versions of one outlet's story are not
 * two confirmations), else the document. One string per originator per run, not
 * one per claim: a large run has a million claims and far fewer originators. Thread-safe,
 * since categories are grouped in parallel.
 */
final class Originators {
    private final Map<String, DocSummary> docs;
    private final Map<String, String> pool = new ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<java.time.LocalDate>> days = new ConcurrentHashMap<>();

    Originators(Map<String, DocSummary> docs) {
        this.docs = docs;
    }

    /** The outlet shown for a claim: its source's name, else the document id. */
    String outlet(Claim c) {
        DocSummary ds = docs.get(c.doc());
        return ds == null ? c.doc() : ds.source().displayName();
    }

    /** The publication day of a claim's document, or null when it is not known; parsed once per document. */
    java.time.LocalDate published(Claim c) {
        return days.computeIfAbsent(c.doc(), doc -> {
            DocSummary ds = docs.get(doc);
            long day = ds == null ? Long.MIN_VALUE : Features.parseDay(ds.source().published());
            return java.util.Optional.ofNullable(day == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(day));
        }).orElse(null);
    }

    String of(Claim c) {
        if (!c.claimant().isEmpty()) {
            return shared("claimant:" + Features.norm(c.claimant()));
        }
        DocSummary ds = docs.get(c.doc());
        if (ds != null && !ds.syndicationGroup().isEmpty()) {
            return shared("syndicated:" + ds.syndicationGroup());
        }
        if (ds != null && !ds.source().outlet().isEmpty()) {
            // one outlet's own reporting is one originator, however many of its articles repeat the figure
            return shared("outlet:" + Features.norm(ds.source().outlet()));
        }
        return shared("document:" + c.doc());
    }

    /** One instance of an equal text per run: facts repeat their actions, actors and time phrases. */
    String shared(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String prev = pool.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }
}
