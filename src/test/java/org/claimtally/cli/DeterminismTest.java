package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtally.Run;
import org.claimtally.report.WorkbookDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs, named in any order, give byte-identical CSV and JSON and the same workbook cells. */
class DeterminismTest {
    @TempDir
    Path dir;

    Path run(String name, List<String> inputs) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(inputs);
        args.addAll(List.of("--sources", "input/sources.csv", "-o", out.resolve("r.xlsx").toString(), "--csv",
                out.resolve("csv").toString(), "--json", out.resolve("r.json").toString(), "--quiet"));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    @Test
    void orderOfInputsChangesNothing() throws Exception {
        List<String> files = new ArrayList<>();
        try (var s = Files.list(Path.of("input"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
        }
        Path a = run("a", files);
        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        Path b = run("b", reversed);
        for (String f : new String[] {"csv/facts.csv", "csv/claims.csv", "csv/sources.csv", "csv/categories.csv", "r.json"}) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(WorkbookDump.dump(b.resolve("r.xlsx").toFile())).isEqualTo(WorkbookDump.dump(a.resolve("r.xlsx").toFile()));
    }
}
