package org.claimtally;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimtally.cli.Main;

/** Runs the command line in-process and captures what it prints. */
public record Run(int exit, String out, String err) {
    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
