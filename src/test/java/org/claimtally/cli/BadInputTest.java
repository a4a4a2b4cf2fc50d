package org.claimtally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets a one-line message naming the file and the problem, the run
 * goes on with the rest (exit 0, or 1 with --strict), and usage mistakes exit 2.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A folder with one good article and the bad file; runs extract and returns the result. */
    Run withGoodArticle(String... extraArgs) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Russia launched 29 missiles overnight.");
        String[] args = new String[4 + extraArgs.length];
        args[0] = "extract";
        args[1] = dir.toString();
        args[2] = "--format";
        args[3] = "csv";
        System.arraycopy(extraArgs, 0, args, 4, extraArgs.length);
        return Run.of(args);
    }

    static void readOnAndReported(Run r, String file, String message) {
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("good.txt", "29 missiles");
        assertThat(r.err()).contains("warning: ").contains(file).contains(message).doesNotContain("Exception", "\tat ");
    }

    /** Grouping without a single publication day runs blind to time: the report says so and how to fix it. */
    @Test
    void articlesWithoutAnyDateAreWarnedOfOnceWithTheFix() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A strike killed 12 people in Dorvask, officials said.");
        Files.writeString(in.resolve("b.txt"), "The toll of the strike in Dorvask rose to 15, officials said.");
        Run undated = Run.of("report", in.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertThat(undated.exit()).isZero();
        assertThat(undated.err()).containsOnlyOnce("no article has a publication date").contains("--sources", "file name");
        Files.move(in.resolve("a.txt"), in.resolve("2024-05-04-a.txt"));
        Run dated = Run.of("report", in.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertThat(dated.err()).doesNotContain("no article has a publication date");
    }

    @Test
    void emptyFile() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        readOnAndReported(withGoodArticle(), "empty.txt", "empty file; skipped");
        assertThat(withGoodArticle("--strict").exit()).isEqualTo(1);
    }

    @Test
    void pngRenamedTxt() throws Exception {
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        readOnAndReported(withGoodArticle(), "photo.txt", "a PNG image, not text; skipped");
    }

    @Test
    void zipRenamedTxt() throws Exception {
        Files.write(dir.resolve("archive.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        readOnAndReported(withGoodArticle(), "archive.txt", "a ZIP archive (or docx/xlsx), not text; skipped");
    }

    @Test
    void invalidUtf8() throws Exception {
        Files.write(dir.resolve("latin.txt"), "Caf\u00e9 counted 3 drones".getBytes(Charset.forName("windows-1252")));
        Run r = withGoodArticle();
        readOnAndReported(r, "latin.txt", "not valid UTF-8; read as windows-1252");
        assertThat(r.out()).contains("3 drones");
    }

    @Test
    void twoHundredMegabyteFile() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }
        readOnAndReported(withGoodArticle(), "huge.txt",
                "file is 200 MB, over the 64 MB limit for one article; skipped (raise it with --max-file-mb)");
    }

    @Test
    void fiveMegabyteSingleLine() throws Exception {
        String line = "the convoy moved on and on ".repeat(200_000) + "and 12 drones were launched";
        Files.writeString(dir.resolve("oneline.txt"), line);
        Run r = withGoodArticle();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("oneline.txt", "12 drones");
    }

    @Test
    void aHundredThousandSmallFiles() throws Exception {
        Path many = dir.resolve("many");
        Files.createDirectories(many);
        for (int i = 0; i < 100_000; i++) {
            Files.writeString(many.resolve("a" + i + ".txt"), "Story " + i + ": officials said " + (i % 90 + 10)
                    + " drones flew.");
        }
        Run r = Run.of("extract", many.toString(), "--format", "csv", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        long docs = r.out().lines().skip(1).filter(l -> l.contains(" drones")).map(l -> l.substring(0, l.indexOf(',')))
                .distinct().count();
        assertThat(docs).isEqualTo(100_000);
    }

    @Test
    void unreadableFile() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file: see messageForDeniedAccess");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Russia launched 3 drones.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        readOnAndReported(withGoodArticle(), "secret.txt", "cannot read: permission denied; skipped");
    }

    @Test
    void messageForDeniedAccess() {
        assertThat(Errors.describe(new AccessDeniedException("/data/secret.txt"))).isEqualTo("permission denied: /data/secret.txt");
    }

    @Test
    void aTemporaryFileThatCannotBeReadBackIsNamedNotAnInternalError() {
        String m = Errors.describe(new java.io.UncheckedIOException("cannot read back the claims' temporary file: "
                + "Input/output error", new java.io.IOException("Input/output error")));
        assertThat(m).isEqualTo("cannot read back the claims' temporary file: Input/output error");
    }

    @Test
    void aTemporaryFolderThatIsMissingStopsTheRunWithItsName() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Russia launched 29 missiles overnight.");
        Path report = dir.resolve("out.xlsx");
        String old = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.resolve("gone").toString());
        try {
            Run r = Run.of("report", in.toString(), "-o", report.toString(), "--quiet");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("cannot create a temporary file for the claims in " + dir.resolve("gone"))
                    .contains("set TMPDIR").doesNotContain("\tat ");
            assertThat(report).doesNotExist();
        } finally {
            System.setProperty("java.io.tmpdir", old);
        }
    }

    @Test
    void symlinkLoop() throws Exception {
        Path sub = dir.resolve("sub");
        Files.createDirectories(sub);
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        readOnAndReported(withGoodArticle(), "loop", "symbolic link loop; not followed");
    }

    @Test
    void missingPathIsUsageError() {
        Run r = Run.of("report", dir.resolve("nope").toString(), "-o", dir.resolve("r.xlsx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder:", "nope");
    }

    @Test
    void sourcesWithBadRows() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "file,outlet,url,published,title\ngood.txt,Daily,,,\n,Nobody,,,\n"
                + "good.txt,Twice,,,\n\"broken,row\n");
        Run r = withGoodArticle();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("sources.csv:line 3: row has no file name; skipped",
                "sources.csv:line 4: second row for 'good.txt'; the first one is used");
    }

    @Test
    void lexiconSyntaxErrorIsUsageErrorWithLineAndColumn() throws Exception {
        Path lex = dir.resolve("lex.csv");
        Files.writeString(lex, "kind,term,value,extra\nnoun,tank,tanks,\nnoun,\"tank,tanks\n");
        Files.writeString(dir.resolve("good.txt"), "Russia launched 29 missiles overnight.");
        Run r = Run.of("extract", dir.toString(), "--lexicon", lex.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("lex\\.csv:\\d+:\\d+: CSV syntax error");
    }
}
