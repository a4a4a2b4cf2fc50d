/**
 * Tabular views of a run's claims and facts (Tablesaw) shared by the CSV, JSON lines, Markdown and terminal writers.
 */
package org.claimtally.report.tables;
