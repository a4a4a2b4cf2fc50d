/**
 * Events: what a claim, and a document's local fact, is about, as the grouping compares it. Per
 * claim its {@link org.claimtally.event.Features} (resolved days and scope, time anchors, side,
 * subgroup, names and content words as compact hashes); per fact a bounded
 * {@link org.claimtally.event.Event} summary (days, rare names, words, claimants, figures) with
 * the rules that keep events apart and the similarity that links them. Names are weighted by how
 * rare they are in the run ({@link org.claimtally.event.NameFrequencies}); the words come from the
 * lexicon ({@link org.claimtally.event.GroupingWords}), the knobs from
 * {@link org.claimtally.event.GroupingPolicy}. Between the calendar stage and the grouping into
 * facts: claims, resolved time, events, facts.
 */
package org.claimtally.event;
