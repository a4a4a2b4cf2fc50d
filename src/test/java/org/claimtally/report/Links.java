package org.claimtally.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/** Where a cell links to: a hyperlink object, or the workbook's own HYPERLINK("#target","text") formulas. */
final class Links {
    /** Exactly the formulas the writer makes: two string literals, quotes doubled, nothing else. */
    static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\(\"#((?:[^\"]|\"\")*)\",\"((?:[^\"]|\"\")*)\"\\)");

    private Links() {
    }

    /** The link target ({@code 'Claims'!A5}, a URL), or null when the cell links nowhere. */
    static String target(Cell c) {
        if (c.getHyperlink() != null) {
            return c.getHyperlink().getAddress();
        }
        if (c.getCellType() == CellType.FORMULA) {
            Matcher m = HYPERLINK.matcher(c.getCellFormula());
            if (m.matches()) {
                return m.group(1).replace("\"\"", "\"");
            }
        }
        return null;
    }
}
