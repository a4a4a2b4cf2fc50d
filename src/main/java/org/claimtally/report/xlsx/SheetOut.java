package org.claimtally.report.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.claimtally.report.Cells;

/**
 * Writes rows into one sheet: typed cells (text stays text, numbers stay numbers), safe
 * links, and column widths measured from content as it goes (POI's autosize is too slow
 * on large sheets).
 */
final class SheetOut {
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int HEADER_WRAP = 14;
    /** Lines a wrapped header may take; an outlet's name longer than that is cut by the cell. */
    private static final int HEADER_LINES = 3;
    Sheet sheet;
    private final Styles styles;
    private final CreationHelper helper;
    private final int[] widths = new int[256];
    private int rowIndex;
    private int maxCol;
    private Row row;
    private int col;

    SheetOut(Sheet sheet, Styles styles) {
        this(sheet, styles, Integer.MAX_VALUE);
    }

    /**
     * A sheet that continues on "Name (2)", "Name (3)" … once {@code rowsPerSheet} data rows
     * are written (Excel holds 1,048,575 below a header). The header repeats on each part.
     */
    SheetOut(Sheet sheet, Styles styles, int rowsPerSheet) {
        this.sheet = sheet;
        this.styles = styles;
        this.helper = sheet.getWorkbook().getCreationHelper();
        this.rowsPerSheet = rowsPerSheet;
        this.baseName = sheet.getSheetName();
    }

    private final int rowsPerSheet;
    private final String baseName;
    private String[] headerNames;
    private int part;
    private int columns;

    /** The sheet name of part {@code n} (0-based) of a sheet that overflowed. */
    static String partName(String base, int n) {
        String name = n == 0 ? base : base + " (" + (n + 1) + ")";
        return org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name); // 31 chars, no []:*?/\\
    }

    /** Where data row {@code i} (0-based) of a paged sheet lands, as a document link target. */
    static String address(String base, int i, int rowsPerSheet) {
        return "'" + partName(base, i / rowsPerSheet) + "'!A" + (i % rowsPerSheet + 2);
    }

    int parts() {
        return part + 1;
    }

    int rowIndex() {
        return rowIndex;
    }

    /** Starts a new row; returns its 0-based index. */
    int newRow() {
        if (headerNames != null && rowIndex > rowsPerSheet) {
            nextPart();
        }
        row = sheet.createRow(rowIndex++);
        col = 0;
        return rowIndex - 1;
    }

    private void nextPart() {
        finishTable(columns);
        part++;
        sheet = sheet.getWorkbook().createSheet(partName(baseName, part));
        rowIndex = 0;
        java.util.Arrays.fill(widths, 0);
        maxCol = 0;
        header(headerNames);
    }

    void header(String... names) {
        header(java.util.Set.of(), names);
    }

    /**
     * The header row; the columns named in {@code numbers} hold numbers, and their headers stand
     * right-aligned over them. A header longer than a column wraps, and the row is made tall
     * enough for it, so that it never covers the first data row.
     */
    void header(java.util.Set<String> numbers, String... names) {
        headerNames = names.clone();
        columns = names.length;
        newRow();
        int lines = 1;
        for (String n : names) {
            Cell c = row.createCell(col);
            c.setCellValue(Cells.cellText(n)); // a header may be an outlet's name, as long as a user wrote it
            c.setCellStyle(numbers.contains(n) ? styles.headerNumber : styles.header);
            measure(col, Math.min(n.length(), HEADER_WRAP) + 2); // longer headers wrap
            lines = Math.max(lines, Math.min(HEADER_LINES, (n.length() + HEADER_WRAP - 1) / HEADER_WRAP));
            col++;
        }
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }

    /** A text cell; an empty string creates no cell at all (null): blank cells cost time and bytes. */
    Cell text(String s) {
        if (s == null || s.isEmpty()) {
            col++;
            return null;
        }
        Cell c = row.createCell(col);
        String t = Cells.cellText(s);
        c.setCellValue(t);
        c.setCellStyle(styles.text);
        measure(col, firstLineLength(t));
        col++;
        return c;
    }

    Cell wrapped(String s) {
        Cell c = text(s);
        if (c != null) {
            c.setCellStyle(styles.wrap);
        }
        return c;
    }

    Cell styled(String s, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = text(s);
        if (c != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    /** A number cell; null leaves the cell blank. */
    Cell number(Number v) {
        Cell c = row.createCell(col);
        if (v != null) {
            double d = v.doubleValue();
            c.setCellValue(d);
            c.setCellStyle(d == Math.rint(d) ? styles.integer : styles.decimal);
            measure(col, displayWidth(d));
        }
        col++;
        return c;
    }

    /** A number cell shown with a marker ("≥ ", "%"); the cell's value is the number; null leaves it blank. */
    Cell number(Number v, String prefix, String suffix) {
        if (v == null || prefix.isEmpty() && suffix.isEmpty()) {
            return number(v);
        }
        Cell c = row.createCell(col);
        double d = v.doubleValue();
        c.setCellValue(d);
        c.setCellStyle(styles.marked(d == Math.rint(d), prefix, suffix));
        measure(col, displayWidth(d) + prefix.length() + suffix.length());
        col++;
        return c;
    }

    /** Characters "#,##0" needs for the number, without formatting it (this runs per cell). */
    private static int displayWidth(double d) {
        double a = Math.abs(d);
        int digits = a < 1 ? 1 : (int) Math.floor(Math.log10(a)) + 1;
        return digits + (digits - 1) / 3 + (d < 0 ? 1 : 0) + (d == Math.rint(d) ? 0 : 4) + 1;
    }

    /** A date cell when the text is an ISO date, else the text itself. */
    Cell date(String iso) {
        if (iso != null && iso.length() >= 10) {
            try {
                LocalDate d = LocalDate.parse(iso.substring(0, 10));
                Cell c = row.createCell(col);
                c.setCellValue(d);
                c.setCellStyle(styles.date);
                measure(col, 11);
                col++;
                return c;
            } catch (DateTimeParseException e) {
                // not an ISO date: keep the words
            }
        }
        return text(iso);
    }

    /**
     * Text linking to a place in this workbook, e.g. {@code 'Claims'!A12}. Written as a
     * HYPERLINK formula with the text as its cached value: POI keeps every hyperlink object
     * in memory until the workbook closes (about 1 KB each, hundreds of thousands on a large
     * corpus), while formula cells stream to disk like any other. Both arguments are string
     * literals with their quotes doubled, so article text can never become formula code.
     */
    Cell internalLink(String s, String target) {
        Cell c = text(s.isEmpty() ? "(link)" : s);
        String shown = c.getStringCellValue();
        String formula = hyperlinkFormula(target, shown);
        if (formula == null) {
            Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT); // too long for a formula literal
            h.setAddress(target);
            c.setHyperlink(h);
        } else {
            c.setCellFormula(formula);
            c.setCellValue(shown); // the cached result, shown before any recalculation
        }
        c.setCellStyle(styles.link);
        return c;
    }

    /** Excel caps a string literal in a formula at 255 characters. */
    private static final int MAX_LITERAL = 255;

    /** {@code HYPERLINK("#target","text")}, or null when either will not fit a literal. */
    static String hyperlinkFormula(String target, String text) {
        String t = "#" + target;
        if (t.length() > MAX_LITERAL || text.length() > MAX_LITERAL) {
            return null;
        }
        return "HYPERLINK(\"" + t.replace("\"", "\"\"") + "\",\"" + text.replace("\"", "\"\"") + "\")";
    }

    /** A web link, only for http and https addresses; anything else stays plain text. */
    Cell url(String u) {
        Cell c = text(u);
        if (c != null && isWebUrl(u)) {
            Hyperlink h = helper.createHyperlink(HyperlinkType.URL);
            h.setAddress(u);
            c.setHyperlink(h);
            c.setCellStyle(styles.link);
        }
        return c;
    }

    static boolean isWebUrl(String u) {
        if (u == null) {
            return false;
        }
        String l = u.strip().toLowerCase(java.util.Locale.ROOT);
        if (!(l.startsWith("http://") || l.startsWith("https://"))) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(u.strip());
            return uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    void skip() {
        col++;
    }

    private void measure(int c, int len) {
        if (c < widths.length) {
            widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH_CHARS, len));
        }
        maxCol = Math.max(maxCol, c);
    }

    private static int firstLineLength(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s.length() : nl;
    }

    /** Frozen header, autofilter over the data, widths from content, a printable page. */
    void finishTable(int columns) {
        sheet.createFreezePane(1, 1); // the header row and the first column (the fact, the claim, the file) stay in view
        if (rowIndex > 0 && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        }
        applyWidths();
        printable();
    }

    /**
     * Characters of column width a landscape A4 page holds before a table fitted to one page
     * wide shrinks past reading (about 60 % of print size): a wider table prints across pages.
     */
    static final int PAGE_CHARS = 230;

    /**
     * Landscape, as many pages tall as it takes; one page wide when the table is narrow enough
     * to stay readable so, else across pages with the header row and first column on each.
     */
    void printable() {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        int chars = 0;
        for (int c = 0; c <= maxCol && c < widths.length; c++) {
            chars += Math.max(6, widths[c] + 1);
        }
        if (chars <= PAGE_CHARS) {
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
        sheet.setAutobreaks(true);
    }

    void applyWidths() {
        for (int c = 0; c <= maxCol && c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(6, widths[c] + 1) * 256);
        }
    }

    void width(int column, int chars) {
        widths[column] = chars;
        maxCol = Math.max(maxCol, column);
    }
}
