package org.claimtally.report.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The folder of this run's own where POI streams the workbook's sheets while they are written.
 * POI's default is one {@code poifiles} folder shared by every user of the temporary folder:
 * once one user has made it, another's run cannot write there, and sheets of killed runs pile
 * up in it. Here each run makes a private folder ({@code claimtally-poi-…}, owner only), removes
 * it at exit, and removes its kind left by runs killed long ago.
 */
final class PoiTempFolder {
    /** A folder of this kind untouched for this long belongs to a run that is no more. */
    static final long STALE_HOURS = 24;
    static final String PREFIX = "claimtally-poi-";

    private static Path folder;

    private PoiTempFolder() {
    }

    /** Makes (once per process) the private folder under the temporary folder and points POI at it. */
    static synchronized Path use() throws IOException {
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(base, System.currentTimeMillis() - STALE_HOURS * 3_600_000L);
        Path dir;
        try {
            dir = Files.createTempDirectory(base, PREFIX); // owner only, on POSIX systems
        } catch (IOException | SecurityException e) {
            throw new IOException("cannot make a temporary folder for the workbook's sheets in " + base + " ("
                    + e.getMessage() + "); set TMPDIR to a writable folder", e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        Path made = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "claimtally-temp-cleanup"));
        folder = dir;
        return dir;
    }

    /** Removes this kind's folders under {@code base} last changed before {@code cutoff} (epoch ms). */
    static void removeStale(Path base, long cutoff) {
        try (Stream<Path> s = Files.list(base)) {
            s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)
                    && !Files.isSymbolicLink(p) && modified(p) < cutoff).forEach(PoiTempFolder::delete);
        } catch (IOException | SecurityException e) {
            // leftovers are harmless; never fail a report over them
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // another user's or a busy file: left for the system's own cleaning
                }
            });
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }
}
