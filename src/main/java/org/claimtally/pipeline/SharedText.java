package org.claimtally.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.model.DocSummary;
import org.claimtally.model.SourceInfo;

/**
 * Shares equal strings among the document summaries a run keeps in memory: outlets, dates
 * and titles repeat across a collection. Lives only while documents are collected;
 * streaming commands, which keep nothing, do not use it. (Claims are kept on disk, see
 * {@link ClaimSpill}.)
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

    /** The same document summary, its source's texts shared (outlet, date and title repeat). */
    DocSummary share(DocSummary d) {
        SourceInfo s = d.source();
        SourceInfo shared = new SourceInfo(of(s.file()), of(s.outlet()), of(s.url()), of(s.published()),
                of(s.title()), s.extra(), of(s.publishedFrom()));
        return new DocSummary(d.id(), shared, d.words(), d.chars(), d.claims(), d.syndicationGroup());
    }

    int size() {
        return pool.size();
    }
}
