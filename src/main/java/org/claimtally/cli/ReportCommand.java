package org.claimtally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.claimtally.pipeline.Reports;
import org.claimtally.pipeline.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimtally report}: articles in, Excel workbook out, facts table on the terminal. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads the articles, finds figure claims, groups them into facts and writes the workbook.")
final class ReportCommand implements Callable<Integer> {
    private static final int TERMINAL_FACTS = 25;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", defaultValue = "reports/claims.xlsx",
            description = "Workbook to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    RulesOption rules;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write one CSV per sheet into DIR (UTF-8 with BOM).")
    Path csvDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report's tables as one JSON file.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the facts as a Markdown table.")
    Path markdown;

    @Option(names = "--notes", paramLabel = "FILE", description = "Carry the Verdict and Notes columns of an earlier "
            + "workbook (or a CSV of fact,verdict,notes) onto the same facts; the previous workbook may be the output.")
    Path notes;

    @Option(names = "--wide", description = "Print the facts table in full, however wide the terminal.")
    boolean wide;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunOptions options = input.toRunOptions(rules.file);
        checkOutput(output);
        List<Outputs.Target> targets = List.of(new Outputs.Target("--output", output, false),
                new Outputs.Target("--csv", csvDir, true), new Outputs.Target("--json", json, false),
                new Outputs.Target("--markdown", markdown, false));
        Outputs.check(targets, options);
        java.util.Map<String, org.claimtally.model.FactNote> kept = readNotes();
        ProgressBar bar = new ProgressBar(err, input.quiet);
        RunResult r = InputOptions.pipeline(options).run(bar);
        org.claimtally.pipeline.Timings timings = new org.claimtally.pipeline.Timings();
        bar.stage("writing " + output + " …");
        boolean written = writeAll(err, r, targets, kept);
        bar.finish();
        if (!written) {
            return ExitCodes.FAILED;
        }
        timings.lap("write outputs");
        List<Fact> shown = r.facts().stream().filter(Fact::core).limit(TERMINAL_FACTS).toList();
        Reports.facts(shown, r.claims(), "table", out, Console.tableWidth(wide));
        long core = r.facts().stream().filter(Fact::core).count();
        if (core > shown.size() || r.facts().size() > core) {
            out.println("(" + shown.size() + " of " + core + " core facts shown; all " + r.facts().size()
                    + " facts are in the workbook)");
        }
        out.printf(java.util.Locale.ROOT, "Wrote %s: %d articles, %d claims, %d facts, %d conflicts, %d corroborated.%n",
                output, r.documents().size(), r.claims().size(), r.facts().size(), r.conflicts(), r.corroborated());
        out.flush();
        Console.problems(err, r.problems(), input.quiet);
        orphanNotes(err, kept, r);
        return Console.finish(out, err, Console.exitCode(r.problems(), input.strict));
    }

    /** The notes of --notes, read before the run so that the output may be the same workbook. */
    private java.util.Map<String, org.claimtally.model.FactNote> readNotes() {
        if (notes == null) {
            return java.util.Map.of();
        }
        if (!java.nio.file.Files.isRegularFile(notes)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--notes " + notes + ": no such file; give the workbook of an earlier run or a CSV of fact,verdict,notes");
        }
        try {
            return Reports.notes(notes);
        } catch (IOException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--notes: " + e.getMessage());
        }
    }

    /** Says which noted facts this run no longer has (their first claim changed or left), so no verdict is lost unseen. */
    private static void orphanNotes(PrintWriter err, java.util.Map<String, org.claimtally.model.FactNote> kept, RunResult r) {
        if (kept.isEmpty()) {
            return;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        r.facts().forEach(f -> ids.add(f.id()));
        List<String> lost = kept.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!lost.isEmpty()) {
            err.println("warning: notes of " + lost.size() + " fact(s) match no fact of this run (their first claim "
                    + "changed or is gone), so they are not carried: " + String.join(", ", lost.subList(0, Math.min(20,
                    lost.size()))) + (lost.size() > 20 ? ", …" : ""));
        }
    }

    /** Something that writes one output to a path. */
    interface Output {
        void write(Path to) throws IOException;
    }

    /**
     * Writes every output given, all or nothing: each to a staged file first, then all moved over
     * their targets; on a failure says which output and why, and every previous file stays.
     */
    private boolean writeAll(PrintWriter err, RunResult r, List<Outputs.Target> targets,
                             java.util.Map<String, org.claimtally.model.FactNote> kept) {
        try (Outputs outs = new Outputs()) {
            for (Outputs.Target t : targets) {
                if (t.path() == null) {
                    continue;
                }
                Output o = switch (t.option()) {
                    case "--output" -> to -> Reports.workbook(r, to, VersionProvider.version(), kept);
                    case "--csv" -> to -> Reports.csvFolder(r, to);
                    case "--json" -> to -> Reports.json(r, to);
                    default -> to -> Reports.markdown(r, to);
                };
                if (!write(err, t.path(), () -> o.write(outs.stage(t)))) {
                    return false;
                }
            }
            return write(err, output, outs::commit);
        }
    }

    /** One step of writing; on failure says so in one line, naming the output and keeping the previous file. */
    interface Step {
        void run() throws IOException;
    }

    static boolean write(PrintWriter err, Path target, Step step) {
        try {
            step.run();
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("claimtally: could not write " + target + ": " + Errors.describe(e)
                    + (Files.exists(target) ? "; the previous version is unchanged" : ""));
            err.flush();
            return false;
        }
    }

    static RunResult run(RunOptions options, PrintWriter err, boolean quiet) throws IOException {
        return InputOptions.pipeline(options).run(new ProgressBar(err, quiet));
    }

    /** The report is a workbook file, not a folder. */
    static void checkOutput(Path output) {
        if (Files.isDirectory(output)) {
            throw new UsageException("output " + output + " is a folder; name a file such as " + output.resolve("claims.xlsx"));
        }
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("output " + output + " must end in .xlsx");
        }
    }
}
