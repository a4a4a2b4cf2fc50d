/**
 * Claims into facts: per-document local facts by measure, then links across documents to the
 * open fact whose event (package {@code event}) resembles it most, over a bounded candidate
 * index; the summary of each fact (range, status, grade), syndication, originators and user rules.
 */
package org.claimtally.aggregate;
