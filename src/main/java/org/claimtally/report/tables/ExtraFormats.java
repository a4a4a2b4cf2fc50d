package org.claimtally.report.tables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.claimtally.model.Numbers;
import org.claimtally.report.AtomicFile;
import org.claimtally.report.Cells;
import org.claimtally.report.FactColumns;

/**
 * The report's tables in other formats: a folder of CSV files for spreadsheets (UTF-8 with
 * BOM, formula-inert), one JSON document, and a Markdown facts table for notes and tickets.
 * Each file is written whole or not at all.
 */
public final class ExtraFormats {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ExtraFormats() {
    }

    /** One CSV per sheet: facts.csv, claims.csv, sources.csv, problems.csv, categories.csv. */
    public static void csvFolder(RunResult r, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file; --csv takes a folder");
        }
        Files.createDirectories(dir);
        List<SheetTable> tables = new java.util.ArrayList<>(ReportTables.of(r));
        tables.add(ReportTables.categories(r));
        for (SheetTable t : tables) {
            String name = t.name().toLowerCase(Locale.ROOT).replace("claims by category", "categories") + ".csv";
            AtomicFile.write(dir.resolve(name), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF'); // Excel needs the BOM to read UTF-8
                CSVPrinter p = new CSVPrinter(w, CSV);
                p.printRecord(t.columns());
                for (int i = 0; i < t.rows(); i++) {
                    for (Object v : t.row(i)) {
                        p.print(v instanceof Double d ? Numbers.plain(d) : Cells.formulaSafe(Cells.xmlSafe((String) v)));
                    }
                    p.println();
                }
                p.flush();
            });
        }
    }

    /** {"facts": [...], "claims": [...], "sources": [...], "problems": [...], "categories": [...]} */
    public static void json(RunResult r, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            JsonGenerator g = JsonFactory.builder().build().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            List<SheetTable> tables = new java.util.ArrayList<>(ReportTables.of(r));
            tables.add(ReportTables.categories(r));
            for (SheetTable t : tables) {
                g.writeArrayFieldStart(t.name().toLowerCase(Locale.ROOT).replace("claims by category", "categories"));
                for (int i = 0; i < t.rows(); i++) {
                    g.writeStartObject();
                    for (int c = 0; c < t.columns().size(); c++) {
                        Object v = t.cell(i, c);
                        g.writeFieldName(t.columns().get(c));
                        if (v == null) {
                            g.writeNull();
                        } else if (v instanceof Double d) {
                            g.writeNumber(new java.math.BigDecimal(Numbers.plain(d)));
                        } else {
                            g.writeString((String) v);
                        }
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.flush();
        });
    }

    /** The facts as a Markdown table. */
    public static void markdown(RunResult r, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("# Facts across sources\n\n");
            w.write(String.format(Locale.ROOT, "%d articles, %d claims, %d facts, %d conflicts, %d corroborated.%n%n",
                    r.documents().size(), r.claims().size(), r.facts().size(), r.conflicts(), r.corroborated()));
            w.write("| Fact | What | Range | Status | Grade | Docs | Figures by source |\n");
            w.write("|---|---|---|---|---|---:|---|\n");
            for (Fact f : r.facts()) {
                w.write("| " + md(f.id()) + " | " + md(f.what()) + " | " + md(f.rangeText()) + " | " + f.status().label()
                        + " | " + f.grade().label() + " | " + f.documents() + " | " + md(FactColumns.figures(f, r.claims())) + " |\n");
            }
            w.flush();
        });
    }

    private static String md(String s) {
        // no HTML, no links ("[x](javascript:…)"), no table breaks: text stays text in any renderer
        return Cells.htmlInert(Cells.terminalSafe(Cells.xmlSafe(s))).replace("\\", "\\\\").replace("|", "\\|")
                .replace("[", "\\[").replace("]", "\\]");
    }
}
