package org.claimtally.report;

import java.io.IOException;
import java.io.OutputStream;
import org.claimtally.model.RunResult;

/** A report format: writes a whole run to a stream. Kept small so formats stay out of the core. */
public interface ReportWriter {
    void write(RunResult result, OutputStream out) throws IOException;
}
