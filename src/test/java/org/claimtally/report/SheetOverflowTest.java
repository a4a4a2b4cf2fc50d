package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.claimtally.model.RunResult;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.pipeline.Progress;
import org.claimtally.pipeline.RunOptions;
import org.claimtally.report.xlsx.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past the row limit sheets continue on "Name (2)" and links still land on their rows. The
 * limit is made small here; with Excel's real one the same code pages at 1,048,575 rows.
 */
class SheetOverflowTest {
    @TempDir
    Path dir;

    @Test
    void claimsAndFactsContinueOnFurtherSheetsAndLinksStillWork() throws Exception {
        RunResult r = new Pipeline(RunOptions.of(List.of(Path.of("input")))).run(Progress.NONE);
        Path file = dir.resolve("small-sheets.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookWriter("test", 10).write(r, out);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("Claims", "Claims (2)", "Claims (4)", "Facts", "Facts (3)");
            int claimRows = 0;
            for (String n : names) {
                if (n.startsWith("Claims")) {
                    Sheet s = wb.getSheet(n);
                    assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Claim");
                    assertThat(s.getLastRowNum()).isLessThanOrEqualTo(10);
                    claimRows += s.getLastRowNum();
                }
            }
            assertThat(claimRows).isEqualTo(r.claims().size());
            for (String n : names) {
                for (Row row : wb.getSheet(n)) {
                    for (Cell c : row) {
                        String link = Links.target(c);
                        if (link != null && link.startsWith("'")) {
                            AreaReference ref = new AreaReference(link, null);
                            Sheet target = wb.getSheet(ref.getFirstCell().getSheetName());
                            assertThat(target).as(link).isNotNull();
                            assertThat(target.getRow(ref.getFirstCell().getRow())).as(link).isNotNull();
                        }
                    }
                }
            }
            boolean noted = false;
            for (Row row : wb.getSheet("Summary")) {
                Cell label = row.getCell(0);
                Cell text = row.getCell(1);
                noted |= label != null && "Note".equals(label.toString()) && text != null
                        && text.toString().contains("continue on Claims (2)");
            }
            assertThat(noted).as("Summary says where the claims continue").isTrue();
        }
    }
}
