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

    /**
     * The format a file's first bytes show: HTML markup, JSON objects one per line, binary
     * (UNSUPPORTED), or plain text. Reads at most 4 KB.
     */
    static Format sniff(java.nio.file.Path file) {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (java.io.IOException e) {
            return TEXT; // the real read will report it
        }
        if (TextDecoder.binaryKind(head) != null) {
            return UNSUPPORTED;
        }
        String s = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading()
                .replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<?xml") && s.contains("<html")) {
            return HTML;
        }
        if (s.startsWith("{\"") && s.contains("}")) {
            return JSONL;
        }
        return TEXT;
    }

    String describe() {
        return switch (this) {
            case HTML -> "HTML";
            case JSONL -> "JSON lines";
            case CSV -> "CSV";
            default -> "plain text";
        };
    }

    /** Multi-record files are read record by record, never whole. */
    boolean streamed() {
        return this == JSONL || this == CSV;
    }
}
