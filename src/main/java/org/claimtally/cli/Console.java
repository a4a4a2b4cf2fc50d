package org.claimtally.cli;

import java.io.PrintWriter;
import java.util.List;
import org.claimtally.model.Problem;

/** How commands talk on stderr: problems one per line, then a count. */
final class Console {
    private static final int MAX_LINES = 20;

    private Console() {
    }

    /**
     * The width the facts table must fit: none when {@code wide} or when the output is not a
     * terminal (a file or a pipe keeps every character); else the terminal's ({@code COLUMNS},
     * else what picocli detects, else its 80).
     */
    static int tableWidth(boolean wide) {
        if (wide || System.console() == null) {
            return 0;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{2,4}")) {
            return Integer.parseInt(columns);
        }
        int detected = new picocli.CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
        return detected < NARROWEST ? DEFAULT_WIDTH : detected; // a pseudo-terminal of no size reports nonsense
    }

    /** Narrower than this a detected width is a terminal that reports no size; 80 is every terminal's default. */
    private static final int NARROWEST = 40;
    private static final int DEFAULT_WIDTH = 80;

    static void problems(PrintWriter err, List<Problem> problems, boolean quiet) {
        if (problems.isEmpty() || quiet) {
            return;
        }
        for (int i = 0; i < problems.size() && i < MAX_LINES; i++) {
            err.println("warning: " + org.claimtally.report.Cells.terminalSafe(problems.get(i).oneLine()));
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

    /** Standard output refused a write: closed by the reader ("| head") or on a full disk. */
    static final class OutputClosed extends java.io.IOException {
        OutputClosed() {
            super("could not write to standard output (closed by the reader, or the disk is full); stopped");
        }
    }

    /** Throws {@link OutputClosed} once standard output has failed, so a run stops instead of working on. */
    static void ensureOpen(PrintWriter out) throws OutputClosed {
        if (out.checkError()) {
            throw new OutputClosed();
        }
    }

    /** After the last write: whether standard output took everything; if not, says so and gives the exit code. */
    static int finish(PrintWriter out, PrintWriter err, int code) {
        if (out.checkError()) {
            err.println("claimtally: " + new OutputClosed().getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        return code;
    }
}
