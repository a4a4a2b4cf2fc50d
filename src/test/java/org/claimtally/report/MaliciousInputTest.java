package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile article text stays inert text: no formulas, no links, a valid workbook. */
class MaliciousInputTest {
    @TempDir
    Path tmp;

    @Test
    void hostileTextIsPlainText() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String longLine = "Officials counted 12 drones and " + "then some more words without a stop ".repeat(1200);
        Files.writeString(in.resolve("evil.txt"), "=HYPERLINK(\"http://x\",\"y\") said 5 people were killed.\n"
                + "@SUM(1) claimed 7 drones were launched.\n+cmd|' /C calc'!A0 reported 3 missiles.\n"
                + "-2+3 and \u0001\u0007\u001b control 9 shells hit.\n" + longLine + "\n");
        Files.writeString(in.resolve("sources.csv"), "file,outlet,url,published,title\n"
                + "evil.txt,=1+1,javascript:alert(1),2026-02-30,@title\n");
        Path out = tmp.resolve("evil.xlsx");
        Path csv = tmp.resolve("csv");
        Run r = Run.of("report", in.toString(), "-o", out.toString(), "--csv", csv.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        boolean sawFormulaText = false;
        boolean sawCut = false;
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            // the only formulas are the writer's own links: two quoted literals, nothing else
                            assertThat(c.getCellFormula()).matches(Links.HYPERLINK);
                        }
                        if (Links.target(c) != null) {
                            assertThat(Links.target(c)).doesNotStartWith("javascript").startsWith("'");
                        }
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            assertThat(v).doesNotContain("\u0001", "\u0007", "\u001b");
                            assertThat(v.length()).isLessThanOrEqualTo(Cells.MAX_CELL);
                            sawFormulaText |= v.startsWith("=HYPERLINK") || v.equals("=1+1") || v.startsWith("@SUM");
                            sawCut |= v.startsWith("Officials counted 12 drones") && v.endsWith(" …") && v.length() < 1100;
                        }
                    }
                }
            }
        }
        assertThat(sawFormulaText).as("hostile strings kept as text").isTrue();
        assertThat(sawCut).as("a 40,000-character sentence shows a window around its figure").isTrue();
        String sources = Files.readString(csv.resolve("sources.csv"));
        assertThat(sources).contains("'=1+1", "'@title").doesNotContain(",=1+1");
    }
}
