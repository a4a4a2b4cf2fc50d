package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.claimtally.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopens the seed workbook with POI and checks sheets, headers and the seeds' key facts. */
class WorkbookTest {
    @TempDir
    static Path tmp;
    static Path file;

    @BeforeAll
    static void write() {
        file = tmp.resolve("claims.xlsx");
        Run r = Run.of("report", "input", "-o", file.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void sheetsInOrder() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Facts", "By source", "Claims", "Sources", "Problems");
        }
    }

    @Test
    void headers() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(row(wb.getSheet("Facts"), 0)).startsWith("Fact", "What", "Category", "Subject", "Action", "Actor", "Time",
                    "Days", "Scope", "Place", "First report", "Last report", "Range", "Low", "High");
            assertThat(row(wb.getSheet("Claims"), 0)).contains("Quote", "Value", "Low", "High", "Qualifier", "Category",
                    "Action", "Actor", "Claimant", "Time", "Days", "Scope", "Sentence", "Start", "End");
            assertThat(row(wb.getSheet("Sources"), 0)).startsWith("File", "Outlet", "Title", "Published", "Published from");
        }
    }

    @Test
    void seedFactsAreSeparateRowsWithTheirRanges() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Map<String, List<String>> facts = factsByLabel(wb.getSheet("Facts"));
            assertThat(facts.get("missiles|launched|Russia|29")).as("29 missiles, agree").contains("agree");
            assertThat(facts.get("drones|launched|Russia|396–400")).as("drones 396–400").contains("consistent");
            assertThat(facts.get("missiles|launched|Russia|28")).as("28 missiles since the start of the day")
                    .contains("single", "since the start of the day");
            assertThat(facts.get("drones|launched|Ukraine|>150")).as("more than 150 drones by Ukraine").contains("single");
        }
    }

    /** Each fact row says which event it is: what was counted, by whom, where and when. */
    @Test
    void factsSayWhatTheyAre() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Map<String, List<String>> facts = factsByLabel(wb.getSheet("Facts"));
            int what = row(wb.getSheet("Facts"), 0).indexOf("What");
            assertThat(facts.get("missiles|launched|Russia|29").get(what))
                    .isEqualTo("missiles launched by Russia, overnight into Tuesday");
        }
    }

    /** An end every source states as a bound is shown open ("≥ 2,514"), shares with "%"; the cells stay numbers. */
    @Test
    void openEndsAndSharesAreMarkedOnNumberCells() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet facts = wb.getSheet("Facts");
            int low = row(facts, 0).indexOf("Low");
            int high = row(facts, 0).indexOf("High");
            int range = row(facts, 0).indexOf("Range");
            boolean openSeen = false;
            boolean shareSeen = false;
            for (Row r : facts) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                String text = r.getCell(range).getStringCellValue();
                Cell hi = r.getCell(high);
                if (text.startsWith(">")) {
                    assertThat(hi.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(hi.getCellStyle().getDataFormatString()).startsWith("\"\u2265 \"");
                    assertThat(r.getCell(low).getCellStyle().getDataFormatString()).doesNotContain("\u2265");
                    openSeen = true;
                }
                if (r.getCell(row(facts, 0).indexOf("Category")).getStringCellValue().equals("percent")) {
                    assertThat(hi.getCellStyle().getDataFormatString()).endsWith("\"%\"");
                    shareSeen = true;
                }
            }
            assertThat(openSeen).as("the seeds' 'at least 2,514' killed").isTrue();
            assertThat(shareSeen).as("the seeds' shares").isTrue();
        }
    }

    /** Each claim says when its source was published (a date cell); each fact whether it is core. */
    @Test
    void claimsCarryTheirSourcesDateAndFactsTheirCoreFlag(@TempDir Path tmp) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("in"));
        java.nio.file.Files.writeString(dir.resolve("sources.csv"), "file,outlet,url,published,title\na.txt,Desk,,2024-05-04,\n");
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Strike\n\nShelling killed 12 people in Varnitsa on Saturday. "
                + "The talks lasted four hours.\n");
        Path out = tmp.resolve("out.xlsx");
        Run r = Run.of("report", dir.toString(), "-o", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet claims = wb.getSheet("Claims");
            int published = row(claims, 0).indexOf("Published");
            Cell d = claims.getRow(1).getCell(published);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(d)).isTrue();
            assertThat(d.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 5, 4));
            Sheet facts = wb.getSheet("Facts");
            int core = row(facts, 0).indexOf("Core");
            List<String> flags = new ArrayList<>();
            for (Row x : facts) {
                if (x.getRowNum() > 0) {
                    flags.add(x.getCell(core).getStringCellValue());
                }
            }
            assertThat(flags).contains("yes", "no");
        }
    }

    /** The Summary's lists put core facts first: a war's "four years" that every article repeats comes after a toll. */
    @Test
    void summaryListsPutCoreFactsFirst(@TempDir Path tmp) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("in"));
        StringBuilder sources = new StringBuilder("file,outlet,url,published,title\n");
        for (int i = 0; i < 3; i++) {
            sources.append("d").append(i).append(".txt,Outlet ").append(i).append(",,2024-05-04,\n");
            java.nio.file.Files.writeString(dir.resolve("d" + i + ".txt"), "Varnitsa\n\nAfter four years of war, shelling "
                    + (i < 2 ? "killed 12 people in Varnitsa on Saturday" : "hit Varnitsa on Saturday")
                    + ", " + new String[] {"officials", "medics", "police"}[i] + " said. The war has lasted four years.\n");
        }
        java.nio.file.Files.writeString(dir.resolve("sources.csv"), sources);
        Path out = tmp.resolve("out.xlsx");
        Run r = Run.of("report", dir.toString(), "-o", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet summary = wb.getSheet("Summary");
            int header = -1;
            for (Row x : summary) {
                if (x.getCell(0) != null && "Most corroborated".equals(x.getCell(0).getStringCellValue())) {
                    header = x.getRowNum() + 1;
                }
            }
            assertThat(header).isPositive();
            assertThat(summary.getRow(header + 1).getCell(1).getStringCellValue()).startsWith("killed");
        }
    }

    @Test
    void figuresAreNumbersAndLinkToClaims() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet facts = wb.getSheet("Facts");
            Row first = facts.getRow(1);
            assertThat(first.getCell(row(facts, 0).indexOf("Low")).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            int links = 0;
            for (Row r : facts) {
                for (Cell c : r) {
                    if (Links.target(c) != null) {
                        assertThat(Links.target(c)).startsWith("'Claims'!A");
                        links++;
                    }
                }
            }
            assertThat(links).isGreaterThan(facts.getLastRowNum());
        }
    }

    static List<String> row(Sheet s, int i) {
        List<String> out = new ArrayList<>();
        Row r = s.getRow(i);
        for (int k = 0; k < r.getLastCellNum(); k++) { // by column, blank cells included
            Cell c = r.getCell(k);
            out.add(c == null ? "" : c.toString());
        }
        return out;
    }

    /** Facts keyed by "category|action|actor|range", each with its row's cell texts. */
    static Map<String, List<String>> factsByLabel(Sheet s) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        List<String> h = row(s, 0);
        int range = h.indexOf("Range");
        int category = h.indexOf("Category");
        int action = h.indexOf("Action");
        int actor = h.indexOf("Actor");
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            List<String> r = row(s, i);
            m.put(r.get(category) + "|" + r.get(action) + "|" + r.get(actor) + "|" + r.get(range), r);
        }
        return m;
    }
}
