package org.claimtally.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimtally.event.Features;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Problem;
import org.claimtally.report.ClaimColumns;
import org.claimtally.report.Column;
import org.claimtally.report.ProblemColumns;
import org.claimtally.report.SourceColumns;

/**
 * The job's tables, made of the CLI's own column definitions (so a Parquet file has the
 * columns of the matching CSV): claims with the day their article was published (the claims
 * table is partitioned by it), sources with their extra fields as a map, problems.
 */
final class Rows {
    /** The column the claims table is partitioned by: the article's publication day, ISO, or {@link #UNDATED}. */
    static final String PUBLISHED_DAY = "published_day";
    static final String UNDATED = "undated";
    /** The sources' extra fields (a sources file's own columns, a page's author). */
    static final String EXTRA = "extra";

    private Rows() {
    }

    static Object[] claim(Claim c, DocSummary doc) {
        List<Column<Claim>> cols = ClaimColumns.ALL;
        Object[] row = new Object[cols.size() + 1];
        for (int i = 0; i < cols.size(); i++) {
            row[i] = cols.get(i).get().apply(c);
        }
        row[cols.size()] = day(doc.source().published());
        return row;
    }

    static Object[] document(DocSummary d) {
        List<Column<DocSummary>> cols = SourceColumns.FIXED;
        Object[] row = new Object[cols.size() + 1];
        for (int i = 0; i < cols.size(); i++) {
            row[i] = cols.get(i).get().apply(d);
        }
        row[cols.size()] = new TreeMap<>(d.source().extra());
        return row;
    }

    /** A document's row for Spark: the extra fields' Java map as the Scala map the map column takes. */
    static Row documentRow(Object[] cells) {
        Object[] copy = cells.clone();
        @SuppressWarnings("unchecked")
        Map<String, String> extra = (Map<String, String>) copy[copy.length - 1];
        copy[copy.length - 1] = scala.jdk.javaapi.CollectionConverters.asScala(extra);
        return RowFactory.create(copy);
    }

    /** What a row of a partition's output holds. */
    enum Kind {
        CLAIM, SOURCE, PROBLEM,
        /** A problem of the metadata every partition reads (sources file, sources.csv). */
        METADATA,
        /** A partition ran: the count metadata problems are held against. */
        PARTITION
    }

    static final String KIND = "kind";
    static final String PARTITION = "partition";
    static final String CLAIM = "claim";
    static final String SOURCE = "source";
    static final String PROBLEM = "problem";

    /** One output row of a partition: its kind, its partition, and the one table row it carries. */
    static Row tagged(Kind kind, int partition, Object[] cells) {
        Row claim = kind == Kind.CLAIM ? RowFactory.create(cells) : null;
        Row source = kind == Kind.SOURCE ? documentRow(cells) : null;
        Row problem = kind == Kind.PROBLEM || kind == Kind.METADATA ? RowFactory.create(cells) : null;
        return RowFactory.create(kind.name(), partition, claim, source, problem);
    }

    static StructType taggedSchema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField(KIND, DataTypes.StringType, false),
                DataTypes.createStructField(PARTITION, DataTypes.IntegerType, false),
                DataTypes.createStructField(CLAIM, claimSchema(), true),
                DataTypes.createStructField(SOURCE, documentSchema(), true),
                DataTypes.createStructField(PROBLEM, problemSchema(), true)));
    }

    static Object[] problem(Problem p) {
        List<Column<Problem>> cols = ProblemColumns.ALL;
        Object[] row = new Object[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            row[i] = cols.get(i).get().apply(p);
        }
        return row;
    }

    /** The ISO day of a publication date as the grouping reads it, else {@link #UNDATED}. */
    static String day(String published) {
        long d = Features.parseDay(published);
        return d == Long.MIN_VALUE ? UNDATED : LocalDate.ofEpochDay(d).toString();
    }

    static StructType claimSchema() {
        List<StructField> fields = fields(ClaimColumns.ALL, probeClaim());
        fields.add(DataTypes.createStructField(PUBLISHED_DAY, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    static StructType documentSchema() {
        List<StructField> fields = fields(SourceColumns.FIXED, new DocSummary("probe.txt",
                org.claimtally.model.SourceInfo.ofFile("probe.txt"), 1, 1, 1, ""));
        fields.add(DataTypes.createStructField(EXTRA,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true));
        return DataTypes.createStructType(fields);
    }

    static StructType problemSchema() {
        return DataTypes.createStructType(fields(ProblemColumns.ALL, Problem.warning("probe.txt", "", "probe")));
    }

    /** Spark types from the cells a real claim gives (Long, Double or String, as every writer of the CLI sees them). */
    private static <T> List<StructField> fields(List<Column<T>> cols, T probe) {
        List<StructField> out = new ArrayList<>();
        for (Column<T> c : cols) {
            Object v = c.get().apply(probe);
            DataType t = v instanceof Long ? DataTypes.LongType : v instanceof Double ? DataTypes.DoubleType
                    : DataTypes.StringType;
            out.add(DataTypes.createStructField(c.name(), t, true));
        }
        return out;
    }

    /** A claim with every cell filled: an exact, dated toll. */
    private static Claim probeClaim() {
        List<Claim> found = new ClaimExtractor(Lexicon.builtin())
                .extract("probe.txt", "Officials said on Monday that the strike killed 12 people.");
        return found.stream().filter(c -> c.value() != null && c.low() != null && c.high() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the built-in lexicon finds no exact toll: " + found));
    }
}
