package org.claimtally.report;

import java.io.File;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.claimtally.model.Numbers;

/**
 * A text dump of a workbook's content: every non-empty cell with its address and type, link
 * target and comment. Golden files compare this, since xlsx files carry timestamps.
 */
public final class WorkbookDump {
    private WorkbookDump() {
    }

    public static String dump(File xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Workbook wb = WorkbookFactory.create(xlsx, null, true)) {
            for (Sheet s : wb) {
                sb.append("== ").append(s.getSheetName()).append('\n');
                for (Row r : s) {
                    for (Cell c : r) {
                        String v = value(c);
                        String link = Links.target(c);
                        if (v.isEmpty() && link == null && c.getCellComment() == null) {
                            continue;
                        }
                        sb.append(new CellReference(c).formatAsString(false)).append(' ').append(v);
                        if (link != null) {
                            sb.append(" -> ").append(link);
                        }
                        if (c.getCellComment() != null) {
                            sb.append(" [comment: ").append(c.getCellComment().getString().getString().replace("\n", " / "))
                                    .append(']');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String value(Cell c) {
        CellType t = c.getCellType();
        return switch (t) {
            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                    ? "date:" + c.getLocalDateTimeCellValue().toLocalDate()
                    : "num:" + Numbers.plain(c.getNumericCellValue());
            case STRING -> c.getStringCellValue().isEmpty() ? "" : "str:" + c.getStringCellValue().replace("\n", "\\n");
            // a link formula shows its cached text; any other formula is printed whole, to be noticed
            case FORMULA -> Links.HYPERLINK.matcher(c.getCellFormula()).matches()
                    ? "str:" + c.getStringCellValue().replace("\n", "\\n") : "FORMULA:" + c.getCellFormula();
            case BOOLEAN -> "bool:" + c.getBooleanCellValue();
            default -> "";
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
