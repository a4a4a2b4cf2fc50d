package org.claimtally.report.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.claimtally.model.FactNote;

/**
 * The verdicts and notes an analyst typed into an earlier workbook's Facts sheet (its Fact,
 * Verdict and Notes columns), by fact id. Read here because POI stays in this package.
 */
public final class WorkbookNotes {
    private WorkbookNotes() {
    }

    /** The non-empty notes of {@code file}'s Facts sheet; a message naming the file and the fix when it has none to read. */
    public static Map<String, FactNote> read(Path file) throws IOException {
        try (Workbook wb = open(file)) {
            Sheet facts = wb.getSheet("Facts");
            if (facts == null || facts.getRow(0) == null) {
                throw new IOException(file + " has no Facts sheet: give the workbook claimtally wrote, or a CSV "
                        + "with columns fact,verdict,notes");
            }
            DataFormatter text = new DataFormatter(Locale.ROOT);
            int id = -1;
            int verdict = -1;
            int notes = -1;
            for (Cell c : facts.getRow(0)) {
                String h = text.formatCellValue(c).strip().toLowerCase(Locale.ROOT);
                id = h.equals("fact") ? c.getColumnIndex() : id;
                verdict = h.equals("verdict") ? c.getColumnIndex() : verdict;
                notes = h.equals("notes") ? c.getColumnIndex() : notes;
            }
            if (id < 0 || verdict < 0 && notes < 0) {
                throw new IOException(file + ": its Facts sheet has no Fact column, or neither a Verdict nor a Notes "
                        + "column; give the workbook claimtally wrote, or a CSV with columns fact,verdict,notes");
            }
            Map<String, FactNote> out = new LinkedHashMap<>();
            for (Row r : facts) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                FactNote n = new FactNote(cell(r, verdict, text), cell(r, notes, text));
                String fact = cell(r, id, text).strip();
                if (!fact.isEmpty() && !n.isEmpty()) {
                    out.put(fact, n);
                }
            }
            return out;
        }
    }

    private static Workbook open(Path file) throws IOException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not an Excel workbook claimtally can read (" + e.getMessage()
                    + "); give the workbook of an earlier run, or a CSV of fact,verdict,notes", e);
        }
    }

    private static String cell(Row r, int col, DataFormatter text) {
        if (col < 0) {
            return "";
        }
        Cell c = r.getCell(col);
        if (c == null) {
            return "";
        }
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            // the Fact column links to its claim: =HYPERLINK("#'Claims'!A2","F12345678"); its text is the last argument
            if (c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && !c.getStringCellValue().isEmpty()) {
                return c.getStringCellValue();
            }
            java.util.regex.Matcher m = LINK_TEXT.matcher(c.getCellFormula());
            return m.find() ? m.group(1) : "";
        }
        return text.formatCellValue(c);
    }

    /** The shown text of a HYPERLINK formula: its last quoted argument. */
    private static final java.util.regex.Pattern LINK_TEXT = java.util.regex.Pattern.compile(",\\s*\"([^\"]*)\"\\s*\\)\\s*$");
}
