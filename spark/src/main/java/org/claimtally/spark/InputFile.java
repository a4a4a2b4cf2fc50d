package org.claimtally.spark;

import java.io.Serializable;

/**
 * One article file of the job's input: where it is (a Hadoop URI), where it sits below the
 * input root, the document id the CLI gives it (its name, or that path when another file
 * shares the name) and its size.
 */
record InputFile(String uri, String relative, String id, long size) implements Serializable {
    InputFile {
        if (uri == null || uri.isBlank() || relative == null || relative.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("an input file needs its URI, its path below the input root and its id");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + uri);
        }
    }

    /** The file name: files sharing one are read in one partition, where the CLI's ingestion gives them ids apart. */
    String name() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
