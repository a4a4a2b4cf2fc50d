package org.claimtally.cli;

/** A mistake in how the command was called (exit code 2), with a message naming the fix. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
