package org.claimtally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtally.model.Claim;
import org.claimtally.model.Problem;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.report.ClaimColumns;
import org.claimtally.report.Column;
import org.claimtally.report.CsvOutput;
import org.claimtally.report.JsonOutput;
import org.claimtally.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimtally extract}: every figure claim, one per row, streamed as documents are read. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints every figure claim, one per row.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { table, csv, jsonl }

    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", description = "Add a column with the cue words behind category, qualifier and claimant.")
    boolean explain;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return extract(out, err);
        } catch (Console.OutputClosed e) {
            return Console.finish(out, err, ExitCodes.FAILED);
        }
    }

    private int extract(PrintWriter out, PrintWriter err) throws IOException {
        Pipeline pipeline = InputOptions.pipeline(input.toRunOptions(null));
        List<Column<Claim>> cols = new ArrayList<>(ClaimColumns.ALL);
        if (explain) {
            cols.add(ClaimColumns.CUES);
        }
        List<Problem> problems;
        switch (format) {
            case csv -> {
                try (CsvOutput<Claim> csv = new CsvOutput<>(out, cols, false)) {
                    problems = pipeline.stream((d, claims) -> {
                        for (Claim c : claims) {
                            csv.row(c);
                        }
                        Console.ensureOpen(out);
                    }, new ProgressBar(err, input.quiet));
                }
            }
            case jsonl -> {
                try (JsonOutput<Claim> json = new JsonOutput<>(out, cols)) {
                    problems = pipeline.stream((d, claims) -> {
                        for (Claim c : claims) {
                            json.row(c);
                        }
                        Console.ensureOpen(out);
                    }, new ProgressBar(err, input.quiet));
                }
            }
            default -> {
                List<Claim> all = new ArrayList<>();
                problems = pipeline.stream((d, claims) -> all.addAll(claims), new ProgressBar(err, input.quiet));
                List<Column<Claim>> tableCols = new ArrayList<>(ClaimColumns.CORE.subList(0, 1));
                tableCols.addAll(ClaimColumns.CORE.subList(3, ClaimColumns.CORE.size()));
                if (explain) {
                    tableCols.add(ClaimColumns.CUES);
                }
                out.write(new TextTable<>(tableCols, 40).render(all));
            }
        }
        out.flush();
        Console.problems(err, problems, input.quiet);
        return Console.finish(out, err, Console.exitCode(problems, input.strict));
    }
}
