package org.claimtally.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtally.model.FactNote;

/**
 * An analyst's notes on facts as CSV: columns {@code fact,verdict,notes} (case-insensitive;
 * verdict or notes may be left out), one row per fact id. The previous workbook itself is read
 * by the workbook package.
 */
public final class NotesFile {
    private NotesFile() {
    }

    public static Map<String, FactNote> read(Path path) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader r = TextDecoder.lenientUtf8(path);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, Integer> col = new LinkedHashMap<>();
            for (int i = 0; i < p.getHeaderNames().size(); i++) {
                col.putIfAbsent(p.getHeaderNames().get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
            }
            if (!col.containsKey("fact") || !col.containsKey("verdict") && !col.containsKey("notes")) {
                throw new IOException(path + ":1: the header must name fact and verdict or notes (fact,verdict,notes); "
                        + "found " + String.join(",", p.getHeaderNames()));
            }
            Map<String, FactNote> out = new LinkedHashMap<>();
            for (CSVRecord rec : p) {
                FactNote n = new FactNote(field(rec, col.get("verdict")), field(rec, col.get("notes")));
                String fact = field(rec, col.get("fact"));
                if (!fact.isEmpty() && !n.isEmpty()) {
                    out.put(fact, n);
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException(path + ": cannot read notes: " + e.getMessage(), e);
        }
    }

    private static String field(CSVRecord rec, Integer i) {
        return i == null || i >= rec.size() ? "" : rec.get(i);
    }
}
