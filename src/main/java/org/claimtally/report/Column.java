package org.claimtally.report;

import java.util.function.Function;

/**
 * One column of an output table: a header and how to get the cell from a row. Cells are
 * String, Long, Double or null, so every writer (CSV, JSON, xlsx) renders them its own way.
 */
public record Column<T>(String name, Function<T, Object> get) {
    public Column {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name is blank");
        }
    }
}
