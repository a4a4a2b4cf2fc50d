package org.claimtally.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;

/**
 * The fact columns shared by the CSV, JSON, terminal and workbook outputs. Facts name their
 * members by row, so the columns that quote figures read them from the run's claims.
 */
public final class FactColumns {
    private FactColumns() {
    }

    /** Every fact column; figures and sources come from {@code claims}, the run's claims. */
    public static List<Column<Fact>> all(List<Claim> claims) {
        return List.of(
            new Column<>("fact", Fact::id),
            new Column<>("what", Fact::what),
            new Column<>("category", Fact::category),
            new Column<>("subject", Fact::subject),
            new Column<>("action", Fact::action),
            new Column<>("actor", Fact::actor),
            new Column<>("time", Fact::time),
            new Column<>("when", f -> f.when().text()),
            new Column<>("scope", f -> f.when().scope().label()),
            new Column<>("place", f -> f.reports().place()),
            new Column<>("first_report", f -> day(f.reports().first())),
            new Column<>("last_report", f -> day(f.reports().last())),
            new Column<>("range", Fact::rangeText),
            new Column<>("low", Fact::low),
            new Column<>("high", Fact::high),
            new Column<>("best", Fact::best),
            new Column<>("spread", Fact::spread),
            new Column<>("status", f -> f.status().label()),
            new Column<>("grade", f -> f.grade().label()),
            new Column<>("documents", f -> (long) f.documents()),
            new Column<>("outlets", f -> (long) f.outlets()),
            new Column<>("originators", f -> (long) f.originators()),
            new Column<>("core", f -> f.core() ? "yes" : "no"),
            new Column<>("figures", f -> figures(f, claims)),
            new Column<>("sources", f -> f.members().stream().map(m -> m.claim(claims).doc()).distinct()
                    .collect(Collectors.joining("; "))),
            new Column<>("why", Fact::why));
    }

    /** An ISO day, or "" when not known. */
    public static String day(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The compact view for the terminal. */
    public static List<Column<Fact>> terminal(List<Claim> claims) {
        return List.of(
            new Column<>("fact", Fact::id),
            new Column<>("what", Fact::what),
            new Column<>("range", Fact::rangeText),
            new Column<>("status", f -> f.status().label()),
            new Column<>("grade", f -> f.grade().label()),
            new Column<>("docs", f -> (long) f.documents()),
            new Column<>("figures by source", f -> figures(f, claims)));
    }

    /**
     * "Outlet: figure (claimant)" per document, in document order: its shown (primary) figure,
     * then "also" its other mentions that state another figure.
     */
    public static String figures(Fact f, List<Claim> claims) {
        Map<String, FactMember> shown = new LinkedHashMap<>();
        Map<String, Set<String>> also = new LinkedHashMap<>();
        for (FactMember m : f.members()) { // one pass: a fact may have many mentions
            Claim c = m.claim(claims);
            if (m.primary()) {
                shown.put(c.doc(), m);
            } else {
                also.computeIfAbsent(c.doc(), d -> new LinkedHashSet<>()).add(c.figure());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (FactMember m : shown.values()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            Claim c = m.claim(claims);
            sb.append(figure(m, c));
            Set<String> more = also.getOrDefault(c.doc(), Set.of());
            List<String> other = more.stream().filter(x -> !x.equalsIgnoreCase(c.figure())).toList();
            if (!other.isEmpty()) {
                sb.append(" [also ").append(String.join(", ", other)).append(']');
            }
        }
        return sb.toString();
    }

    private static String figure(FactMember m, Claim c) {
        String s = m.outlet() + ": " + c.figure();
        return c.claimant().isEmpty() ? s : s + " (" + c.claimant() + ")";
    }
}
