package org.claimtally.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimtally.model.Problem;
import scala.Tuple2;

/**
 * One run in two passes over the input's files. First their digests, so that byte-identical
 * files are read once, the first by path, as the CLI reads them. Then the files kept, spread
 * over partitions (files of one name together, where the CLI tells them apart by path), each
 * read by {@link PartitionRun}; its rows are cached once and written as three tables.
 */
final class JobRun {
    private final SparkSession spark;
    private final JobConfig cfg;
    private final JobOptions options;

    JobRun(SparkSession spark, JobConfig cfg, JobOptions options) {
        this.spark = spark;
        this.cfg = cfg;
        this.options = options;
    }

    JobResult run(List<InputFile> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = Math.max(1, options.partitions() > 0 ? options.partitions()
                : Math.min(files.size(), 2 * jsc.defaultParallelism()));
        List<Digest> digests = jsc.parallelize(files, n).map(JobRun::digest).collect();
        Duplicates dup = Duplicates.of(digests);
        List<InputFile> kept = files.stream().filter(f -> dup.kept().contains(f.relative())).toList();
        Broadcast<JobConfig> bc = jsc.broadcast(cfg);
        JavaRDD<Row> rows = jsc.parallelize(kept, n)
                .mapToPair(f -> new Tuple2<>(f.name(), f))
                .partitionBy(new HashPartitioner(n))
                .values()
                .mapPartitions(new PartitionRun(bc));
        Dataset<Row> all = spark.createDataFrame(rows, Rows.taggedSchema()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Object[]> driverProblems = new ArrayList<>(dup.problems());
            driverProblems.addAll(metadataProblems(all));
            Dataset<Row> claims = of(all, Rows.Kind.CLAIM, Rows.CLAIM);
            Dataset<Row> sources = of(all, Rows.Kind.SOURCE, Rows.SOURCE);
            Dataset<Row> problems = of(all, Rows.Kind.PROBLEM, Rows.PROBLEM)
                    .union(spark.createDataFrame(driverProblems.stream().map(RowFactory::create).toList(),
                            Rows.problemSchema()));
            claims.write().mode(SaveMode.Overwrite).partitionBy(Rows.PUBLISHED_DAY).parquet(table("claims"));
            sources.write().mode(SaveMode.Overwrite).parquet(table("sources"));
            problems.coalesce(1).write().mode(SaveMode.Overwrite).parquet(table("problems"));
            return new JobResult(count("sources"), count("claims"), count("problems"));
        } finally {
            all.unpersist(false);
        }
    }

    private static Dataset<Row> of(Dataset<Row> all, Rows.Kind kind, String column) {
        return all.filter(col(Rows.KIND).equalTo(kind.name())).select(column + ".*");
    }

    /** Rows of a written table, from its files' footers. */
    private long count(String name) {
        return spark.read().parquet(table(name)).count();
    }

    private String table(String name) {
        String out = options.output();
        return (out.endsWith("/") ? out : out + "/") + name;
    }

    /** A file's digest, or the reason it cannot be read (then it is reported and skipped). */
    record Digest(InputFile file, String digest, String failure) implements java.io.Serializable {
    }

    private static Digest digest(InputFile f) {
        try {
            return new Digest(f, PartitionRun.digest(new Configuration(), f.uri()), null);
        } catch (IOException e) {
            return new Digest(f, null, "cannot read: " + e.getMessage() + "; skipped");
        }
    }

    /**
     * Problems of the sources file or a sources.csv: every partition reads them, so a row no
     * article matched is reported by all; the job keeps those all partitions reported, once.
     */
    private static List<Object[]> metadataProblems(Dataset<Row> all) {
        List<Row> rows = all.filter(col(Rows.KIND).isin(Rows.Kind.METADATA.name(), Rows.Kind.PARTITION.name()))
                .select(Rows.KIND, Rows.PARTITION, Rows.PROBLEM).collectAsList();
        Set<Integer> partitions = new HashSet<>();
        Map<List<Object>, Set<Integer>> reported = new HashMap<>();
        for (Row r : rows) {
            int partition = r.getInt(1);
            if (Rows.Kind.PARTITION.name().equals(r.getString(0))) {
                partitions.add(partition);
            } else {
                Row p = r.getStruct(2);
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < p.length(); i++) {
                    cells.add(p.get(i));
                }
                reported.computeIfAbsent(cells, k -> new HashSet<>()).add(partition);
            }
        }
        List<Object[]> out = new ArrayList<>();
        reported.forEach((cells, in) -> {
            if (in.containsAll(partitions)) {
                out.add(cells.toArray());
            }
        });
        out.sort(Comparator.comparing((Object[] r) -> String.valueOf(r[0])).thenComparing(r -> String.valueOf(r[3])));
        return out;
    }

    /** Which files are read (their paths below the root) and what the others were. */
    record Duplicates(Set<String> kept, List<Object[]> problems) {
        static Duplicates of(List<Digest> digests) {
            Map<String, Digest> first = new HashMap<>();
            Set<String> kept = new HashSet<>();
            List<Object[]> problems = new ArrayList<>();
            List<Digest> byPath = new ArrayList<>(digests);
            byPath.sort(Comparator.comparing(d -> d.file().relative()));
            for (Digest d : byPath) {
                if (d.failure() != null) {
                    problems.add(Rows.problem(Problem.warning(d.file().uri(), "", d.failure())));
                    continue;
                }
                Digest earlier = first.putIfAbsent(d.digest(), d);
                if (earlier == null) {
                    kept.add(d.file().relative());
                } else {
                    problems.add(Rows.problem(Problem.warning(d.file().uri(), "", "byte-identical to "
                            + earlier.file().uri() + "; read once")));
                }
            }
            return new Duplicates(Set.copyOf(kept), problems);
        }
    }
}
