package org.claimtally.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.claimtally.model.Problem;

/** Every input that was skipped or only partly read, and why. */
final class ProblemsSheet {
    private ProblemsSheet() {
    }

    static void write(Workbook wb, Styles st, List<Problem> problems) {
        SheetOut out = new SheetOut(wb.createSheet("Problems"), st, WorkbookWriter.EXCEL_ROWS);
        out.header("File", "Where", "Severity", "Problem");
        for (Problem p : problems) {
            out.newRow();
            out.text(p.file());
            out.text(p.where());
            out.text(p.severity().name().toLowerCase(java.util.Locale.ROOT));
            out.text(p.message());
        }
        if (problems.isEmpty()) {
            out.newRow();
            out.text("(none: every input was read)");
        }
        out.finishTable(4);
    }
}
