package org.claimtally.spark;

/** What a run wrote: articles read, claims found, problems met. */
public record JobResult(long documents, long claims, long problems) {
}
