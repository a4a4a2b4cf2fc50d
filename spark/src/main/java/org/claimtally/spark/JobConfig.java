package org.claimtally.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What every partition needs besides its files, shipped once to each executor: the sources
 * file's bytes (the CLI's {@code --sources}), the {@code sources.csv} files found inside the
 * input (metadata for the articles beside them), the record field mapping and the size limit.
 */
record JobConfig(String inputUri, String sourcesUri, byte[] sources, List<MetadataFile> metadata,
                 Map<String, String> fields, long maxFileBytes) implements Serializable {
    JobConfig {
        metadata = List.copyOf(metadata);
        fields = Map.copyOf(fields);
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, got " + maxFileBytes);
        }
        if ((sources == null) != (sourcesUri == null)) {
            throw new IllegalArgumentException("a sources file needs both its location and its bytes");
        }
    }

    /** A {@code sources.csv} inside the input: its place below the input root and its bytes. */
    record MetadataFile(String relative, byte[] bytes) implements Serializable {
    }
}
