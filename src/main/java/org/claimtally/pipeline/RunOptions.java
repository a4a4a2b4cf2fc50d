package org.claimtally.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.claimtally.ingest.Ingest;

/**
 * What one run reads and how. Immutable; validated here so every entry point gets the
 * same messages. {@code threads} 0 means one per core.
 */
public record RunOptions(List<Path> inputs, Path sourcesFile, Path lexiconFile, Path rulesFile,
                         long maxFileBytes, int threads, java.util.Map<String, String> fields) {
    public RunOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths: name files or folders to read");
        }
        inputs = List.copyOf(inputs);
        if (maxFileBytes <= 0) {
            maxFileBytes = Ingest.Options.DEFAULT_MAX_BYTES;
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, got " + threads);
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        fields = fields == null ? java.util.Map.of() : java.util.Map.copyOf(fields);
        Ingest.validateFields(fields);
    }

    public RunOptions(List<Path> inputs, Path sourcesFile, Path lexiconFile, Path rulesFile, long maxFileBytes,
                      int threads) {
        this(inputs, sourcesFile, lexiconFile, rulesFile, maxFileBytes, threads, java.util.Map.of());
    }

    public static RunOptions of(List<Path> inputs) {
        return new RunOptions(inputs, null, null, null, 0, 0);
    }

    /** A one-line description for the Summary sheet. */
    public String describe() {
        StringBuilder sb = new StringBuilder("inputs: ");
        // sorted: the report must not depend on the order the inputs were named in
        sb.append(String.join(", ", inputs.stream().map(Path::toString).sorted().toList()));
        if (sourcesFile != null) {
            sb.append("; sources: ").append(sourcesFile);
        }
        if (rulesFile != null) {
            sb.append("; rules: ").append(rulesFile);
        }
        return sb.toString();
    }
}
