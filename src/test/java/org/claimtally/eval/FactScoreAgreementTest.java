package org.claimtally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --facts} prints what the reference scorer prints for the same claims (skipped
 * without ../shared or python3).
 */
class FactScoreAgreementTest {
    static final Path SHARED = QualityGuardTest.SHARED;

    @Test
    void evalFactsAgreesWithTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path gold = SHARED.resolve("gold/facts-dev.csv");
        Path scorer = SHARED.resolve("tools/factscore.py");
        assumeTrue(Files.isRegularFile(gold) && Files.isRegularFile(scorer), "../shared facts gold not present");
        assumeTrue(python(), "python3 not available");
        List<String> docs = documents(gold);
        List<String> args = new ArrayList<>(List.of("report", "-o", tmp.resolve("r.xlsx").toString(), "--csv",
                tmp.resolve("csv").toString(), "--quiet", "--sources",
                SHARED.resolve("corpus/conflict/MANIFEST.csv").toString()));
        args.addAll(docs);
        Run report = Run.of(args.toArray(String[]::new));
        assertThat(report.exit()).as(report.err()).isZero();
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(),
                tmp.resolve("csv/claims.csv").toString()).redirectErrorStream(true).start();
        String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> evalArgs = new ArrayList<>(List.of("eval", "--facts", gold.toString(), "--sources",
                SHARED.resolve("corpus/conflict/MANIFEST.csv").toString()));
        evalArgs.addAll(docs);
        Run eval = Run.of(evalArgs.toArray(String[]::new));
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.out().strip()).isEqualTo(reference);
    }

    static List<String> documents(Path gold) throws IOException {
        return Files.readAllLines(gold, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .distinct().sorted().map(d -> SHARED.resolve("corpus/conflict").resolve(d).toString()).toList();
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
