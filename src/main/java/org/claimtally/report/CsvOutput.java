package org.claimtally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streaming CSV rows (RFC 4180, "\n" line ends, UTF-8). With {@code spreadsheet} set, text
 * cells are made formula-inert for Excel.
 */
public final class CsvOutput<T> implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private final CSVPrinter printer;
    private final List<Column<T>> columns;
    private final boolean spreadsheet;

    public CsvOutput(Writer out, List<Column<T>> columns, boolean spreadsheet) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.columns = columns;
        this.spreadsheet = spreadsheet;
        printer.printRecord(columns.stream().map(Column::name).toList());
    }

    public void row(T row) throws IOException {
        for (Column<T> c : columns) {
            Object v = c.get().apply(row);
            String s = Cells.plain(v);
            printer.print(spreadsheet && !(v instanceof Number) ? Cells.formulaSafe(Cells.xmlSafe(s)) : s);
        }
        printer.println();
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
