package org.claimtally.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules FILE}: the user's merge and split rules for facts (a picocli mixin). */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "CSV of merge/split rules (rule,select,with) that override how claims are grouped into facts.")
    Path file;
}
