package org.claimtally.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** The top command: without a subcommand it runs {@code report} with its defaults. */
@Command(name = "claimtally", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Finds figure claims in news articles, groups them into facts across sources,",
            "and writes an Excel workbook with the range across sources and the quote behind every number.",
            "Without a command, runs 'report' on input/ and writes reports/claims.xlsx."},
        subcommands = {ReportCommand.class, ExtractCommand.class, FactsCommand.class, TextCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the run failed (e.g. output not written; with --strict, any input problem)",
            "2:bad usage (unknown option, missing path, broken lexicon)"})
public final class ClaimtallyCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine report = spec.commandLine().getSubcommands().get("report");
        return report.execute();
    }
}
