package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtally.Golden;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;

/** The extract and facts CSVs on the five seed articles, byte for byte. */
class SeedGoldenTest {
    @Test
    void extractCsv() throws Exception {
        Run r = Run.of("extract", "input", "--format", "csv", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("doc,start,end,quote,value,low,high,qualifier,category,action,actor,claimant,time");
        Golden.check("seeds-extract.csv", r.out());
    }

    @Test
    void factsCsv() throws Exception {
        Run r = Run.of("facts", "input", "--format", "csv", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        Golden.check("seeds-facts.csv", r.out());
    }

    @Test
    void jsonlHasOneObjectPerClaim() {
        Run csv = Run.of("extract", "input", "--format", "csv", "--quiet");
        Run jsonl = Run.of("extract", "input", "--format", "jsonl", "--quiet");
        long rows = csv.out().lines().count() - 1;
        assertThat(jsonl.out().lines()).hasSize((int) rows).allMatch(l -> l.startsWith("{\"doc\":"));
    }
}
