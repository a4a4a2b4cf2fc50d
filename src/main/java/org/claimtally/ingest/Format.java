package org.claimtally.ingest;

/** Input formats, recognised by extension (content is checked when read). */
enum Format {
    TEXT, HTML, JSONL, CSV, UNSUPPORTED;

    static Format of(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".md") || lowerName.endsWith(".text")
                || !lowerName.contains(".")) {
            return TEXT;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return HTML;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lowerName.endsWith(".csv")) {
            return CSV;
        }
        return UNSUPPORTED;
    }

    /** Multi-record files are read record by record, never whole. */
    boolean streamed() {
        return this == JSONL || this == CSV;
    }
}
