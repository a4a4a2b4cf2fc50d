package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtally.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written whole or not at all; a failure leaves the previous report as it was. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    @Test
    void failureHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("claims.xlsx");
        Files.writeString(target, "previous report");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half a new report".getBytes());
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("previous report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void processKilledWhileWritingLeavesThePreviousReport() throws Exception {
        Path target = dir.resolve("claims.xlsx");
        Files.writeString(target, "previous report");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isEqualTo(9);
        assertThat(Files.readString(target)).isEqualTo("previous report");
        // the next run clears temporaries over an hour old, and writes whole again
        try (var files = Files.newDirectoryStream(dir, ".claims.xlsx.*.tmp")) {
            for (Path leftover : files) {
                Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.fromMillis(0));
            }
        }
        AtomicFile.write(target, out -> out.write("new report".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputThatIsAFolderIsRefusedAndNothingChanges() throws Exception {
        Path folder = dir.resolve("out.xlsx");
        Files.createDirectories(folder);
        Run r = Run.of("report", "input", "-o", folder.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is a folder");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anExtraOutputThatIsAFolderIsRefusedBeforeAnyWork() throws Exception {
        Path json = dir.resolve("report.json");
        Files.createDirectories(json); // a folder where the JSON file should go
        Path xlsx = dir.resolve("claims.xlsx");
        Files.writeString(xlsx, "previous");
        Run r = Run.of("report", "input", "-o", xlsx.toString(), "--json", json.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(json + " (--json) is a folder").doesNotContain("Exception");
        assertThat(xlsx).hasContent("previous");
        assertThat(json).isEmptyDirectory();
    }

    @Test
    void neverWritesIntoAnInputFolder() throws Exception {
        Path in = dir.resolve("articles");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Russia launched 29 missiles.");
        Run r = Run.of("report", in.toString(), "-o", in.resolve("claims.xlsx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("inside the input folder");
        try (var files = Files.list(in)) {
            assertThat(files).hasSize(1);
        }
    }

    /**
     * A folder the tool may not write to. Tests often run as root, which ignores file modes,
     * so this uses /sys, which refuses new files even to root; skipped where that is not so.
     */
    @Test
    void noPermissionToWriteSaysSoWithoutAStackTrace() throws Exception {
        Path denied = Path.of("/sys/claimtally-test.xlsx");
        boolean refused;
        try {
            Files.delete(Files.createFile(denied));
            refused = false;
        } catch (java.nio.file.AccessDeniedException e) {
            refused = true;
        } catch (IOException | UnsupportedOperationException e) {
            refused = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(refused, "no folder here refuses writes");
        Run r = Run.of("report", "input", "-o", denied.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("permission denied", "/sys").doesNotContain("Exception", "\tat ");
        assertThat(denied).doesNotExist();
    }

    @Test
    void replacingAReportKeepsItsPermissions() throws Exception {
        Path xlsx = dir.resolve("claims.xlsx");
        assertThat(Run.of("report", "input", "-o", xlsx.toString(), "--quiet").exit()).isZero();
        assertThat(Files.getPosixFilePermissions(xlsx)).extracting(Enum::name).contains("OWNER_READ", "GROUP_READ", "OTHERS_READ");
    }
}
