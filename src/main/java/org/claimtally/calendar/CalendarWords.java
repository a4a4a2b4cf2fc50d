package org.claimtally.calendar;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words calendar time is read with, as the lexicon gives them: month and weekday names,
 * relative phrases ("yesterday", "last week"), cues of a running total ("since", "so far"),
 * verbs of an onset ("began", "broke out": the period they date is when a running total
 * started), the cue of a night ending on a day ("into") and the word between a span's first and
 * last day of one month ("February 2 to 3"). Plain immutable tables; the grammar that
 * combines them is {@link TimeResolver}'s.
 */
public record CalendarWords(Map<String, Integer> months, Map<String, DayOfWeek> weekdays,
                            Map<String, Relative> relatives, Set<String> cumulative, Set<String> nightInto,
                            Set<String> between, Set<String> onset, Set<String> through) {

    /** What a span is counted in. */
    public enum Unit { DAY, NIGHT, WEEK, MONTH, YEAR }

    /** A relative phrase: "yesterday" is DAY -1, "last week" WEEK -1, "overnight" NIGHT 0. */
    public record Relative(Unit unit, int offset) {
        public Relative {
            Objects.requireNonNull(unit, "unit");
        }
    }

    public CalendarWords {
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
        relatives = Map.copyOf(relatives);
        cumulative = Set.copyOf(cumulative);
        nightInto = Set.copyOf(nightInto);
        between = Set.copyOf(between);
        onset = Set.copyOf(onset);
        through = Set.copyOf(through);
    }

    /**
     * The weekday a word names: "saturday", or its possessive with the apostrophe lost in
     * copying ("fridays shelling": the text extractor only passes it on before a noun).
     */
    public DayOfWeek weekday(String w) {
        DayOfWeek d = weekdays.get(w);
        return d != null || !w.endsWith("s") ? d : weekdays.get(w.substring(0, w.length() - 1));
    }

    /** Longest phrase, in words, of any table: phrases are matched up to this length. */
    int longestPhrase() {
        int n = 1;
        for (String s : relatives.keySet()) {
            n = Math.max(n, s.split(" ").length);
        }
        for (String s : cumulative) {
            n = Math.max(n, s.split(" ").length);
        }
        for (String s : onset) {
            n = Math.max(n, s.split(" ").length);
        }
        return n;
    }
}
