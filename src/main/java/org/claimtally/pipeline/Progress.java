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

    /** A stage after reading has begun ("grouping 117,604 claims into facts"), shown until the next. */
    default void stage(String what) {
    }

    default void finish() {
    }
}
