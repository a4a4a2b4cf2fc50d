package org.claimtally.extract;

/** A lexicon file that cannot be read; the message names the file, line and column. */
public final class LexiconException extends Exception {
    private static final long serialVersionUID = 1L;

    public LexiconException(String source, long line, int column, String message) {
        super(source + ":" + line + ":" + column + ": " + message);
    }
}
