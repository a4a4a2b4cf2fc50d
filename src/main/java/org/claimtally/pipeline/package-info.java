/**
 * Runs the stages in order (ingest, extract, calendar, aggregate) over a stream of documents, keeps a run's claims in a spill file and hands the result to the reports.
 */
package org.claimtally.pipeline;
