package org.claimtally.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;

/**
 * Reads every article under the input paths as a stream of {@link Document}s, one file at a
 * time, so memory does not grow with the collection. Whatever cannot be read is reported as
 * a {@link Problem} and skipped; the run goes on.
 */
public final class Ingest implements Iterable<Document> {
    /** Ingest settings; {@code sourcesFile} may be null. */
    public record Options(List<Path> paths, Path sourcesFile, long maxFileBytes, Map<String, String> fields) {
        public Options {
            paths = List.copyOf(paths);
            if (maxFileBytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
            }
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            validateFields(fields);
        }

        public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

        public Options(List<Path> paths) {
            this(paths, null, DEFAULT_MAX_BYTES, Map.of());
        }
    }

    /** Rejects a --field mapping that names no known field, naming the known ones. */
    public static void validateFields(Map<String, String> fields) {
        for (String k : fields.keySet()) {
            if (!RecordReader.FIELDS.containsKey(k)) {
                throw new IllegalArgumentException("--field " + k + "=…: unknown field '" + k + "'; use one of "
                        + String.join(", ", new java.util.TreeSet<>(RecordReader.FIELDS.keySet())));
            }
        }
    }

    private final Options options;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, SourceInfo> sources = new LinkedHashMap<>();
    private final Set<String> seen = Collections.synchronizedSet(new HashSet<>());
    private final List<Path> files;
    private final Map<Path, String> ids;
    private final Map<String, String> digests = new HashMap<>();
    private final List<SourcesFile> sourceFiles = new ArrayList<>();

    public Ingest(Options options) {
        this.options = options;
        InputFiles in = InputFiles.collect(options.paths(), problems);
        for (Path p : in.sources) {
            SourcesFile sf = SourcesFile.read(p, problems);
            sourceFiles.add(sf);
            sf.entries().forEach(sources::putIfAbsent);
        }
        if (options.sourcesFile() != null) {
            SourcesFile sf = SourcesFile.read(options.sourcesFile(), problems);
            sourceFiles.add(sf);
            sources.putAll(sf.entries());
        }
        if (options.sourcesFile() != null) {
            Path meta = options.sourcesFile().toAbsolutePath().normalize();
            in.articles.removeIf(p -> p.toAbsolutePath().normalize().equals(meta)); // metadata, not articles
        }
        this.files = in.articles;
        this.ids = DocumentIds.assign(files, options.paths());
    }

    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    public int fileCount() {
        return files.size();
    }

    /** Reports sources rows that name files no input provided; call after reading everything. */
    public void reportUnmatchedSources() {
        for (SourcesFile sf : sourceFiles) {
            for (String f : sf.unmatched(seen)) {
                problems.add(Problem.warning(String.valueOf(sf.path()), "", "row for '" + f
                        + "', but no such article was read"));
            }
        }
    }

    @Override
    public Iterator<Document> iterator() {
        return new Iterator<>() {
            private int next;
            private Iterator<Document> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < files.size()) {
                    current = read(files.get(next++)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Iterable<Document> read(Path file) {
        String id = ids.get(file);
        String name = file.toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Format format = Format.of(lower);
        if (format == Format.UNSUPPORTED || format == Format.TEXT) {
            Format sniffed = Format.sniff(file);
            if (format == Format.UNSUPPORTED && sniffed == Format.TEXT && !lower.contains(".")) {
                format = Format.TEXT;
            } else if (sniffed != Format.TEXT || format == Format.UNSUPPORTED) {
                if (format == Format.UNSUPPORTED && sniffed != Format.UNSUPPORTED) {
                    problems.add(Problem.warning(name, "", "unknown extension; read as " + sniffed.describe()
                            + " from its content"));
                }
                format = sniffed == Format.UNSUPPORTED && format == Format.TEXT ? Format.TEXT : sniffed;
            }
        }
        if (format == Format.UNSUPPORTED) {
            problems.add(Problem.warning(name, "", "unsupported file type; skipped (claimtally reads .txt, .md, "
                    + ".html, .htm, .jsonl, .ndjson and .csv)"));
            return List.of();
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                problems.add(Problem.warning(name, "", "empty file; skipped"));
                return List.of();
            }
            if (size > options.maxFileBytes() && !format.streamed()) {
                problems.add(Problem.warning(name, "", "file is " + (size >> 20) + " MB, over the "
                        + (options.maxFileBytes() >> 20) + " MB limit for one article; skipped (raise it with --max-file-mb)"));
                return List.of();
            }
            if (format.streamed()) {
                return RecordReader.records(file, id, format, options.fields(), problems, seen, options.maxFileBytes());
            }
            byte[] bytes = Files.readAllBytes(file);
            if (duplicate(name, bytes)) {
                return List.of();
            }
            Decoded d = TextDecoder.decode(bytes);
            if (d.fellBack()) {
                problems.add(Problem.warning(name, "", "not valid UTF-8; read as windows-1252"));
            }
            Document doc = format == Format.HTML ? HtmlArticle.parse(id, d.text(), sources.get(id), problems)
                    : plain(id, d.text());
            seen.add(id);
            return List.of(doc);
        } catch (TextDecoder.BinaryException e) {
            problems.add(Problem.warning(name, "", e.getMessage() + "; skipped"));
        } catch (IOException e) {
            problems.add(Problem.warning(name, "", "cannot read: " + InputFiles.describe(e) + "; skipped"));
        }
        return List.of();
    }

    private Document plain(String id, String text) {
        SourceInfo info = sources.get(id);
        if (info == null) {
            info = SourceInfo.ofFile(id);
        }
        if (info.title().isEmpty()) {
            info = info.withTitle(firstLine(text));
        }
        return new Document(id, info, text);
    }

    static String firstLine(String text) {
        for (String line : text.split("\n", 50)) {
            String s = line.strip();
            if (!s.isEmpty()) {
                return s.length() > 300 ? s.substring(0, 300) : s;
            }
        }
        return "";
    }

    /** Byte-identical files are read once; the later copy is reported. */
    private boolean duplicate(String name, byte[] bytes) {
        String digest = digest(bytes);
        String first = digests.putIfAbsent(digest, name);
        if (first != null) {
            problems.add(Problem.warning(name, "", "byte-identical to " + first + "; read once"));
            return true;
        }
        return false;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(String.format(Locale.ROOT, "%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
