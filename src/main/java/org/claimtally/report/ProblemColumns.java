package org.claimtally.report;

import java.util.List;
import java.util.Locale;
import org.claimtally.model.Problem;

/** The columns of the Problems table: what could not be read, where, and why. */
public final class ProblemColumns {
    private ProblemColumns() {
    }

    public static final List<Column<Problem>> ALL = List.of(
            new Column<>("file", Problem::file),
            new Column<>("where", Problem::where),
            new Column<>("severity", p -> p.severity().name().toLowerCase(Locale.ROOT)),
            new Column<>("problem", Problem::message));
}
