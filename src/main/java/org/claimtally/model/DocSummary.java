package org.claimtally.model;

import java.util.Objects;

/**
 * What reports keep of a document once its claims are found: the text itself is let go,
 * so memory does not grow with the collection.
 */
public record DocSummary(String id, SourceInfo source, int words, int chars, int claims,
                         String syndicationGroup) {
    public DocSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if (words < 0 || chars < 0 || claims < 0) {
            throw new IllegalArgumentException("negative count for " + id);
        }
        syndicationGroup = syndicationGroup == null ? "" : syndicationGroup;
    }

    public DocSummary withSyndicationGroup(String group) {
        return new DocSummary(id, source, words, chars, claims, group);
    }
}
