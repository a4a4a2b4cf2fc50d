package org.claimtally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.claimtally.pipeline.RunOptions;

/**
 * A run's outputs, checked before any work and written all or nothing. Checked: no two outputs
 * share a path, and none is, or lies inside, an input (file or folder), the sources, lexicon or
 * rules file, also through symbolic links. Written: each output goes first to a staged file
 * beside its target; only when every one is written are they moved over their targets, so a
 * failing output leaves every previous report as it was.
 */
final class Outputs implements AutoCloseable {
    /** One output: its option (for messages), its path, whether it is a folder of files. */
    record Target(String option, Path path, boolean folder) {
    }

    private record Staged(Target target, Path staged) {
    }

    private final List<Staged> staged = new ArrayList<>();

    /**
     * Refuses outputs that would overwrite or feed an input, or each other (exit 2 before any work).
     * {@code targets} may hold nulls for options not given.
     */
    static void check(List<Target> targets, RunOptions options) {
        List<Target> given = targets.stream().filter(t -> t.path() != null).toList();
        for (int i = 0; i < given.size(); i++) {
            for (int j = i + 1; j < given.size(); j++) {
                if (real(given.get(i).path()).equals(real(given.get(j).path()))) {
                    throw new UsageException(given.get(i).option() + " and " + given.get(j).option() + " both name "
                            + given.get(i).path() + "; give each output its own path");
                }
            }
        }
        for (Target t : given) {
            if (!t.folder() && Files.isDirectory(t.path())) {
                throw new UsageException("output " + t.path() + " (" + t.option() + ") is a folder; name a file to write");
            }
            if (t.folder() && Files.exists(t.path()) && !Files.isDirectory(t.path())) {
                throw new UsageException("output " + t.path() + " (" + t.option() + ") is a file; name a folder to write into");
            }
            Path out = real(t.path());
            for (Path in : options.inputs()) {
                Path abs = real(in);
                if (out.equals(abs) || out.startsWith(abs) && Files.isDirectory(abs) || t.folder() && abs.startsWith(out)) {
                    String where = out.equals(abs) ? (Files.isDirectory(abs) ? "the input folder " : "the input file ")
                            : abs.startsWith(out) ? "a folder holding the input " : "inside the input folder ";
                    throw new UsageException("output " + t.path() + " (" + t.option() + ") is " + where + in
                            + "; write it elsewhere (e.g. reports/) so no input is overwritten or read back next time");
                }
            }
            for (Path config : new Path[] {options.sourcesFile(), options.lexiconFile(), options.rulesFile()}) {
                if (config != null && (out.equals(real(config)) || t.folder() && real(config).startsWith(out))) {
                    throw new UsageException("output " + t.path() + " (" + t.option() + ") would overwrite " + config
                            + ", which this run reads; write it elsewhere");
                }
            }
        }
    }

    /**
     * The absolute, normalised path with symbolic links resolved as far as the path exists: an
     * output linked into an input folder is inside it.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path realExisting = existing.toRealPath();
            return rest == null ? realExisting : realExisting.resolve(rest).normalize();
        } catch (IOException e) {
            return abs; // a broken link: the path as written
        }
    }

    /** Where to write {@code target} now: a staged path beside it, moved over it at {@link #commit}. */
    Path stage(Target target) throws IOException {
        Path abs = target.path().toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String name = "." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
        Path s = dir == null ? Path.of(name) : dir.resolve(name);
        staged.add(new Staged(target, s));
        return s;
    }

    /** Moves every staged output over its target. */
    void commit() throws IOException {
        for (Staged s : staged) {
            Path target = s.target().path().toAbsolutePath().normalize();
            if (s.target().folder()) {
                Files.createDirectories(target);
                try (Stream<Path> files = Files.list(s.staged())) {
                    for (Path f : files.sorted().toList()) {
                        move(f, target.resolve(f.getFileName().toString()));
                    }
                }
                Files.deleteIfExists(s.staged());
            } else {
                move(s.staged(), target);
            }
        }
        staged.clear();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what was staged and not committed: a failed run leaves no trace. */
    @Override
    public void close() {
        for (Staged s : staged) {
            try {
                if (Files.isDirectory(s.staged(), LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> all = Files.walk(s.staged())) {
                        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                } else {
                    Files.deleteIfExists(s.staged());
                }
            } catch (IOException | UncheckedIOException e) {
                // a leftover staged file is removed by a later run (stale temporaries); never fail over it
            }
        }
        staged.clear();
    }
}
