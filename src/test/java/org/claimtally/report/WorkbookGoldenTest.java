package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.claimtally.Golden;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed workbook's every cell against a golden dump, and its Excel craft. */
class WorkbookGoldenTest {
    @TempDir
    Path tmp;

    Path write(String... extra) {
        Path out = tmp.resolve("claims.xlsx");
        String[] args = new String[4 + extra.length];
        args[0] = "report";
        args[1] = "input";
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        Run r = Run.of(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    @Test
    void everySheetMatchesTheGoldenDump() throws Exception {
        Golden.check("seeds-workbook.txt", WorkbookDump.dump(write("--quiet").toFile()));
    }

    @Test
    void sameInputSameCells() throws Exception {
        String a = WorkbookDump.dump(write("--quiet").toFile());
        String b = WorkbookDump.dump(write("--quiet", "--threads", "1").toFile());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void excelCraft() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(write("--quiet").toFile())) {
            for (String name : new String[] {"Facts", "By source", "Claims", "Sources", "Problems"}) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getPaneInformation()).as(name + " frozen header").isNotNull();
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name + " autofilter").isTrue();
                Cell h = s.getRow(0).getCell(0);
                assertThat(wb.getFontAt(h.getCellStyle().getFontIndex()).getBold()).as(name + " bold header").isTrue();
                assertThat(s.getColumnWidth(0)).as(name + " width set").isGreaterThan(6 * 256);
            }
            XSSFSheet facts = wb.getSheet("Facts");
            assertThat(facts.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(4);
            int lowCol = -1;
            for (Cell c : facts.getRow(0)) {
                lowCol = "Low".equals(c.getStringCellValue()) ? c.getColumnIndex() : lowCol;
            }
            Cell low = facts.getRow(1).getCell(lowCol);
            assertThat(low.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(low.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Sheet bySource = wb.getSheet("By source");
            int comments = 0;
            for (Row r : bySource) {
                for (Cell c : r) {
                    if (c.getCellComment() != null) {
                        comments++;
                        assertThat(c.getCellComment().getString().getString()).contains(c.getStringCellValue());
                    }
                }
            }
            assertThat(comments).isGreaterThan(20);
            assertThat(wb.getProperties().getCoreProperties().getCreator()).startsWith("claimtally");
            var named = wb.getStylesSource().getCTStylesheet().getCellStyles();
            List<String> names = new java.util.ArrayList<>();
            for (var cs : named.getCellStyleArray()) {
                names.add(cs.getName());
                assertThat(cs.getXfId()).isLessThan(wb.getStylesSource()._getStyleXfsSize());
            }
            assertThat(names).contains("Normal", "claimtally header", "claimtally whole number", "claimtally link");
            int headerXf = (int) ((org.apache.poi.xssf.usermodel.XSSFCellStyle) facts.getRow(0).getCell(0).getCellStyle())
                    .getCoreXf().getXfId();
            assertThat(named.getCellStyleArray()[names.indexOf("claimtally header")].getXfId()).isEqualTo(headerXf);
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void otherFormatsFromTheSameTables() throws Exception {
        Path csv = tmp.resolve("csv");
        write("--quiet", "--csv", csv.toString(), "--json", tmp.resolve("r.json").toString(), "--markdown",
                tmp.resolve("r.md").toString());
        assertThat(csv.resolve("facts.csv")).exists();
        assertThat(Files.readAllBytes(csv.resolve("claims.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(tmp.resolve("r.json"))).contains("\"facts\"", "\"claims\"", "\"sources\"");
        assertThat(Files.readString(tmp.resolve("r.md"))).containsPattern("\\| F\\d{8} \\|").contains("396–400");
    }
}
