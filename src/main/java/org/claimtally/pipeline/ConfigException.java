package org.claimtally.pipeline;

/** A user file that configures a run (lexicon, rules) is unusable; the message names file and line. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
