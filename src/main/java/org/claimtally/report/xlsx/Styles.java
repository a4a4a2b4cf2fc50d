package org.claimtally.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the workbook uses, made once per workbook. */
final class Styles {
    final CellStyle header;
    /** The header of a column of numbers: right-aligned over them. */
    final CellStyle headerNumber;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle link;
    final CellStyle title;
    final CellStyle label;

    private final Workbook wb;
    private final java.util.Map<String, CellStyle> marked = new java.util.HashMap<>();

    /**
     * A figure's style with a marker around the number, the cell's value staying the number:
     * "≥ 2,514" for an open upper end ("at least"), "31%" for a share. Made once per format.
     */
    CellStyle marked(boolean whole, String prefix, String suffix) {
        String format = (prefix.isEmpty() ? "" : "\"" + prefix + "\"") + (whole ? "#,##0" : "#,##0.0##")
                + (suffix.isEmpty() ? "" : "\"" + suffix + "\"");
        return marked.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(whole ? integer : decimal);
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }

    Styles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        headerNumber = wb.createCellStyle();
        headerNumber.cloneStyleFrom(header);
        headerNumber.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // text cells are stored as text: "=…" in an article never becomes a formula
        text.setQuotePrefixed(true);
        wrap = wb.createCellStyle();
        wrap.cloneStyleFrom(text);
        wrap.setWrapText(true);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0##"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.cloneStyleFrom(text);
        link.setFont(blue);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        if (wb instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook x) {
            name(x, header, "claimtally header");
            name(x, text, "claimtally text");
            name(x, wrap, "claimtally wrapped text");
            name(x, integer, "claimtally whole number");
            name(x, decimal, "claimtally decimal");
            name(x, date, "claimtally date");
            name(x, link, "claimtally link");
            name(x, title, "claimtally title");
            name(x, label, "claimtally label");
        }
    }

    /**
     * Registers a style under a name (Excel's Cell Styles gallery), so a user can restyle every
     * header or every figure at once. POI has no API for this: the style's formatting is copied
     * into a cell-style record, the cell format points to it, and the name points to that.
     */
    private static void name(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, CellStyle style, String name) {
        org.apache.poi.xssf.model.StylesTable table = wb.getStylesSource();
        var core = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) style).getCoreXf();
        var named = (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf) core.copy();
        if (named.isSetXfId()) {
            named.unsetXfId();
        }
        int xfId = table.putCellStyleXf(named) - 1; // POI returns the new count, not the index
        core.setXfId(xfId);
        var sheet = table.getCTStylesheet();
        var styles = sheet.isSetCellStyles() ? sheet.getCellStyles() : sheet.addNewCellStyles();
        if (styles.sizeOfCellStyleArray() == 0) {
            var normal = styles.addNewCellStyle(); // Excel expects the built-in Normal style first
            normal.setName("Normal");
            normal.setXfId(0);
            normal.setBuiltinId(0);
        }
        var cs = styles.addNewCellStyle();
        cs.setName(name);
        cs.setXfId(xfId);
        styles.setCount(styles.sizeOfCellStyleArray());
    }
}
