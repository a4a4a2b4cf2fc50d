package org.claimtally.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.claimtally.report.AtomicFile;
import org.claimtally.report.CsvOutput;
import org.claimtally.report.FactColumns;
import org.claimtally.report.JsonOutput;
import org.claimtally.report.TextTable;
import org.claimtally.report.xlsx.WorkbookWriter;

/** Writes a run's reports, each whole or not at all. */
public final class Reports {
    private Reports() {
    }

    public static void workbook(RunResult r, Path target, String version) throws IOException {
        workbook(r, target, version, java.util.Map.of());
    }

    /** With the analyst's verdicts and notes, by fact id, on the Facts sheet. */
    public static void workbook(RunResult r, Path target, String version,
                                java.util.Map<String, org.claimtally.model.FactNote> notes) throws IOException {
        AtomicFile.write(target, out -> new WorkbookWriter(version, notes).write(r, out));
    }

    /** The notes of {@code file}: an earlier workbook (.xlsx) or a CSV of fact,verdict,notes. */
    public static java.util.Map<String, org.claimtally.model.FactNote> notes(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? org.claimtally.report.xlsx.WorkbookNotes.read(file)
                : org.claimtally.ingest.NotesFile.read(file);
    }

    /** A folder of CSV files, one per sheet (UTF-8 with BOM, formula-inert). */
    public static void csvFolder(RunResult r, Path dir) throws IOException {
        org.claimtally.report.tables.ExtraFormats.csvFolder(r, dir);
    }

    public static void json(RunResult r, Path file) throws IOException {
        org.claimtally.report.tables.ExtraFormats.json(r, file);
    }

    public static void markdown(RunResult r, Path file) throws IOException {
        org.claimtally.report.tables.ExtraFormats.markdown(r, file);
    }

    /** The facts in a format for the terminal or for other tools; {@code claims} are the run's claims. */
    public static void facts(List<Fact> facts, List<org.claimtally.model.Claim> claims, String format, Writer out)
            throws IOException {
        facts(facts, claims, format, out, 0);
    }

    /** As above; a table fits {@code lineWidth} characters (0: no limit). */
    public static void facts(List<Fact> facts, List<org.claimtally.model.Claim> claims, String format, Writer out,
                             int lineWidth) throws IOException {
        switch (format) {
            case "csv" -> {
                try (CsvOutput<Fact> csv = new CsvOutput<>(out, FactColumns.all(claims), false)) {
                    for (Fact f : facts) {
                        csv.row(f);
                    }
                }
            }
            case "jsonl" -> {
                try (JsonOutput<Fact> json = new JsonOutput<>(out, FactColumns.all(claims))) {
                    for (Fact f : facts) {
                        json.row(f);
                    }
                }
            }
            default -> out.write(new TextTable<>(FactColumns.terminal(claims), 60, lineWidth).render(facts));
        }
        out.flush();
    }

    static Writer utf8(java.io.OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
