package org.claimtally.pipeline;

/** Hears how far a run has got; the CLI draws a progress bar from it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long docs, long totalFiles, long chars, long claims) {
        }
    };

    /** Called after each document. {@code totalFiles} is the number of input files. */
    void update(long docs, long totalFiles, long chars, long claims);

    default void finish() {
    }
}
