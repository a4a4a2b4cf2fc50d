package org.claimtally.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;

/**
 * Multi-article files, read one record at a time: JSON lines ({@code .jsonl}, {@code .ndjson})
 * and CSV. Fields: {@code id}, {@code text|body|content}, {@code title}, {@code outlet|source},
 * {@code published|date}, {@code url}. A broken record is reported with its line and skipped.
 */
final class RecordReader {
    static final Map<String, List<String>> FIELDS = Map.of(
            "text", List.of("text", "body", "content", "article", "story"),
            "title", List.of("title", "headline"),
            "outlet", List.of("outlet", "source", "publisher", "site"),
            "published", List.of("published", "date", "published_at", "publish_date", "time"),
            "url", List.of("url", "link"),
            "id", List.of("id", "doc_id", "uid", "guid"));
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private RecordReader() {
    }

    static Iterable<Document> records(Path file, String fileId, Format format, Map<String, String> fieldMap,
                                      List<Problem> problems, Set<String> seen, long maxRecordChars) {
        Fields fields = new Fields(fieldMap);
        return () -> {
            try {
                return format == Format.JSONL ? new JsonLines(file, fileId, fields, problems, seen, maxRecordChars)
                        : new CsvRecords(file, fileId, fields, problems, seen, maxRecordChars);
            } catch (IOException e) {
                problems.add(Problem.warning(file.toString(), "", "cannot read: " + InputFiles.describe(e)));
                return Collections.emptyIterator();
            }
        };
    }

    /** Which record field holds what: the user's --field mapping first, then the usual names. */
    static final class Fields {
        private final Map<String, String> user;

        Fields(Map<String, String> user) {
            Map<String, String> lower = new java.util.HashMap<>();
            user.forEach((k, v) -> lower.put(k, v.toLowerCase(Locale.ROOT)));
            this.user = lower;
        }

        String get(Map<String, String> rec, String name) {
            String mapped = user.get(name);
            if (mapped != null) {
                String v = rec.get(mapped);
                return v == null ? "" : v;
            }
            for (String k : FIELDS.get(name)) {
                String v = rec.get(k);
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
            return "";
        }

        boolean hasText(List<String> header) {
            String mapped = user.get("text");
            return header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(h -> mapped != null ? h.equals(mapped) : FIELDS.get("text").contains(h));
        }
    }

    static Document toDocument(Map<String, String> rec, Fields f, String fileId, long recordNo, Set<String> seen) {
        String id = f.get(rec, "id");
        String docId = fileId + "#" + (id.isEmpty() ? Long.toString(recordNo) : id);
        String text = f.get(rec, "text");
        String title = f.get(rec, "title");
        SourceInfo info = new SourceInfo(docId, f.get(rec, "outlet"), f.get(rec, "url"), f.get(rec, "published"),
                title.isEmpty() ? Ingest.firstLine(text) : title, Map.of());
        seen.add(fileId);
        // the title is part of what the article says: headlines carry figures too
        String body = title.isEmpty() || text.startsWith(title) ? text : title + "\n\n" + text;
        return new Document(docId, info, body);
    }

    /** JSON lines: one object per line; blank lines are skipped. */
    private static final class JsonLines implements Iterator<Document> {
        private final BoundedLines in;
        private final long maxChars;
        private final String name;
        private final String fileId;
        private final Fields fields;
        private final List<Problem> problems;
        private final Set<String> seen;
        private final RecordIds ids = new RecordIds();
        private long line;
        private Document next;
        private boolean done;

        JsonLines(Path file, String fileId, Fields fields, List<Problem> problems, Set<String> seen, long maxChars)
                throws IOException {
            this.in = new BoundedLines(TextDecoder.lenientUtf8(file), maxChars);
            this.maxChars = maxChars;
            this.name = file.toString();
            this.fileId = fileId;
            this.fields = fields;
            this.problems = problems;
            this.seen = seen;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (done) {
                        return false;
                    }
                    String s = in.next();
                    if (s == null) {
                        done = true;
                        in.close();
                        return false;
                    }
                    line++;
                    if (s == BoundedLines.TOO_LONG) {
                        problems.add(Problem.warning(name, "line " + line, "record longer than the " + (maxChars >> 20)
                                + " MB limit for one article; skipped (raise it with --max-file-mb)"));
                        continue;
                    }
                    if (line == 1 && s.startsWith("\uFEFF")) {
                        s = s.substring(1);
                    }
                    if (s.isBlank()) {
                        continue;
                    }
                    if (s.indexOf(TextDecoder.REPLACED) >= 0) {
                        problems.add(Problem.warning(name, "line " + line, "bytes that are not UTF-8 were replaced "
                                + "with \uFFFD; the record was read"));
                    }
                    next = parse(s);
                }
                return true;
            } catch (IOException | java.io.UncheckedIOException e) {
                done = true;
                problems.add(Problem.warning(name, "line " + line, "cannot read further: "
                        + e.getMessage() + "; the records before it were read"));
                return false;
            }
        }

        private Document parse(String s) {
            Map<String, String> rec = new HashMap<>();
            try (JsonParser p = JSON.createParser(s)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    problems.add(Problem.warning(name, "line " + line, "not a JSON object; skipped"));
                    return null;
                }
                JsonToken tok;
                while ((tok = p.nextToken()) != JsonToken.END_OBJECT && tok != null) {
                    String key = p.currentName().toLowerCase(Locale.ROOT);
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                        rec.put(key, p.getValueAsString());
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.warning(name, "line " + line, "broken JSON (" + firstLine(e.getMessage())
                        + "); skipped"));
                return null;
            }
            if (fields.get(rec, "text").isEmpty()) {
                problems.add(Problem.warning(name, "line " + line, "record has no text field (text, body or "
                        + "content; name another with --field text=NAME); skipped"));
                return null;
            }
            return ids.unique(toDocument(rec, fields, fileId, line, seen), "line " + line, problems, name);
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document d = next;
            next = null;
            return d;
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** CSV with a header row; quoted newlines are part of the field. */
    private static final class CsvRecords implements Iterator<Document> {
        private final CSVParser parser;
        private final Iterator<CSVRecord> it;
        private final String name;
        private final String fileId;
        private final Fields fields;
        private final List<Problem> problems;
        private final Set<String> seen;
        private final RecordIds ids = new RecordIds();
        private final RecordLimit limit;
        private Document next;
        private boolean checked;

        CsvRecords(Path file, String fileId, Fields fields, List<Problem> problems, Set<String> seen, long maxChars)
                throws IOException {
            this.fields = fields;
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
            this.limit = new RecordLimit(TextDecoder.lenientUtf8(file), maxChars);
            this.parser = CSVParser.builder().setReader(limit)
                    .setFormat(format).get();
            this.it = parser.iterator();
            this.name = file.toString();
            this.fileId = fileId;
            this.problems = problems;
            this.seen = seen;
        }

        @Override
        public boolean hasNext() {
            if (!checked) {
                checked = true;
                List<String> repeated = repeated(parser.getHeaderNames());
                if (!repeated.isEmpty()) {
                    problems.add(Problem.warning(name, "line 1", "column" + (repeated.size() > 1 ? "s " : " ")
                            + String.join(", ", repeated) + " appear" + (repeated.size() > 1 ? "" : "s")
                            + " more than once; the first of each is read"));
                }
                if (!fields.hasText(parser.getHeaderNames())) {
                    problems.add(Problem.warning(name, "line 1", "CSV has no text column (text, body or content; name "
                            + "another with --field text=NAME); skipped. If it lists sources, pass it with --sources"));
                    close();
                    return false;
                }
            }
            try {
                while (next == null && it.hasNext()) {
                    CSVRecord r = it.next();
                    if (limit.cut(r.getCharacterPosition())) {
                        problems.add(Problem.warning(name, "line " + r.getParser().getCurrentLineNumber(), "record "
                                + "longer than the limit for one article (--max-file-mb); skipped"));
                        continue;
                    }
                    Map<String, String> rec = new HashMap<>();
                    List<String> header = parser.getHeaderNames();
                    for (int i = 0; i < header.size() && i < r.size(); i++) {
                        rec.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), r.get(i)); // the first of repeated columns
                    }
                    if (fields.get(rec, "text").isEmpty()) {
                        problems.add(Problem.warning(name, "line " + r.getParser().getCurrentLineNumber(),
                                "record has no text; skipped"));
                        continue;
                    }
                    next = ids.unique(toDocument(rec, fields, fileId, r.getRecordNumber(), seen),
                            "line " + r.getParser().getCurrentLineNumber(), problems, name);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.add(Problem.warning(name, "line " + parser.getCurrentLineNumber(), "broken CSV ("
                        + firstLine(e.getMessage()) + "); the records before it were read"));
                close();
                return false;
            }
            if (next == null) {
                close();
            }
            return next != null;
        }

        private void close() {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing more to read either way
            }
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document d = next;
            next = null;
            return d;
        }
    }

    /** Header names that occur more than once (case and spaces aside), in order. */
    static List<String> repeated(List<String> header) {
        Set<String> seenNames = new java.util.HashSet<>();
        Set<String> twice = new java.util.LinkedHashSet<>();
        for (String h : header) {
            String k = h.strip().toLowerCase(Locale.ROOT);
            if (!seenNames.add(k)) {
                twice.add("'" + k + "'");
            }
        }
        return List.copyOf(twice);
    }

    /**
     * The document ids of one file kept distinct: a record whose id repeats an earlier one
     * becomes a document of its own ("a.jsonl#7@12", its line after the id), reported, so two
     * articles never merge into one; a publication date that is no date is reported and dropped.
     */
    static final class RecordIds {
        /**
         * The longest record id kept: every claim row repeats its document's id, so an id of a
         * megabyte would make each row a megabyte. Real ids (numbers, slugs, GUIDs, URLs) fit.
         */
        static final int MAX_ID_CHARS = 200;

        private final Set<String> used = new java.util.HashSet<>();

        Document unique(Document d, String where, List<Problem> problems, String file) {
            if (d == null) {
                return null;
            }
            Document out = d;
            int hash = d.id().indexOf('#');
            if (d.id().length() - hash - 1 > MAX_ID_CHARS) {
                String id = d.id().substring(0, hash + 1) + where.replaceAll("\\D", "");
                problems.add(Problem.warning(file, where, "id of " + (d.id().length() - hash - 1) + " characters is longer"
                        + " than " + MAX_ID_CHARS + ", more than every row of a report can repeat; read as " + id));
                out = withId(d, id);
            }
            if (!used.add(out.id())) {
                String id = out.id() + "@" + where.replaceAll("\\D", "");
                problems.add(Problem.warning(file, where, "id '" + out.id().substring(hash + 1)
                        + "' was used by an earlier record; read as " + id));
                used.add(id);
                out = withId(out, id);
            }
            if (!Dates.isDate(out.source().published())) {
                problems.add(Problem.warning(file, where, "published '" + out.source().published() + "' is not a date "
                        + "(YYYY-MM-DD); the article is dated from its text where it can be"));
                out = out.withSource(out.source().withPublished("", ""));
            }
            return out;
        }

        private static Document withId(Document d, String id) {
            return new Document(id, new SourceInfo(id, d.source().outlet(), d.source().url(), d.source().published(),
                    d.source().title(), d.source().extra()), d.text(), d.syndicationGroup());
        }
    }
}
