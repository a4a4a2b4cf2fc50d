package org.claimtally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line messages for failures: never a stack trace for the user. */
final class Errors {
    private Errors() {
    }

    static String describe(Throwable ex) {
        Throwable io = ioCause(ex);
        if (io != null && io != ex) {
            return describe(io); // a library wrapped the file system's failure: say that failure
        }
        if (ex instanceof IOException && ex.getMessage() != null && ex.getMessage().contains("No space left")
                && !(ex instanceof FileSystemException)) {
            return "no space left on device (the temporary folder is " + System.getProperty("java.io.tmpdir")
                    + "; set TMPDIR to a folder with room)";
        }
        if (ex instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (ex instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (ex instanceof java.nio.file.FileAlreadyExistsException e) {
            return "a file stands where a folder is needed: " + e.getFile();
        }
        if (ex instanceof java.nio.file.NotDirectoryException e) {
            return "not a folder: " + e.getFile();
        }
        if (ex instanceof FileSystemException f) {
            String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
            return reason + ": " + f.getFile();
        }
        if (ex instanceof UncheckedIOException u) {
            return u.getMessage(); // says what was being read: the cause alone would not
        }
        if (ex instanceof IOException) {
            return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory: give Java more with JAVA_OPTS=-Xmx4g, or read fewer files at once";
        }
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return "internal error (" + ex.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + "); please report it with the command you ran";
    }

    /** The first I/O failure among {@code ex} and its causes, or null. */
    private static Throwable ioCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UncheckedIOException) {
                return null; // its message says what was being read: keep it
            }
            if (t instanceof IOException) {
                return t;
            }
        }
        return null;
    }
}
