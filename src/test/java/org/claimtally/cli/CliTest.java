package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, help and messages, as a user meets them. */
class CliTest {
    @TempDir
    Path tmp;

    @Test
    void helpAndVersionEverywhere() {
        for (String cmd : new String[] {"report", "extract", "facts", "text", "eval"}) {
            Run help = Run.of(cmd, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: claimtally " + cmd);
            Run version = Run.of(cmd, "--version");
            assertThat(version.exit()).isZero();
            assertThat(version.out()).startsWith("claimtally ");
        }
        assertThat(Run.of("--help").out()).contains("report", "extract", "facts", "text", "eval", "Exit codes");
    }

    /** With --verbose, a miss is shown with the sentence it stands in, a false alarm too. */
    @Test
    void evalVerboseQuotesTheSentenceOfEachMissAndFalseAlarm() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String text = "Officials met on Monday.\nThe strike killed seven people. Scores of homes burned.\n";
        Files.writeString(docs.resolve("a.txt"), text);
        int start = text.indexOf("Scores of homes");
        Path gold = tmp.resolve("gold.csv");
        Files.writeString(gold, "doc,start,end,quote,value,low,high,qualifier,category,action,actor,claimant,time,core\n"
                + "a.txt," + start + "," + (start + 15) + ",Scores of homes,,20,199,vague,killed,killed,,,,yes\n");
        Run r = Run.of("eval", "--gold", gold.toString(), docs.toString(), "-v");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Misses (gold not found):", "Scores of homes", "in: Scores of homes burned.")
                .contains("False alarms", "in: The strike killed seven people.");
    }

    @Test
    void missingPathIsAUsageError() {
        Run r = Run.of("extract", "no/such/folder");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder: no/such/folder").doesNotContain("Exception");
    }

    @Test
    void aTypoGetsTheNearestOptionOrCommand() {
        Run r = Run.of("report", "--jsn", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--jsn'", "--json");
        Run c = Run.of("reprot");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("Did you mean", "report");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = Run.of("report", "--colour");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void badFormatIsAUsageError() {
        Run r = Run.of("extract", "input", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("xml");
    }

    @Test
    void reportWritesTheWorkbookAndATable() {
        Path out = tmp.resolve("r.xlsx");
        Run r = Run.of("report", "input", "-o", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out).exists();
        assertThat(r.out()).contains("396–400", "Wrote " + out);
    }

    @Test
    void outputThatIsAFolderFailsWithAMessage() {
        Run r = Run.of("report", "input", "-o", tmp.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is a folder");
    }

    @Test
    void strictTurnsInputProblemsIntoExitOne() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Russia launched 29 missiles.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Run lenient = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.err()).contains("empty.txt: empty file; skipped", "1 input problem");
        Run strict = Run.of("extract", in.toString(), "--format", "csv", "--strict");
        assertThat(strict.exit()).isEqualTo(1);
    }

    @Test
    void brokenLexiconIsAUsageErrorWithLineAndColumn() throws Exception {
        Path lex = tmp.resolve("lex.csv");
        Files.writeString(lex, "kind,term,value,extra\nnoun,tank,tanks,\nqualifier,roughly,sorta,before\n");
        Run r = Run.of("extract", "input", "--lexicon", lex.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("lex.csv:3:", "qualifier 'roughly' must map to exact, approx, min or max");
    }
}
