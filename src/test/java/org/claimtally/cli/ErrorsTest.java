package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Failures read as one line that says what happened, never as a library's wrapper. */
class ErrorsTest {
    @Test
    void aFullTemporaryFolderWrappedByALibraryIsSaidAsSuch() {
        String m = Errors.describe(new IllegalStateException(new IOException("No space left on device")));
        assertThat(m).contains("no space left on device", "TMPDIR").doesNotContain("internal error", "Exception");
    }

    @Test
    void aFileWhereAFolderIsNeededIsSaidAsSuch() {
        String m = Errors.describe(new java.nio.file.FileAlreadyExistsException("/tmp/x"));
        assertThat(m).isEqualTo("a file stands where a folder is needed: /tmp/x");
    }

    @Test
    void aProgrammingErrorAsksToBeReported() {
        assertThat(Errors.describe(new NullPointerException("x"))).startsWith("internal error (NullPointerException");
    }
}
