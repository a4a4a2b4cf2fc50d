/**
 * The command line (picocli): one small class per subcommand, shared options as mixins, exit codes 0 (done), 1 (run failed), 2 (usage). picocli is used nowhere else.
 */
package org.claimtally.cli;
