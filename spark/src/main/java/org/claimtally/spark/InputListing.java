package org.claimtally.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimtally.ingest.SourcesFile;

/**
 * The files under the job's input, on any file system Hadoop reads (local, HDFS, S3, GCS …),
 * recursively and sorted by path as the CLI reads them. Hidden files (".git") are left out, and
 * so is the sources file when it lies inside the input.
 */
final class InputListing {
    private InputListing() {
    }

    /** The articles, and the {@code sources.csv} files inside the input (metadata, as the CLI reads them). */
    record Listing(List<InputFile> articles, List<InputFile> metadata) {
    }

    static Listing list(Configuration conf, String input, String sources) throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus top = fs.getFileStatus(root);
        URI skip = sources == null ? null : qualified(conf, sources);
        List<InputFile> out = new ArrayList<>();
        if (top.isFile()) {
            String name = top.getPath().getName();
            out.add(new InputFile(top.getPath().toUri().toString(), name, name, top.getLen()));
            return new Listing(out, List.of());
        }
        URI base = top.getPath().toUri();
        List<String[]> found = new ArrayList<>();
        List<InputFile> metadata = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            URI u = f.getPath().toUri();
            String rel = base.relativize(u).getPath();
            if (!f.isFile() || hidden(rel) || u.equals(skip)) {
                continue;
            }
            if (name(rel).toLowerCase(Locale.ROOT).equals(SourcesFile.NAME)) {
                metadata.add(new InputFile(u.toString(), rel, rel, f.getLen()));
                continue;
            }
            found.add(new String[] {u.toString(), rel, Long.toString(f.getLen())});
        }
        Map<String, Integer> names = new HashMap<>();
        for (String[] f : found) {
            names.merge(name(f[1]), 1, Integer::sum);
        }
        for (String[] f : found) {
            // the CLI's ids: the file name, or the path below the root when two files share the name
            String id = names.get(name(f[1])) == 1 ? name(f[1]) : f[1];
            out.add(new InputFile(f[0], f[1], id, Long.parseLong(f[2])));
        }
        out.sort(Comparator.comparing(InputFile::relative));
        metadata.sort(Comparator.comparing(InputFile::relative));
        return new Listing(out, metadata);
    }

    static URI qualified(Configuration conf, String path) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(conf).makeQualified(p).toUri();
    }

    /** A name below the root (or a folder on its way) that starts with ".", as the CLI skips them. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String name(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
