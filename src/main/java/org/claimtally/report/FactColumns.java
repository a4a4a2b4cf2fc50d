package org.claimtally.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            new Column<>("when", f -> f.when().text()),
            new Column<>("scope", f -> f.when().scope().label()),
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
            new Column<>("sources", f -> f.members().stream().map(m -> m.claim().doc()).distinct()
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

    /**
     * "Outlet: figure (claimant)" per document, in document order: its shown (primary) figure,
     * then "also" its other mentions that state another figure.
     */
    public static String figures(Fact f) {
        Map<String, FactMember> shown = new LinkedHashMap<>();
        Map<String, Set<String>> also = new LinkedHashMap<>();
        for (FactMember m : f.members()) { // one pass: a fact may have many mentions
            if (m.primary()) {
                shown.put(m.claim().doc(), m);
            } else {
                also.computeIfAbsent(m.claim().doc(), d -> new LinkedHashSet<>()).add(m.claim().figure());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (FactMember m : shown.values()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(figure(m));
            Set<String> more = also.getOrDefault(m.claim().doc(), Set.of());
            List<String> other = more.stream().filter(x -> !x.equalsIgnoreCase(m.claim().figure())).toList();
            if (!other.isEmpty()) {
                sb.append(" [also ").append(String.join(", ", other)).append(']');
            }
        }
        return sb.toString();
    }

    private static String figure(FactMember m) {
        String s = m.outlet() + ": " + m.claim().figure();
        return m.claim().claimant().isEmpty() ? s : s + " (" + m.claim().claimant() + ")";
    }
}
