package org.claimtally.report.tables;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countUnique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.Problem;
import org.claimtally.model.RunResult;
import org.claimtally.report.ClaimColumns;
import org.claimtally.report.Column;
import org.claimtally.report.FactColumns;
import org.claimtally.report.ProblemColumns;
import org.claimtally.report.SourceColumns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A run as named tables (Facts, Claims, Sources, Problems), built with Tablesaw from the same
 * column definitions the other outputs use, so every format shows the same cells. Callers see
 * only {@link SheetTable}; Tablesaw stays inside this package.
 */
public final class ReportTables {
    private ReportTables() {
    }

    public static List<SheetTable> of(RunResult r) {
        Map<String, String> factOf = new HashMap<>();
        for (Fact f : r.facts()) {
            for (FactMember m : f.members()) {
                factOf.put(r.claims().get(m.row()).id(), f.id());
            }
        }
        List<Column<Claim>> claimCols = new ArrayList<>();
        claimCols.add(new Column<>("fact", c -> factOf.getOrDefault(c.id(), "")));
        claimCols.addAll(ClaimColumns.ALL);
        return List.of(
                new SheetTable(build("Facts", FactColumns.all(r.claims()), r.facts())),
                new SheetTable(build("Claims", claimCols, r.claims())),
                new SheetTable(build("Sources", SourceColumns.of(r.documents()), r.documents())),
                new SheetTable(build("Problems", ProblemColumns.ALL, r.problems())));
    }

    /** Claims, documents and core share per category, most claims first (ties by name). */
    public static SheetTable categories(RunResult r) {
        StringColumn category = StringColumn.create("category");
        StringColumn doc = StringColumn.create("doc");
        for (Claim c : r.claims()) {
            category.append(c.category());
            doc.append(c.doc());
        }
        Table claims = Table.create("claims", category, doc);
        Table summary = claims.summarize("doc", count, countUnique).by("category");
        summary.column(1).setName("claims");
        summary.column(2).setName("documents");
        Table sorted = summary.sortOn("-claims", "category");
        sorted.setName("Claims by category");
        return new SheetTable(sorted);
    }

    /** A table with one column per definition: numbers become double columns, all else text. */
    static <T> Table build(String name, List<Column<T>> columns, List<T> rows) {
        Table t = Table.create(name);
        for (Column<T> c : columns) {
            boolean numeric = !rows.isEmpty() && rows.stream().map(c.get()).allMatch(v -> v == null || v instanceof Number);
            if (numeric) {
                DoubleColumn col = DoubleColumn.create(c.name());
                for (T row : rows) {
                    Object v = c.get().apply(row);
                    if (v == null) {
                        col.appendMissing();
                    } else {
                        col.append(((Number) v).doubleValue());
                    }
                }
                t.addColumns(col);
            } else {
                StringColumn col = StringColumn.create(c.name());
                for (T row : rows) {
                    Object v = c.get().apply(row);
                    col.append(v == null ? "" : org.claimtally.report.Cells.plain(v));
                }
                t.addColumns(col);
            }
        }
        return t;
    }
}
