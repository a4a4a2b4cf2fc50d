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

    /** Renaming files (their sources rows renamed alike) changes no fact: content, not names, orders documents. */
    @Test
    void renamingFilesChangesNoFact() throws Exception {
        Path corpus = Path.of(System.getProperty("claimtally.shared", "../shared")).resolve("corpus/conflict");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus/conflict not present");
        Path renamed = Files.createDirectories(dir.resolve("renamed"));
        List<String> manifest = Files.readAllLines(corpus.resolve("MANIFEST.csv"));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        StringBuilder sources = new StringBuilder(manifest.get(0)).append('\n');
        for (String line : manifest.subList(1, manifest.size())) {
            String file = line.substring(0, line.indexOf(','));
            String name = "z" + Integer.toHexString(file.hashCode() * 31 + 7) + ".txt";
            names.put(name, file);
            Files.copy(corpus.resolve(file), renamed.resolve(name));
            sources.append(name).append(line.substring(line.indexOf(','))).append('\n');
        }
        Path sourcesFile = Files.writeString(dir.resolve("renamed-sources.csv"), sources.toString());
        java.util.Set<java.util.Set<String>> before = facts(corpus, corpus.resolve("MANIFEST.csv"), java.util.Map.of());
        java.util.Set<java.util.Set<String>> after = facts(renamed, sourcesFile, names);
        assertThat(after).isEqualTo(before);
    }

    /** The facts of a run as sets of "document@offset" members, documents under their original names. */
    private static java.util.Set<java.util.Set<String>> facts(Path in, Path sources, java.util.Map<String, String> names)
            throws Exception {
        org.claimtally.model.RunResult r = new org.claimtally.pipeline.Pipeline(new org.claimtally.pipeline.RunOptions(
                List.of(in), sources, null, null, 0, 0)).run(org.claimtally.pipeline.Progress.NONE);
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        for (org.claimtally.model.Fact f : r.facts()) {
            java.util.Set<String> members = new java.util.HashSet<>();
            for (org.claimtally.model.FactMember m : f.members()) {
                org.claimtally.model.Claim c = m.claim(r.claims());
                members.add(names.getOrDefault(c.doc(), c.doc()) + "@" + c.start());
            }
            out.add(members);
        }
        return out;
    }
}
