package org.claimtally.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.claimtally.model.RunResult;
import org.claimtally.pipeline.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimtally facts}: the aggregated facts with each source's figure and the range. */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the facts: each source's figure and the range across sources.")
final class FactsCommand implements Callable<Integer> {
    enum Format { table, csv, jsonl }

    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    RulesOption rules;

    @Option(names = "--wide", description = "Print the table in full, however wide the terminal.")
    boolean wide;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunResult r = ReportCommand.run(input.toRunOptions(rules.file), spec.commandLine().getErr(), input.quiet);
        Reports.facts(r.facts(), r.claims(), format.name(), spec.commandLine().getOut(), Console.tableWidth(wide));
        Console.problems(spec.commandLine().getErr(), r.problems(), input.quiet);
        return Console.finish(spec.commandLine().getOut(), spec.commandLine().getErr(),
                Console.exitCode(r.problems(), input.strict));
    }
}
