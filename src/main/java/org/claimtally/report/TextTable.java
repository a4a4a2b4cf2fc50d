package org.claimtally.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded, long cells cut with an ellipsis. */
public final class TextTable<T> {
    /** The narrowest a column is cut to when the table must fit a terminal: room for a figure or a word. */
    static final int MIN_COLUMN = 6;
    private final List<Column<T>> columns;
    private final int maxWidth;
    private final int lineWidth;

    public TextTable(List<Column<T>> columns, int maxWidth) {
        this(columns, maxWidth, 0);
    }

    /** {@code lineWidth}: the terminal's width the table must fit, cutting its widest columns first; 0 for no limit. */
    public TextTable(List<Column<T>> columns, int maxWidth, int lineWidth) {
        this.columns = columns;
        this.maxWidth = maxWidth;
        this.lineWidth = lineWidth;
    }

    public String render(List<T> rows) {
        List<String[]> cells = new ArrayList<>();
        String[] header = columns.stream().map(c -> Cells.terminalSafe(c.name())).toArray(String[]::new);
        cells.add(header);
        for (T r : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                line[i] = oneLine(Cells.plain(columns.get(i).get().apply(r)));
            }
            cells.add(line);
        }
        int[] width = new int[columns.size()];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.min(maxWidth, Math.max(width[i], line[i].length()));
            }
        }
        fit(width);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            appendLine(sb, cells.get(r), width);
            if (r == 0) {
                String[] rule = new String[width.length];
                for (int i = 0; i < width.length; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                appendLine(sb, rule, width);
            }
        }
        return sb.toString();
    }

    /** Narrows the widest column, one character at a time, until the line fits or every column is at its least. */
    private void fit(int[] width) {
        if (lineWidth <= 0) {
            return;
        }
        int total = 2 * (width.length - 1);
        for (int w : width) {
            total += w;
        }
        while (total > lineWidth) {
            int widest = 0;
            for (int i = 1; i < width.length; i++) {
                widest = width[i] > width[widest] ? i : widest;
            }
            if (width[widest] <= MIN_COLUMN) {
                return; // as narrow as it reads: the terminal wraps the rest
            }
            width[widest]--;
            total--;
        }
    }

    private static void appendLine(StringBuilder sb, String[] line, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
            String s = line[i];
            if (s.length() > width[i]) {
                s = s.substring(0, Math.max(0, width[i] - 1)) + "…";
            }
            l.append(s);
            if (i < line.length - 1) {
                l.append(" ".repeat(width[i] - s.length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    /** One line, with nothing a terminal would run as a control sequence. */
    private static String oneLine(String s) {
        return Cells.terminalSafe(s);
    }
}
