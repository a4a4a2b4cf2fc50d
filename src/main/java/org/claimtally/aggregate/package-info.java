/**
 * Claims into facts: per-document local facts by measure, then links across documents by event (days, rare names, words, claimants, figures) over a bounded candidate index; the summary of each fact (range, status, grade), syndication and user rules. Every knob is in GroupingPolicy.
 */
package org.claimtally.aggregate;
