package org.claimtally.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI's sheets go to a private folder of the run; folders of runs killed long ago are removed, nothing else. */
class PoiTempFolderTest {
    @TempDir
    Path base;

    @Test
    void staleFoldersOfItsKindGoOthersStay() throws Exception {
        long now = System.currentTimeMillis();
        Path stale = Files.createDirectories(base.resolve(PoiTempFolder.PREFIX + "old"));
        Files.writeString(stale.resolve("poi-sxssf-sheet1.xml"), "<x/>");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(now - 48 * 3_600_000L));
        Path fresh = Files.createDirectories(base.resolve(PoiTempFolder.PREFIX + "running"));
        Path other = Files.createDirectories(base.resolve("poifiles"));
        Files.setLastModifiedTime(other, FileTime.fromMillis(now - 48 * 3_600_000L));
        PoiTempFolder.removeStale(base, now - PoiTempFolder.STALE_HOURS * 3_600_000L);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    @Test
    void theRunsFolderIsPrivateAndPoiUsesIt() throws Exception {
        Path dir = PoiTempFolder.use();
        assertThat(dir.getFileName().toString()).startsWith(PoiTempFolder.PREFIX);
        assertThat(org.apache.poi.util.TempFile.createTempFile("probe", ".xml").toPath().getParent()).isEqualTo(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .isEqualTo("rwx------");
        }
    }
}
