package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output may name or lie inside an input, a file the run reads, or another output; all
 * outputs are checked before any work (exit 2) and written all or nothing (one regression test
 * per case seen).
 */
class OutputPathsTest {
    @TempDir
    Path dir;
    Path in;
    Path article;

    @BeforeEach
    void articles() throws Exception {
        in = Files.createDirectories(dir.resolve("articles"));
        article = Files.writeString(in.resolve("a.txt"), "Officials said 12 people were killed on Monday.\n");
        Files.writeString(in.resolve("sources.csv"), "file,outlet,url,published,title\na.txt,Daily,,2024-05-04,Title\n");
    }

    private void assertUntouched() throws Exception {
        assertThat(article).hasContent("Officials said 12 people were killed on Monday.");
        assertThat(in.resolve("sources.csv")).content().startsWith("file,outlet");
        try (var files = Files.list(in)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void markdownOverAnInputFileIsRefused() throws Exception {
        Run r = Run.of("report", article.toString(), "-o", dir.resolve("c.xlsx").toString(), "--markdown", article.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--markdown", "is the input file").doesNotContain("Exception");
        assertUntouched();
        assertThat(dir.resolve("c.xlsx")).doesNotExist();
    }

    @Test
    void jsonInsideTheInputFolderIsRefused() throws Exception {
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--json", in.resolve("a.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--json", "inside the input folder");
        assertUntouched();
    }

    @Test
    void csvIntoTheInputFolderIsRefused() throws Exception {
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--csv", in.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--csv", "is the input folder");
        assertUntouched();
    }

    @Test
    void csvIntoAFolderHoldingTheInputIsRefused() throws Exception {
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--csv", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("a folder holding the input");
        assertUntouched();
    }

    @Test
    void twoOutputsOnOnePathAreRefused() throws Exception {
        Path x = dir.resolve("x.xlsx");
        Run r = Run.of("report", in.toString(), "-o", x.toString(), "--json", x.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--output and --json both name");
        assertThat(x).doesNotExist();
    }

    @Test
    void anOutputLinkedIntoTheInputFolderIsInsideIt() throws Exception {
        Path link = dir.resolve("reports");
        Files.createSymbolicLink(link, in);
        Run r = Run.of("report", in.toString(), "-o", link.resolve("c.xlsx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("inside the input folder");
        assertUntouched();
    }

    @Test
    void anOutputOverTheSourcesFileIsRefused() throws Exception {
        Path sources = dir.resolve("meta.csv");
        Files.writeString(sources, "file,outlet,url,published,title\n");
        Run r = Run.of("report", in.toString(), "-o", dir.resolve("c.xlsx").toString(), "--sources", sources.toString(),
                "--markdown", sources.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("would overwrite " + sources);
        assertThat(sources).hasContent("file,outlet,url,published,title");
    }

    @Test
    void aLaterOutputFailingLeavesTheEarlierOnesAsTheyWere() throws Exception {
        Path xlsx = dir.resolve("c.xlsx");
        Files.writeString(xlsx, "previous");
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run r = Run.of("report", in.toString(), "-o", xlsx.toString(), "--json", blocker.resolve("r.json").toString(),
                "--quiet");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("could not write " + blocker.resolve("r.json")).doesNotContain("Exception");
        assertThat(xlsx).hasContent("previous");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void allOutputsTogetherAreWritten() throws Exception {
        Path xlsx = dir.resolve("out/c.xlsx");
        Run r = Run.of("report", in.toString(), "-o", xlsx.toString(), "--json", dir.resolve("out/r.json").toString(),
                "--csv", dir.resolve("out/csv").toString(), "--markdown", dir.resolve("out/r.md").toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(xlsx).isNotEmptyFile();
        assertThat(dir.resolve("out/r.json")).isNotEmptyFile();
        assertThat(dir.resolve("out/r.md")).isNotEmptyFile();
        assertThat(dir.resolve("out/csv/claims.csv")).isNotEmptyFile();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Standard output that refuses writes (a closed pipe, a full disk): the run stops with exit 1 and says so. */
    @Test
    void aFailingStandardOutputIsExitOneAndStopsTheRun() throws Exception {
        java.io.Writer refusing = new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"extract", in.toString(), "--format", "csv", "--quiet"},
                new java.io.PrintWriter(refusing, true), new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("could not write to standard output").doesNotContain("Exception");
    }
}
