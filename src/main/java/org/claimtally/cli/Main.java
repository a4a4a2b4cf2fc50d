package org.claimtally.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code (0 ok, 1 failed run, 2 bad usage). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs without exiting, writing to the given streams: what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands on Errors (e.g. a failed class initialiser); still no stack trace
            err.println("claimtally: " + Errors.describe(e instanceof ExceptionInInitializerError && e.getCause() != null
                    ? e.getCause() : e));
            err.flush();
            return ExitCodes.FAILED;
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ClaimtallyCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("claimtally: " + Errors.describe(ex));
            return ex instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("claimtally: " + ex.getMessage());
            // a typo gets the nearest options or commands: "Did you mean: report --json?"
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
