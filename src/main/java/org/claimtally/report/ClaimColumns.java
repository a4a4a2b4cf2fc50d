package org.claimtally.report;

import java.util.List;
import org.claimtally.model.Claim;

/** The claim columns, in the order the extract CSV contract fixes (more may follow). */
public final class ClaimColumns {
    private ClaimColumns() {
    }

    public static final List<Column<Claim>> CORE = List.of(
            new Column<>("doc", Claim::doc),
            new Column<>("start", c -> (long) c.start()),
            new Column<>("end", c -> (long) c.end()),
            new Column<>("quote", Claim::quote),
            new Column<>("value", Claim::value),
            new Column<>("low", Claim::low),
            new Column<>("high", Claim::high),
            new Column<>("qualifier", c -> c.qualifier().label()),
            new Column<>("category", Claim::category),
            new Column<>("action", Claim::action),
            new Column<>("actor", Claim::actor),
            new Column<>("claimant", Claim::claimant),
            new Column<>("time", Claim::time));

    public static final List<Column<Claim>> ALL = concat(CORE, List.of(
            new Column<>("core", c -> c.core() ? "yes" : "no"),
            new Column<>("trend", c -> c.trend().label()),
            new Column<>("figure", Claim::figure),
            new Column<>("sentence", Cells::sentenceWindow),
            new Column<>("when", c -> c.when().text()),
            new Column<>("scope", c -> c.when().scope().label())));

    public static final Column<Claim> CUES = new Column<>("cues", Claim::cues);

    @SafeVarargs
    public static <T> List<Column<T>> concat(List<Column<T>>... parts) {
        java.util.ArrayList<Column<T>> out = new java.util.ArrayList<>();
        for (List<Column<T>> p : parts) {
            out.addAll(p);
        }
        return List.copyOf(out);
    }
}
