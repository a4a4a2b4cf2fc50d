package org.claimtally.calendar;

/** The calendar stage's tunable numbers, each with the reason for its value. */
final class CalendarPolicy {
    private CalendarPolicy() {
    }

    /**
     * A date without a year ("on April 4") is placed in the latest year that puts it at most this
     * many days after publication: articles speak of the recent past, and sometimes announce a
     * date a few days ahead.
     */
    static final int FUTURE_SLACK_DAYS = 7;

    /** Four-digit numbers read as years in time phrases: modern reporting, not arbitrary numbers. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /**
     * A running-total cue this many words before a time phrase governs it ("since it began in
     * 2011"): a short clause, not the sentence's other half.
     */
    static final int CUE_REACH_WORDS = 4;

    /**
     * A verb of onset governs a period this many words after it ("began with peaceful protests
     * in 2011"): the onset's clause, which names what began and how, is longer than a cue's.
     */
    static final int ONSET_REACH_WORDS = 6;

    /** A dateline stands in an article's first characters (headline, byline, "Posted on …"). */
    static final int DATELINE_CHARS = 400;
}
