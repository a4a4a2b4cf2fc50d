package org.claimtally.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readable, stable document ids: the file name, or the path below its input root when two
 * inputs share a file name.
 */
final class DocumentIds {
    private DocumentIds() {
    }

    static Map<Path, String> assign(List<Path> files, List<Path> roots) {
        Map<String, Integer> counts = new HashMap<>();
        for (Path f : files) {
            counts.merge(f.getFileName().toString(), 1, Integer::sum);
        }
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            ids.put(f, counts.get(name) == 1 ? name : relative(f, roots));
        }
        return ids;
    }

    private static String relative(Path f, List<Path> roots) {
        for (Path r : roots) {
            Path abs = r.toAbsolutePath().normalize();
            Path fa = f.toAbsolutePath().normalize();
            if (fa.startsWith(abs) && !fa.equals(abs)) {
                return abs.relativize(fa).toString().replace('\\', '/');
            }
        }
        return f.toString().replace('\\', '/');
    }
}
