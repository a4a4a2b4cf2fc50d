/**
 * claimtally as an Apache Spark job: the command line's own ingestion and extraction, run per
 * partition of the input's files, written as Parquet tables with the columns of the CLI's CSV
 * outputs. Spark lives only here; the CLI's packages know nothing of it.
 */
package org.claimtally.spark;
