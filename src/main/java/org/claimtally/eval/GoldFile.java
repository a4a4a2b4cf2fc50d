package org.claimtally.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtally.model.Qualifier;

/** Reads gold CSV files; a bad row is an error naming the file and line. */
public final class GoldFile {
    private GoldFile() {
    }

    public static List<GoldClaim> read(Path path) throws IOException {
        return read(path, category -> false);
    }

    /**
     * {@code coreCategory} decides which claims are core when the file has no {@code core}
     * column (the facts gold lists core claims by category only).
     */
    public static List<GoldClaim> read(Path path, java.util.function.Predicate<String> coreCategory)
            throws IOException {
        List<GoldClaim> out = new ArrayList<>();
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(f).get()) {
            for (String col : List.of("doc", "start", "end", "value", "low", "high", "qualifier", "category")) {
                if (!p.getHeaderNames().contains(col)) {
                    throw new IOException(path + ": gold file has no '" + col + "' column");
                }
            }
            for (CSVRecord rec : p) {
                try {
                    out.add(row(rec, coreCategory));
                } catch (RuntimeException e) {
                    throw new IOException(path + ":" + rec.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * Reads a file of hand-made facts (the guidelines' "Facts" columns: {@code doc, start, end,
     * category, fact}, optionally {@code quote}); a bad row is an error naming the file and line.
     */
    public static List<FactScorer.GoldFactClaim> readFacts(Path path) throws IOException {
        List<FactScorer.GoldFactClaim> out = new ArrayList<>();
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(f).get()) {
            for (String col : List.of("doc", "start", "end", "category", "fact")) {
                if (!p.getHeaderNames().contains(col)) {
                    throw new IOException(path + ": facts file has no '" + col + "' column (a gold file of the"
                            + " guidelines' Facts section needs doc, start, end, category, fact)");
                }
            }
            for (CSVRecord rec : p) {
                try {
                    out.add(new FactScorer.GoldFactClaim(rec.get("doc"), Integer.parseInt(rec.get("start").strip()),
                            Integer.parseInt(rec.get("end").strip()), get(rec, "quote"), rec.get("category"),
                            rec.get("fact")));
                } catch (RuntimeException e) {
                    throw new IOException(path + ":" + rec.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static GoldClaim row(CSVRecord r, java.util.function.Predicate<String> coreCategory) {
        return new GoldClaim(r.get("doc"), Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")),
                get(r, "quote"), num(r.get("value")), num(r.get("low")), num(r.get("high")),
                Qualifier.parse(r.get("qualifier")), r.get("category"), get(r, "action"), get(r, "actor"),
                get(r, "claimant"), get(r, "time"),
                r.isMapped("core") ? "yes".equalsIgnoreCase(get(r, "core")) : coreCategory.test(r.get("category")),
                r.getParser().getCurrentLineNumber());
    }

    private static String get(CSVRecord r, String col) {
        return r.isMapped(col) && r.isSet(col) ? r.get(col) : "";
    }

    private static Double num(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
    }
}
