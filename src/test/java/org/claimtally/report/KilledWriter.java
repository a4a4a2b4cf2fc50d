package org.claimtally.report;

import java.nio.file.Path;

/** Run in a child JVM: starts replacing a file, then dies abruptly, as a killed process does. */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("half of a new report".getBytes());
            out.flush();
            Runtime.getRuntime().halt(9); // no finally blocks, no cleanup: like kill -9
        });
    }
}
