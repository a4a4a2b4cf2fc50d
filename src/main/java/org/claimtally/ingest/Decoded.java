package org.claimtally.ingest;

/** Text decoded from bytes, and the charset actually used (for the Problems sheet). */
record Decoded(String text, String charset, boolean fellBack) {
}
