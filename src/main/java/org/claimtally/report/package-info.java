/**
 * The outputs: workbook, CSV, JSON lines, Markdown and terminal tables, each behind a small writer interface and written atomically beside its target.
 */
package org.claimtally.report;
