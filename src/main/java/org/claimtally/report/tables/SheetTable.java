package org.claimtally.report.tables;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** One named table of a report: our own face over a Tablesaw table. */
public final class SheetTable {
    private final Table table;

    SheetTable(Table table) {
        this.table = table;
    }

    public String name() {
        return table.name();
    }

    public List<String> columns() {
        return table.columnNames();
    }

    public int rows() {
        return table.rowCount();
    }

    public boolean numeric(int column) {
        return table.column(column) instanceof NumericColumn<?>;
    }

    /** The cell as a Double (numeric columns, null when missing) or a String. */
    public Object cell(int row, int column) {
        tech.tablesaw.columns.Column<?> c = table.column(column);
        if (c instanceof NumericColumn<?> n) {
            return n.isMissing(row) ? null : n.getDouble(row);
        }
        return c.getString(row);
    }

    public List<Object> row(int row) {
        List<Object> out = new ArrayList<>(table.columnCount());
        for (int c = 0; c < table.columnCount(); c++) {
            out.add(cell(row, c));
        }
        return out;
    }
}
