package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict typed into a workbook reaches the same fact in the next run, after an article is added. */
class NotesTest {
    @TempDir
    Path dir;

    private static int column(Sheet s, String name) {
        for (Cell c : s.getRow(0)) {
            if (name.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** Fact id → verdict of every row of the Facts sheet. */
    private static Map<String, String> verdicts(Path workbook) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet s = wb.getSheet("Facts");
            int verdict = column(s, "Verdict");
            DataFormatter text = new DataFormatter();
            for (Row r : s) {
                if (r.getRowNum() > 0) {
                    Cell v = r.getCell(verdict);
                    out.put(r.getCell(0).getStringCellValue(), v == null ? "" : text.formatCellValue(v));
                }
            }
        }
        return out;
    }

    @Test
    void aVerdictTypedIntoTheWorkbookIsCarriedToTheSameFact() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("2024-05-04-a.txt"), "Shelling in Dorvask\n\nShelling killed 12 people in Dorvask "
                + "on Saturday, officials said.\n");
        Files.writeString(in.resolve("2024-05-04-b.txt"), "Drones over Kelmora\n\nThe army said it shot down 41 drones "
                + "over Kelmora overnight.\n");
        Path book = dir.resolve("claims.xlsx");
        assertThat(Run.of("report", "-q", in.toString(), "-o", book.toString()).exit()).isZero();

        String noted;
        try (Workbook wb = WorkbookFactory.create(book.toFile())) { // as an analyst does in Excel
            Sheet s = wb.getSheet("Facts");
            Row first = s.getRow(1);
            noted = first.getCell(0).getStringCellValue();
            first.createCell(column(s, "Verdict")).setCellValue("confirmed");
            first.createCell(column(s, "Notes")).setCellValue("checked against the regional office");
            Path typed = dir.resolve("typed.xlsx");
            try (OutputStream out = Files.newOutputStream(typed)) {
                wb.write(out);
            }
            Files.move(typed, book, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(in.resolve("2024-05-05-c.txt"), "Power cut\n\nThe strike left 5,000 households without "
                + "power on Sunday, the utility said.\n");
        Run next = Run.of("report", "-q", in.toString(), "-o", book.toString(), "--notes", book.toString());
        assertThat(next.exit()).as(next.err()).isZero();
        Map<String, String> after = verdicts(book);
        assertThat(after).containsEntry(noted, "confirmed");
        assertThat(after.values().stream().filter("confirmed"::equals)).hasSize(1);
    }

    /** A report of one article, with {@code notes} as the notes file's text. */
    private Run withNotes(String notes) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Shelling killed 12 people in Dorvask on Saturday, officials said.");
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, notes);
        return Run.of("report", "-q", in.toString(), "-o", dir.resolve("out.xlsx").toString(), "--notes", file.toString());
    }

    @Test
    void notesOfFactsThatAreGoneAreNamedNotDropped() throws Exception {
        Run r = withNotes("fact,verdict,notes\nF00000001,wrong merge,split it\n");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("F00000001", "not carried");
    }

    @Test
    void aNotesFileThatIsNeitherIsAUsageErrorNamingIt() throws Exception {
        Run r = withNotes("id,comment\nF1,x\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("notes.csv", "fact,verdict,notes").doesNotContain("Exception");
    }
}
