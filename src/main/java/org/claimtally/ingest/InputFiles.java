package org.claimtally.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.claimtally.model.Problem;

/**
 * The files under the given paths, recursively, in a stable order (sorted by path), with
 * {@code sources.csv} files set apart as metadata. Loops and unreadable folders are
 * reported, never fatal. Hidden files and folders (".git") are skipped.
 */
final class InputFiles {
    final List<Path> articles = new ArrayList<>();
    final List<Path> sources = new ArrayList<>();

    static InputFiles collect(List<Path> roots, List<Problem> problems) {
        InputFiles out = new InputFiles();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, out, problems);
            } else {
                out.add(root);
            }
        }
        out.articles.sort(null);
        out.sources.sort(null);
        return out;
    }

    private void add(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals(SourcesFile.NAME)) {
            sources.add(file);
        } else {
            articles.add(file);
        }
    }

    private static void walk(Path root, InputFiles out, List<Problem> problems) {
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            return hidden(dir) || leaves(dir, realRoot, problems) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file) && !leaves(file, realRoot, problems)) {
                                out.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "symbolic link loop; not followed"
                                    : "cannot read: " + describe(e);
                            problems.add(Problem.warning(file.toString(), "", why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.error(root.toString(), "", "cannot read folder: " + describe(e)));
        }
    }

    /**
     * A symbolic link whose target lies outside the input folder is not followed: a link to a
     * system file or another tree is not one of the articles the user pointed at. Reported.
     */
    private static boolean leaves(Path p, Path realRoot, List<Problem> problems) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            Path target = p.toRealPath();
            if (target.startsWith(realRoot)) {
                return false;
            }
            problems.add(Problem.warning(p.toString(), "", "symbolic link to " + target
                    + ", outside the input folder; not followed"));
        } catch (IOException e) {
            problems.add(Problem.warning(p.toString(), "", "broken symbolic link; not followed"));
        }
        return true;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String describe(IOException e) {
        String cls = e.getClass().getSimpleName();
        if (cls.equals("AccessDeniedException")) {
            return "permission denied";
        }
        if (cls.equals("NoSuchFileException")) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? cls : m;
    }
}
