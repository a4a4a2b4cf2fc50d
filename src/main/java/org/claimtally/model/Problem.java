package org.claimtally.model;

import java.util.Objects;

/**
 * Something in the input that was skipped or only partly read. Collected, not thrown, so
 * one bad file never stops a run. {@code where} is a position such as {@code line 12}.
 */
public record Problem(String file, String where, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        where = where == null ? "" : where;
    }

    public static Problem warning(String file, String where, String message) {
        return new Problem(file, where, Severity.WARNING, message);
    }

    public static Problem error(String file, String where, String message) {
        return new Problem(file, where, Severity.ERROR, message);
    }

    /** One line for the terminal: {@code file:line 3: message}. */
    public String oneLine() {
        return file + (where.isEmpty() ? "" : ":" + where) + ": " + message;
    }
}
