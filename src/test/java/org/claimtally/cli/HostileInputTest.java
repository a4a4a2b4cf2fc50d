package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad figure, record, row or lexicon line never fails the run unexplained (one regression test per case). */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path folder(String... nameAndText) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(in.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return in;
    }

    @Test
    void figuresBeyondAnyQuantityAreSkippedAndTheRunGoesOn() throws Exception {
        Path in = folder("a.txt", "Officials said 5 x 10^999 people were killed.\n",
                "b.txt", "Officials said " + "9".repeat(309) + " people were killed.\n",
                "c.txt", "They lost 5 " + "trillion ".repeat(28) + "dollars.\n",
                "d.txt", "Officials said 12 people were killed on Monday.\n");
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("d.txt: 12");
        assertThat(dir.resolve("c.xlsx")).isNotEmptyFile();
        Run said = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(said.err()).contains("a.txt:offset 15", "b.txt:offset 15", "is beyond what a number can hold")
                .doesNotContain("Exception");
    }

    @Test
    void aLexiconScaleOrVagueRowOutOfRangeIsAUsageErrorNamingTheLine() throws Exception {
        Path in = folder("a.txt", "Officials said 12 people were killed.\n");
        for (String row : new String[] {"scale,zillion,1e308,", "scale,gazillion,NaN,", "vague,bunch,50,5", "scale,none,0,"}) {
            Path lex = Files.writeString(dir.resolve("lex.csv"), "kind,term,value,extra\n" + row + "\n");
            Run r = Run.of("extract", in.toString(), "--lexicon", lex.toString());
            assertThat(r.exit()).as(row).isEqualTo(2);
            assertThat(r.err()).as(row).contains("lex.csv:2:").doesNotContain("Exception");
        }
    }

    @Test
    void anOutletNameLongerThanACellIsCutNotFatal() throws Exception {
        Path in = folder("a.txt", "Officials said 12 people were killed on Monday.\n",
                "sources.csv", "file,outlet,url,published,title\na.txt," + "X".repeat(40_000) + ",,2024-05-04,"
                        + "T".repeat(40_000) + "\n");
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("c.xlsx")).isNotEmptyFile();
    }

    @Test
    void aBadByteInAJsonLinesFileCostsOneCharacterNotTheFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("b.jsonl"), ("{\"id\":\"1\",\"text\":\"Officials said 12 people were killed.\"}\n"
                + "{\"id\":\"2\",\"text\":\"Bad \u0000 byte: 5 people were hurt.\"}\n"
                + "{\"id\":\"3\",\"text\":\"Officials said 7 people were killed.\"}\n").replace('\u0000', '#').getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(in.resolve("b.jsonl"));
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '#') {
                bytes[i] = (byte) 0xFF; // not UTF-8
            }
        }
        Files.write(in.resolve("b.jsonl"), bytes);
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.out()).contains("b.jsonl#1", "b.jsonl#2", "b.jsonl#3");
        assertThat(r.err()).contains("line 2", "not UTF-8");
    }

    @Test
    void aBadByteInTheSourcesFileCostsOneCharacterNotTheFile() throws Exception {
        Path in = folder("a.txt", "Officials said 12 people were killed on Monday.\n");
        byte[] head = "file,outlet,url,published,title\na.txt,Daily ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "Star,,2024-05-04,Title\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(in.resolve("sources.csv"), all);
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.err()).contains("sources.csv", "not UTF-8");
        Run facts = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString());
        assertThat(facts.out()).contains("Daily");
    }

    @Test
    void symbolicLinksOutOfTheInputFolderAreNotFollowed() throws Exception {
        Path in = folder("a.txt", "Officials said 12 people were killed on Monday.\n");
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("o.txt"), "Others said 9 people were killed.\n");
        Files.createSymbolicLink(in.resolve("o.txt"), outside.resolve("o.txt"));
        Files.createSymbolicLink(in.resolve("more"), outside);
        Files.createSymbolicLink(in.resolve("again.txt"), in.resolve("a.txt")); // inside: followed
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.out()).contains("a.txt,").doesNotContain("o.txt,");
        assertThat(r.err()).contains("outside the input folder; not followed");
    }

    @Test
    void terminalAndMarkdownTextIsInert() throws Exception {
        Path in = folder("a.txt", "Officials said 12 people were killed on Monday.\n",
                "sources.csv", "file,outlet,url,published,title\na.txt,<script>x</script> \u001b[31mRed [go](javascript:x),,"
                        + "2024-05-04,T\n");
        Path md = dir.resolve("r.md");
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--markdown", md.toString());
        assertThat(r.out()).doesNotContain("\u001b");
        assertThat(Files.readString(md)).doesNotContain("<script>", "[go](").contains("&lt;script&gt;", "\\[go\\](");
    }

    @Test
    void aRepeatedRecordIdMakesADocumentOfItsOwn() throws Exception {
        Path in = folder("a.jsonl", "{\"id\":\"1\",\"text\":\"Officials said 12 people were killed.\"}\n"
                + "{\"id\":\"1\",\"text\":\"Others said 7 people were hurt.\"}\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.out()).contains("a.jsonl#1,", "a.jsonl#1@2,");
        assertThat(r.err()).contains("line 2", "id '1' was used by an earlier record");
    }

    @Test
    void aRecordIdTooLongForEveryRowIsReplacedByItsLine() throws Exception {
        String id = "k".repeat(50_000);
        Path in = folder("a.jsonl", "{\"id\":\"short\",\"text\":\"Officials said 12 people were killed.\"}\n"
                + "{\"id\":\"" + id + "\",\"text\":\"" + "Others said 7 people were hurt. ".repeat(20) + "\"}\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.out()).contains("a.jsonl#short,", "a.jsonl#2,").doesNotContain("kkkkkkkkkk");
        assertThat(r.out().length()).isLessThan(20_000);
        assertThat(r.err()).contains("line 2", "id of 50000 characters is longer than", "read as a.jsonl#2");
    }

    @Test
    void aRepeatedColumnReadsTheFirstAndSaysSo() throws Exception {
        Path in = folder("b.csv", "id,text,text\n1,Officials said 12 people were killed.,Wrong 99 people were hurt.\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.out()).contains("12 people were killed").doesNotContain("99 people");
        assertThat(r.err()).contains("column 'text' appears more than once");
    }

    @Test
    void aPublicationDateThatIsNoDateIsReportedAndNotUsed() throws Exception {
        Path in = folder("c.txt", "Officials said 3 people were killed.\n",
                "sources.csv", "file,outlet,url,published,title\nc.txt,Daily,,2024-13-45,T\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv");
        assertThat(r.err()).contains("published '2024-13-45' is not a date");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aRecordLongerThanTheLimitIsSkippedNotLoaded() throws Exception {
        Path in = folder("big.jsonl", "{\"id\":\"1\",\"text\":\"Officials said 12 people were killed.\"}\n"
                + "{\"id\":\"2\",\"text\":\"" + "1,2,3, ".repeat(300_000) + "\"}\n"
                + "{\"id\":\"3\",\"text\":\"Officials said 7 people were killed.\"}\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv", "--max-file-mb", "1");
        assertThat(r.out()).contains("big.jsonl#1,", "big.jsonl#3,").doesNotContain("big.jsonl#2,");
        assertThat(r.err()).contains("line 2", "record longer than the 1 MB limit");
    }

    @Test
    void aCsvRecordLongerThanTheLimitIsSkippedAndTheNextOnesRead() throws Exception {
        Path in = folder("big.csv", "id,text\n1,Officials said 12 people were killed.\n2,\"" + "1,2,3, ".repeat(300_000)
                + "\"\n3,Officials said 7 people were killed.\n", "a.txt", "Others said 4 people were hurt.\n");
        Run r = Run.of("extract", in.toString(), "--format", "csv", "--max-file-mb", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("big.csv#1,", "big.csv#3,", "a.txt,").doesNotContain("big.csv#2,");
        assertThat(r.err()).contains("big.csv", "record longer than the limit for one article");
    }
}
