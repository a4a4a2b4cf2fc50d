package org.claimtally.spark;

import java.util.Map;
import org.claimtally.ingest.Ingest;

/**
 * What one run of the job reads and writes; validated here, with messages that name the fix.
 * {@code partitions} 0 means twice the cluster's default parallelism.
 */
public record JobOptions(String input, String output, String sources, Map<String, String> fields, int partitions,
                         long maxFileBytes) {
    public JobOptions {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("no input: give --input PATH, a file or folder of articles");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("no output: give --output DIR, the folder for the Parquet tables");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (twice the default parallelism) or more, got "
                    + partitions);
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("--max-file-mb must be positive, got " + (maxFileBytes >> 20));
        }
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        Ingest.validateFields(fields);
    }

    public JobOptions(String input, String output, String sources) {
        this(input, output, sources, Map.of(), 0, Ingest.Options.DEFAULT_MAX_BYTES);
    }
}
