package org.claimtally.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtally.pipeline.RunOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every reading command shares (a picocli mixin). */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files or folders (read recursively). Default: input/")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "FILE",
            description = "CSV of source metadata (file,outlet,url,published,title). "
                    + "A sources.csv inside an input folder is used without this option.")
    Path sources;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Your lexicon CSV (kind,term,value,extra), merged over the built-in one.")
    Path lexicon;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "64",
            description = "Skip single articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", defaultValue = "0",
            description = "Extraction threads; 0 = one per core (default).")
    int threads;

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "For JSON-lines and CSV inputs: which record field holds the text, title, outlet, "
                    + "published, url or id, e.g. --field text=body. Repeatable.")
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no problem lines on stderr.")
    boolean quiet;

    @Option(names = "--strict", description = "Exit with 1 when any input had a problem.")
    boolean strict;

    /** A pipeline over these inputs; a broken lexicon or rules file is a usage error (exit 2). */
    static org.claimtally.pipeline.Pipeline pipeline(RunOptions options) {
        try {
            return new org.claimtally.pipeline.Pipeline(options);
        } catch (org.claimtally.pipeline.ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    RunOptions toRunOptions(Path rules) {
        List<Path> in = paths.isEmpty() ? List.of(Path.of("input")) : paths;
        for (Path p : in) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p
                        + (paths.isEmpty() ? " (run from the claimtally folder, or name the articles to read)" : ""));
            }
        }
        requireFile(sources, "--sources");
        requireFile(lexicon, "--lexicon");
        requireFile(rules, "--rules");
        if (maxFileMb <= 0) {
            throw new UsageException("--max-file-mb must be a positive number of megabytes, got " + maxFileMb);
        }
        if (threads < 0) {
            throw new UsageException("--threads must be 0 (one per core) or more, got " + threads);
        }
        try {
            return new RunOptions(in, sources, lexicon, rules, maxFileMb * 1024 * 1024, threads, fields);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void requireFile(Path p, String option) {
        if (p != null && !Files.isRegularFile(p)) {
            throw new UsageException(option + ": no such file: " + p);
        }
    }
}
