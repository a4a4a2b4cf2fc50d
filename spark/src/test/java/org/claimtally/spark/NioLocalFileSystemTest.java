package org.claimtally.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions set without forking chmod are the ones asked for. */
class NioLocalFileSystemTest {
    @TempDir
    Path tmp;

    @Test
    void setsThePermissionsAskedFor() throws Exception {
        Path f = Files.writeString(tmp.resolve("part-0.parquet"), "x");
        try (NioLocalFileSystem fs = new NioLocalFileSystem()) {
            fs.initialize(java.net.URI.create("file:///"), new Configuration());
            fs.setPermission(new org.apache.hadoop.fs.Path(f.toUri()), new FsPermission((short) 0640));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
            fs.setPermission(new org.apache.hadoop.fs.Path(f.toUri()), new FsPermission((short) 0755));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-xr-x");
        }
    }
}
