package org.claimtally.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;

/**
 * A {@code sources.csv} (or any file given with {@code --sources}): one row per article,
 * columns {@code file,outlet,url,published,title} matched case-insensitively; other
 * columns are kept. Bad rows are reported with their line number and skipped.
 */
public final class SourcesFile {
    public static final String NAME = "sources.csv";
    private static final List<String> KNOWN = List.of("file", "outlet", "url", "published", "title");
    private static final Map<String, String> ALIASES = Map.of("source", "outlet", "date", "published",
            "filename", "file", "link", "url", "headline", "title");

    private final Map<String, SourceInfo> byFile;
    private final Path path;

    private SourcesFile(Path path, Map<String, SourceInfo> byFile) {
        this.path = path;
        this.byFile = byFile;
    }

    public static SourcesFile empty() {
        return new SourcesFile(null, Map.of());
    }

    public Path path() {
        return path;
    }

    public Map<String, SourceInfo> entries() {
        return byFile;
    }

    public SourceInfo lookup(String fileName) {
        return byFile.get(fileName);
    }

    public static SourcesFile read(Path path, List<Problem> problems) {
        String name = path.toString();
        Map<String, SourceInfo> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader r = TextDecoder.lenientUtf8(path);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, String> columns = columns(p.getHeaderNames());
            if (!columns.containsValue("file")) {
                problems.add(Problem.error(name, "line 1", "no 'file' column: the header must name "
                        + "file,outlet,url,published,title; found " + String.join(",", p.getHeaderNames())));
                return new SourcesFile(path, Map.of());
            }
            for (CSVRecord rec : p) {
                if (String.join("", rec.values()).indexOf(TextDecoder.REPLACED) >= 0) {
                    problems.add(Problem.warning(name, "line " + rec.getParser().getCurrentLineNumber(),
                            "bytes that are not UTF-8 were replaced with \uFFFD; the row was read"));
                }
                addRow(name, rec, columns, out, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(name, "", "cannot read sources file: " + e.getMessage()));
        }
        return new SourcesFile(path, out);
    }

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> cols = new LinkedHashMap<>();
        for (String h : header) {
            String k = h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            cols.put(h, KNOWN.contains(k) ? k : ALIASES.getOrDefault(k, h.strip()));
        }
        return cols;
    }

    private static void addRow(String name, CSVRecord rec, Map<String, String> columns,
                               Map<String, SourceInfo> out, List<Problem> problems) {
        String where = "line " + rec.getParser().getCurrentLineNumber();
        if (!rec.isConsistent()) {
            problems.add(Problem.warning(name, where, "row has " + rec.size() + " cells, header has "
                    + columns.size() + "; read what is there"));
        }
        Map<String, String> known = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : columns.entrySet()) {
            String v = rec.isSet(c.getKey()) ? rec.get(c.getKey()) : "";
            if (KNOWN.contains(c.getValue())) {
                known.putIfAbsent(c.getValue(), v);
            } else if (!c.getValue().isEmpty()) {
                extra.put(c.getValue(), v);
            }
        }
        String file = known.getOrDefault("file", "");
        if (file.isEmpty()) {
            problems.add(Problem.warning(name, where, "row has no file name; skipped"));
            return;
        }
        if (out.containsKey(file)) {
            problems.add(Problem.warning(name, where, "second row for '" + file + "'; the first one is used"));
            return;
        }
        String published = known.getOrDefault("published", "");
        if (!Dates.isDate(published)) {
            problems.add(Problem.warning(name, where, "published '" + published + "' is not a date (write YYYY-MM-DD, "
                    + "a time may follow); " + file + " is dated from its text where it can be"));
            published = "";
        }
        out.put(file, new SourceInfo(file, known.get("outlet"), known.get("url"), published, known.get("title"), extra));
    }

    /** Rows naming files that no input provided. */
    public List<String> unmatched(java.util.Set<String> seenFiles) {
        List<String> missing = new ArrayList<>();
        for (String f : byFile.keySet()) {
            if (!seenFiles.contains(f)) {
                missing.add(f);
            }
        }
        return missing;
    }
}
