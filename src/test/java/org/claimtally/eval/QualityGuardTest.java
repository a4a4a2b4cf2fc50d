package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;

/**
 * Guards the extraction figures of the quality issue against regressions, on the shared gold
 * and benchmark (skipped when ../shared is not beside the repository).
 */
class QualityGuardTest {
    static final Path SHARED = Path.of(System.getProperty("claimtally.shared", "../shared"));

    static double figure(String out, String label, String what) {
        for (String line : out.split("\n")) {
            if (line.startsWith(label)) {
                String rest = line.substring(line.indexOf(what) + what.length()).strip();
                return Double.parseDouble(rest.split("\\s+")[0]);
            }
        }
        throw new AssertionError("no '" + label + "' line in:\n" + out);
    }

    @Test
    void goldFiguresHold() {
        assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "../shared/gold not present");
        Run r = Run.of("eval", "--gold", SHARED.resolve("gold/seeds.csv") + "," + SHARED.resolve("gold/dev.csv"),
                "input", SHARED.resolve("corpus/conflict").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(figure(r.out(), "core claims", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.90);
        assertThat(figure(r.out(), "  qualifier", "qualifier")).as(r.out()).isGreaterThanOrEqualTo(0.95);
        assertThat(figure(r.out(), "  claimant", "claimant")).as(r.out()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void seedFiguresHold() {
        assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "../shared/gold not present");
        Run r = Run.of("eval", "--gold", SHARED.resolve("gold/seeds.csv").toString(), "input");
        assertThat(figure(r.out(), "core claims", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void newsQuantFiguresHold() {
        Path f = SHARED.resolve("benchmarks/newsquant/newsquant-dev.json");
        assumeTrue(Files.isRegularFile(f), "NewsQuant file not present");
        Run r = Run.of("eval", "--newsquant", f.toString());
        assertThat(figure(r.out(), "value ", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.93);
        assertThat(figure(r.out(), "value+change", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.89);
    }

    /** Article text from saved pages, at the targets on the benchmark's shared half. */
    @Test
    void articleExtractionFiguresHold() {
        Path bench = SHARED.resolve("benchmarks/article-extraction");
        assumeTrue(Files.isRegularFile(bench.resolve("ground-truth-dev.json")), "article-extraction benchmark not present");
        Run r = Run.of("eval", "--html", bench.resolve("ground-truth-dev.json").toString(), bench.resolve("html").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(figure(r.out(), "precision", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.95);
        assertThat(figure(r.out(), "precision", "precision")).as(r.out()).isGreaterThanOrEqualTo(0.93);
        assertThat(figure(r.out(), "precision", "recall")).as(r.out()).isGreaterThanOrEqualTo(0.93);
    }

    /**
     * The conflict corpus read without its source metadata (dates from datelines and file names
     * only): no fact holds claims of articles of different years, whose file names start with
     * their publication day.
     */
    @Test
    void undatedRunMergesNoClaimsOfDifferentYears(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        Path corpus = SHARED.resolve("corpus/conflict");
        assumeTrue(Files.isDirectory(corpus), "conflict corpus not present");
        Run r = Run.of("report", corpus.toString(), "--csv", out.toString(), "-o", out.resolve("x.xlsx").toString(),
                "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.Map<String, java.util.Set<String>> years = new java.util.HashMap<>();
        java.util.regex.Pattern day = java.util.regex.Pattern.compile("-(\\d{4})\\d{4}-");
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(Files.readString(out.resolve("claims.csv")).replaceFirst("^\uFEFF", "")))) {
            for (var row : parser) {
                java.util.regex.Matcher m = day.matcher(row.get("doc"));
                if (m.find()) {
                    years.computeIfAbsent(row.get("fact"), k -> new java.util.TreeSet<>()).add(m.group(1));
                }
            }
        }
        assertThat(years).isNotEmpty();
        assertThat(years.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    /**
     * Facts on the hand-made facts gold, held at this state's figures (the targets are
     * higher: pairwise F1 0.90, B-cubed 0.95): a change that loses grouping quality fails here.
     */
    @Test
    void factFiguresHold() throws Exception {
        Path gold = SHARED.resolve("gold/facts-dev.csv");
        assumeTrue(Files.isRegularFile(gold), "facts gold not present");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("eval", "--facts", gold.toString(),
                "--sources", SHARED.resolve("corpus/conflict/MANIFEST.csv").toString()));
        args.addAll(FactScoreAgreementTest.documents(gold));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(figure(r.out(), "detection", "=")).as(r.out()).isGreaterThanOrEqualTo(0.88);
        assertThat(figure(r.out(), "pairwise", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.72);
        assertThat(figure(r.out(), "pairwise", "P")).as(r.out()).isGreaterThanOrEqualTo(0.85);
        assertThat(figure(r.out(), "bcubed", "F1")).as(r.out()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.out()).contains("(0 matched claims in no fact)");
    }
}
