package org.claimtally.report;

import java.util.List;
import java.util.stream.Collectors;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;

/** The fact columns shared by the CSV, JSON, terminal and workbook outputs. */
public final class FactColumns {
    private FactColumns() {
    }

    public static final List<Column<Fact>> ALL = List.of(
            new Column<>("fact", Fact::id),
            new Column<>("category", Fact::category),
            new Column<>("subject", Fact::subject),
            new Column<>("action", Fact::action),
            new Column<>("actor", Fact::actor),
            new Column<>("time", Fact::time),
            new Column<>("range", Fact::rangeText),
            new Column<>("low", Fact::low),
            new Column<>("high", Fact::high),
            new Column<>("best", Fact::best),
            new Column<>("status", f -> f.status().label()),
            new Column<>("grade", f -> f.grade().label()),
            new Column<>("documents", f -> (long) f.documents()),
            new Column<>("outlets", f -> (long) f.outlets()),
            new Column<>("originators", f -> (long) f.originators()),
            new Column<>("core", f -> f.core() ? "yes" : "no"),
            new Column<>("figures", FactColumns::figures),
            new Column<>("sources", f -> f.members().stream().map(m -> m.claim().doc())
                    .collect(Collectors.joining("; "))),
            new Column<>("why", Fact::why));

    /** The compact view for the terminal. */
    public static final List<Column<Fact>> TERMINAL = List.of(
            new Column<>("fact", Fact::id),
            new Column<>("what", Fact::label),
            new Column<>("range", Fact::rangeText),
            new Column<>("status", f -> f.status().label()),
            new Column<>("grade", f -> f.grade().label()),
            new Column<>("docs", f -> (long) f.documents()),
            new Column<>("figures by source", FactColumns::figures));

    /** "Outlet: figure (claimant)" per member, in document order. */
    public static String figures(Fact f) {
        return f.members().stream().map(FactColumns::figure).collect(Collectors.joining("; "));
    }

    private static String figure(FactMember m) {
        String s = m.outlet() + ": " + m.claim().figure();
        return m.claim().claimant().isEmpty() ? s : s + " (" + m.claim().claimant() + ")";
    }
}
