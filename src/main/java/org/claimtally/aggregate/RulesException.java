package org.claimtally.aggregate;

/** A rules file that cannot be used; the message names the file, line and the fix. */
public final class RulesException extends Exception {
    private static final long serialVersionUID = 1L;

    public RulesException(String message) {
        super(message);
    }
}
