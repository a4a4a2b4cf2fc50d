package org.claimtally.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtally.model.Claim;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.pipeline.Progress;
import org.claimtally.pipeline.RunOptions;
import org.claimtally.report.ClaimColumns;
import org.claimtally.report.Column;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on {@code local[2]}: the CLI's claims row for row, problems as tables, clean reruns. */
class ClaimtallyJobTest {
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("claimtally-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path shared() {
        Path p = Path.of(System.getProperty("claimtally.shared", "../../shared"));
        return p.toAbsolutePath().normalize();
    }

    /** The bundled articles, with the sources.csv beside them: every claim of the CLI, and no other. */
    @Test
    void theBundledArticlesGiveTheClisClaims() throws Exception {
        Path input = Path.of("../input").toAbsolutePath().normalize();
        JobResult r = ClaimtallyJob.run(spark, new JobOptions(input.toString(), tmp.resolve("out").toString(), null));
        assertThat(sparkClaims(tmp.resolve("out"))).isEqualTo(cliClaims(input, null));
        assertThat(r.documents()).isEqualTo(5);
        assertThat(r.claims()).isPositive();
    }

    @Test
    void theConflictCorpusGivesTheClisClaimsRowForRow() throws Exception {
        Path corpus = shared().resolve("corpus/conflict");
        assumeTrue(Files.isDirectory(corpus), "needs ../shared beside the repository");
        Path manifest = corpus.resolve("MANIFEST.csv");
        JobResult r = ClaimtallyJob.run(spark, new JobOptions(corpus.toString(), tmp.resolve("out").toString(),
                manifest.toString()));
        List<String> expected = cliClaims(corpus, manifest);
        assertThat(sparkClaims(tmp.resolve("out"))).hasSize(expected.size()).isEqualTo(expected);
        assertThat(r.documents()).isGreaterThan(150);
    }

    @Test
    void theNewswireStoriesGiveTheClisClaimsRowForRow() throws Exception {
        Path jsonl = shared().resolve("corpus/general/articles.jsonl");
        assumeTrue(Files.isRegularFile(jsonl), "needs ../shared beside the repository");
        ClaimtallyJob.run(spark, new JobOptions(jsonl.toString(), tmp.resolve("out").toString(), null));
        List<String> expected = cliClaims(jsonl, null);
        assertThat(sparkClaims(tmp.resolve("out"))).hasSize(expected.size()).isEqualTo(expected);
    }

    /** A broken JSON line and a binary file are problems of the run, named by file; the rest is read. */
    @Test
    void badRecordsLandInProblemsNotInAFailedJob() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"a\",\"text\":\"Shelling killed 12 people on Monday.\"}\n"
                + "{\"id\":\"b\",\"text\": broken\n"
                + "{\"id\":\"c\",\"text\":\"Rescuers said 40 people were injured.\"}\n", StandardCharsets.UTF_8);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : i);
        }
        Files.write(in.resolve("scan.txt"), binary);
        JobResult r = ClaimtallyJob.run(spark, new JobOptions(in.toString(), tmp.resolve("out").toString(), null));
        List<Row> problems = spark.read().parquet(tmp.resolve("out/problems").toString()).collectAsList();
        assertThat(problems).anyMatch(p -> p.<String>getAs("file").endsWith("wire.jsonl")
                && !p.<String>getAs("where").isEmpty());
        assertThat(problems).anyMatch(p -> p.<String>getAs("file").endsWith("scan.txt"));
        assertThat(r.claims()).isEqualTo(2);
    }

    /** A rerun into the same folder replaces the tables: nothing is counted twice. */
    @Test
    void aRerunOverwritesCleanly() throws Exception {
        Path input = Path.of("../input").toAbsolutePath().normalize();
        String out = tmp.resolve("out").toString();
        ClaimtallyJob.run(spark, new JobOptions(input.toString(), out, null));
        List<String> first = sparkClaims(tmp.resolve("out"));
        ClaimtallyJob.run(spark, new JobOptions(input.toString(), out, null));
        assertThat(sparkClaims(tmp.resolve("out"))).isEqualTo(first);
        assertThat(spark.read().parquet(out + "/sources").count()).isEqualTo(5);
    }

    /** The claims table's rows, each as the CLI's CSV columns in order, sorted. */
    private static List<String> sparkClaims(Path out) {
        Dataset<Row> claims = spark.read().parquet(out.resolve("claims").toString());
        List<String> rows = new ArrayList<>();
        for (Row r : claims.collectAsList()) {
            List<Object> cells = new ArrayList<>();
            for (Column<Claim> c : ClaimColumns.ALL) {
                cells.add(r.getAs(c.name()));
            }
            rows.add(cells.toString());
        }
        rows.sort(null);
        return rows;
    }

    /** The CLI's claims of the same input, read on this machine by its pipeline. */
    private static List<String> cliClaims(Path input, Path sources) throws IOException, Exception {
        RunOptions options = new RunOptions(List.of(input), sources, null, null, 0, 0);
        List<String> rows = new ArrayList<>();
        new Pipeline(options).stream((doc, claims) -> {
            for (Claim c : claims) {
                List<Object> cells = new ArrayList<>();
                for (Column<Claim> col : ClaimColumns.ALL) {
                    cells.add(col.get().apply(c));
                }
                rows.add(cells.toString());
            }
        }, Progress.NONE);
        rows.sort(null);
        return rows;
    }
}
