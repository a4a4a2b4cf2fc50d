package org.claimtally.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Wrong options are refused before any Spark work, with a message that names the fix. */
class JobOptionsTest {
    @Test
    void messagesNameTheFix() {
        assertThatThrownBy(() -> new JobOptions("", "out", null)).hasMessageContaining("--input PATH");
        assertThatThrownBy(() -> new JobOptions("in", "out", null, Map.of(), -1, 1 << 20))
                .hasMessageContaining("--partitions");
        assertThatThrownBy(() -> new JobOptions("in", "out", null, Map.of("txt", "body"), 0, 1 << 20))
                .hasMessageContaining("unknown field 'txt'");
    }

    @Test
    void aMissingInputIsAUsageErrorExitTwo() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ClaimtallyJob()).setErr(new PrintWriter(err));
        assertThat(cmd.execute("--output", "out")).isEqualTo(2);
        assertThat(err.toString()).contains("--input");
    }
}
