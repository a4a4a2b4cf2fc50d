package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimtally text}: each document as read, metadata first, as text and as JSON lines. */
class TextCommandTest {
    @TempDir
    Path dir;

    private void pages() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><meta property=\"og:site_name\" content=\"Coast Herald\">"
                + "<meta property=\"og:title\" content=\"Storm hits the coast\"><meta property=\"article:published_time\" "
                + "content=\"2024-03-05\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Storm hits the coast</h1>"
                + "<p>Officials said 12 people were hurt when the storm hit the coast.</p></article></body></html>");
        Files.writeString(dir.resolve("b.txt"), "Quiet day\nNothing was counted \u001b[31mtoday.\n");
    }

    @Test
    void printsMetadataThenText() throws Exception {
        pages();
        Run r = Run.of("text", "-q", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("=== a.html", "outlet: Coast Herald", "published: 2024-03-05",
                "published from: page: meta article:published_time", "claims: 1", "---\nStorm hits the coast\n\nOfficials said 12",
                "=== b.txt").doesNotContain("Home", "\u001b");
    }

    @Test
    void jsonLinesForTools() throws Exception {
        pages();
        Run r = Run.of("text", "-q", "--format", "jsonl", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode a = new ObjectMapper().readTree(lines[0]);
        assertThat(a.get("id").asText()).isEqualTo("a.html");
        assertThat(a.get("outlet").asText()).isEqualTo("Coast Herald");
        assertThat(a.get("claims").asInt()).isEqualTo(1);
        assertThat(a.get("text").asText()).startsWith("Storm hits the coast\n\nOfficials said 12 people");
    }
}
