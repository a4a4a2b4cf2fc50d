package org.claimtally.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.report.Cells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimtally text}: each document as claimtally reads it, its metadata (and where each
 * field came from), then its text, so a user can see why a figure was or was not found.
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints each document as claimtally reads it: its metadata, then its text.")
final class TextCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @Mixin
    InputOptions input;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Pipeline pipeline = InputOptions.pipeline(input.toRunOptions(null));
            List<Problem> problems = pipeline.streamDocuments((d, claims) -> {
                Map<String, Object> fields = fields(d, claims.size());
                if (format == Format.jsonl) {
                    fields.put("text", d.text());
                    out.println(JSON.writeValueAsString(fields));
                } else {
                    print(out, fields, d.text());
                }
                Console.ensureOpen(out);
            }, new ProgressBar(err, input.quiet));
            Console.problems(err, problems, input.quiet);
            return Console.finish(out, err, Console.exitCode(problems, input.strict));
        } catch (Console.OutputClosed e) {
            return Console.finish(out, err, ExitCodes.FAILED);
        }
    }

    /** The document's metadata in a fixed order, then its extra fields (a sources file's columns, a page's author). */
    private static Map<String, Object> fields(Document d, int claims) {
        SourceInfo s = d.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("outlet", s.outlet());
        m.put("title", s.title());
        m.put("published", s.published());
        m.put("published from", s.publishedFrom());
        m.put("url", s.url());
        s.extra().forEach(m::put);
        m.put("claims", claims);
        return m;
    }

    private static void print(PrintWriter out, Map<String, Object> fields, String text) {
        out.println("=== " + Cells.terminalSafe(String.valueOf(fields.get("id"))));
        fields.forEach((k, v) -> {
            String value = String.valueOf(v);
            if (!k.equals("id") && !value.isEmpty()) {
                out.println(k + ": " + Cells.terminalSafe(value));
            }
        });
        out.println("---");
        for (String line : text.split("\n", -1)) {
            out.println(Cells.terminalSafe(line));
        }
    }
}
