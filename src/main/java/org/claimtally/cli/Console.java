package org.claimtally.cli;

import java.io.PrintWriter;
import java.util.List;
import org.claimtally.model.Problem;

/** How commands talk on stderr: problems one per line, then a count. */
final class Console {
    private static final int MAX_LINES = 20;

    private Console() {
    }

    static void problems(PrintWriter err, List<Problem> problems, boolean quiet) {
        if (problems.isEmpty() || quiet) {
            return;
        }
        for (int i = 0; i < problems.size() && i < MAX_LINES; i++) {
            err.println("warning: " + problems.get(i).oneLine());
        }
        if (problems.size() > MAX_LINES) {
            err.println("warning: … and " + (problems.size() - MAX_LINES) + " more (see the Problems sheet)");
        }
        err.println(problems.size() + (problems.size() == 1 ? " input problem" : " input problems")
                + "; the rest was read");
        err.flush();
    }

    static int exitCode(List<Problem> problems, boolean strict) {
        return strict && !problems.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
