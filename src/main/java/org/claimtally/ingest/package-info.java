/**
 * The input edge: walks paths in sorted order, decodes text, HTML, JSON lines and CSV records into documents, reads source metadata, and collects problems with file and line instead of throwing.
 */
package org.claimtally.ingest;
