package org.claimtally.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.claimtally.spark.ClaimtallyJob claimtally-spark.jar --input … --output …}:
 * every figure claim of an archive, found by the CLI's own code on each partition of the
 * input's files, written as Parquet tables (claims partitioned by publication day, sources,
 * problems). Exit codes as the CLI's: 0 done, 1 the run failed, 2 the command line was wrong.
 */
@Command(name = "claimtally-spark", mixinStandardHelpOptions = true, version = "claimtally-spark 0.1.0",
        description = "Finds every figure claim of an archive on Apache Spark; writes Parquet tables.")
public final class ClaimtallyJob implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file or folder on any file system Hadoop reads (file:, hdfs:, s3a:, gs: …): "
                    + ".txt, .md, .html, .jsonl, .csv articles, as the CLI reads them.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The folder for the Parquet tables (claims/, sources/, problems/); a rerun overwrites them.")
    String output;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "CSV of source metadata (file,outlet,url,published,title), as the CLI's --sources.")
    String sources;

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "For JSON-lines and CSV inputs: which record field holds the text, title, outlet, "
                    + "published, url or id. Repeatable.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions of the input's files; 0: twice the cluster's default parallelism.")
    int partitions;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "64",
            description = "Skip single articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    /** Which class Hadoop uses for {@code file:} paths; the job's own unless the user set one. */
    static final String LOCAL_FS = "spark.hadoop.fs.file.impl";

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClaimtallyJob()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        JobOptions options;
        try {
            options = new JobOptions(input, output, sources, fields, partitions, maxFileMb << 20);
        } catch (IllegalArgumentException e) {
            System.err.println("claimtally-spark: " + e.getMessage());
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("claimtally");
        if (!new org.apache.spark.SparkConf().contains(LOCAL_FS)) {
            builder.config(LOCAL_FS, NioLocalFileSystem.class.getName()); // file: outputs without a chmod fork per file
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobResult r = run(spark, options);
            out.printf(java.util.Locale.ROOT, "Wrote %s: %,d articles, %,d claims, %,d problems.%n", options.output(),
                    r.documents(), r.claims(), r.problems());
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("claimtally-spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** The job on a running session: what the tests and other drivers call. */
    public static JobResult run(SparkSession spark, JobOptions options) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputListing.Listing listing = InputListing.list(conf, options.input(), options.sources());
        List<JobConfig.MetadataFile> metadata = new ArrayList<>();
        for (InputFile m : listing.metadata()) {
            metadata.add(new JobConfig.MetadataFile(m.relative(), read(conf, m.uri())));
        }
        String sourcesUri = options.sources() == null ? null : InputListing.qualified(conf, options.sources()).toString();
        byte[] sourcesBytes = sourcesUri == null ? null : read(conf, sourcesUri);
        JobConfig cfg = new JobConfig(root(conf, options.input()), sourcesUri, sourcesBytes, metadata,
                options.fields(), options.maxFileBytes());
        return new JobRun(spark, cfg, options).run(listing.articles());
    }

    /** The folder the input's relative paths start from: the input folder, or a file's own folder. */
    private static String root(Configuration conf, String input) throws IOException {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        Path q = fs.makeQualified(p);
        return fs.getFileStatus(q).isFile() ? q.getParent().toUri().toString() : q.toUri().toString();
    }

    private static byte[] read(Configuration conf, String uri) throws IOException {
        Path p = new Path(uri);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        }
    }
}
