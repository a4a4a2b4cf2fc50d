package org.claimtally.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Problem;
import org.claimtally.pipeline.ConfigException;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.pipeline.Progress;
import org.claimtally.pipeline.RunOptions;

/**
 * One partition's work, on an executor: its files are copied from wherever Hadoop reads them
 * into a local folder laid out as below the input root, and the CLI's own pipeline reads that
 * folder — the same ingestion, extraction and problems as on one machine, not a port of them.
 * Local paths in the problems are given back their input URIs. Its output is one row per
 * claim, source and problem ({@link Rows#tagged}), held only while the partition is read.
 */
final class PartitionRun implements FlatMapFunction<Iterator<InputFile>, Row> {
    private final Broadcast<JobConfig> config;

    PartitionRun(Broadcast<JobConfig> config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> it) throws IOException, ConfigException {
        List<InputFile> files = new ArrayList<>();
        it.forEachRemaining(files::add);
        if (files.isEmpty()) {
            return List.<Row>of().iterator();
        }
        files.sort(Comparator.comparing(InputFile::relative));
        JobConfig cfg = config.value();
        Path tmp = Files.createTempDirectory("claimtally-partition");
        try {
            return run(cfg, files, tmp);
        } finally {
            delete(tmp);
        }
    }

    private static Iterator<Row> run(JobConfig cfg, List<InputFile> files, Path tmp)
            throws IOException, ConfigException {
        int partition = TaskContext.getPartitionId();
        List<Row> out = new ArrayList<>();
        out.add(Rows.tagged(Rows.Kind.PARTITION, partition, null));
        Path root = Files.createDirectory(tmp.resolve("input"));
        Configuration conf = new Configuration();
        for (InputFile f : files) {
            Path local = root.resolve(f.relative());
            Files.createDirectories(local.getParent());
            try {
                copy(conf, f.uri(), local);
            } catch (IOException e) {
                Files.deleteIfExists(local);
                out.add(Rows.tagged(Rows.Kind.PROBLEM, partition, Rows.problem(Problem.warning(f.uri(), "",
                        "cannot read: " + e.getMessage() + "; skipped"))));
            }
        }
        for (JobConfig.MetadataFile m : cfg.metadata()) {
            Path local = root.resolve(m.relative());
            Files.createDirectories(local.getParent());
            Files.write(local, m.bytes());
        }
        Path sources = null;
        if (cfg.sources() != null) {
            sources = Files.write(tmp.resolve("sources.csv"), cfg.sources());
        }
        RunOptions options = new RunOptions(List.of(root), sources, null, null, cfg.maxFileBytes(), 1, cfg.fields());
        Pipeline pipeline = new Pipeline(options);
        Paths names = new Paths(root, cfg.inputUri(), sources, cfg.sourcesUri());
        List<Problem> problems = pipeline.stream((DocSummary doc, List<Claim> claims) -> {
            out.add(Rows.tagged(Rows.Kind.SOURCE, partition, Rows.document(doc)));
            for (Claim c : claims) {
                out.add(Rows.tagged(Rows.Kind.CLAIM, partition, Rows.claim(c, doc)));
            }
        }, Progress.NONE);
        for (Problem p : problems) {
            Rows.Kind kind = names.metadata(p.file()) ? Rows.Kind.METADATA : Rows.Kind.PROBLEM;
            out.add(Rows.tagged(kind, partition, Rows.problem(names.restore(p))));
        }
        return out.iterator();
    }

    /** The content digest (SHA-256, hex) of a file Hadoop reads: byte-identical files are read once. */
    static String digest(Configuration conf, String uri) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(p.getFileSystem(conf).open(p), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Copies a file Hadoop reads to the local disk. */
    private static void copy(Configuration conf, String uri, Path local) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = p.getFileSystem(conf);
        try (InputStream in = fs.open(p)) {
            Files.copy(in, local);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the executor's to clean; the results stand
        }
    }

    /** The local paths of a partition's run and the input URIs they stand for. */
    private record Paths(Path root, String inputUri, Path sources, String sourcesUri) {
        Problem restore(Problem p) {
            return new Problem(restore(p.file()), p.where(), p.severity(), restore(p.message()));
        }

        String restore(String s) {
            String out = s;
            if (sources != null) {
                out = out.replace(sources.toString(), sourcesUri);
            }
            String base = inputUri.endsWith("/") ? inputUri : inputUri + "/";
            return out.replace(root.toString() + "/", base).replace(root.toString(), inputUri);
        }

        /** A problem of the metadata every partition reads: the sources file, or a sources.csv in the input. */
        boolean metadata(String file) {
            return sources != null && file.equals(sources.toString())
                    || file.toLowerCase(java.util.Locale.ROOT).endsWith("/" + org.claimtally.ingest.SourcesFile.NAME);
        }
    }
}
