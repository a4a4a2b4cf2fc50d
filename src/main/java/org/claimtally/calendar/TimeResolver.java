package org.claimtally.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtally.model.Scope;
import org.claimtally.model.When;

/**
 * Resolves a claim's time phrase to calendar days against its article's publication date:
 * dates ("February 3", "3 Feb 2026", "April 2017", "2025"), weekdays ("on Saturday": the last
 * Saturday on or before publication), nights ("overnight into Tuesday": the night before that
 * Tuesday; "Monday night"), relative phrases ("yesterday", "last week"), spans ("between
 * February 2022 and December 2025") and running totals ("since 2011", "so far this year",
 * "since the start of the war": open start, up to publication). Without a publication date only
 * what the phrase fixes by itself (years, full dates) is resolved; the scope is still given.
 */
public final class TimeResolver {
    private final CalendarWords words;
    private final int longest;

    public TimeResolver(CalendarWords words) {
        this.words = words;
        this.longest = words.longestPhrase();
    }

    /** A stretch of days read from one part of the phrase; {@code null} ends are open. */
    private record Span(LocalDate from, LocalDate to, boolean dayLike) {
    }

    /** {@code published}: the article's date, or null when unknown. */
    public When resolve(String phrase, LocalDate published) {
        return resolve(phrase, "", published);
    }

    /**
     * As {@link #resolve(String, LocalDate)}, with the words just before the phrase in its
     * sentence: a running-total cue there ("since it began in 2011", "since the uprising in
     * March 2011") makes the figure a total up to publication.
     */
    public When resolve(String phrase, String before, LocalDate published) {
        When w = resolvePhrase(phrase, published);
        if (w.scope() == Scope.CUMULATIVE || w.scope() == Scope.UNKNOWN || before.isBlank()) {
            return w;
        }
        List<String> t = tokens(before);
        for (int i = Math.max(0, t.size() - CalendarPolicy.CUE_REACH_WORDS); i < t.size(); i++) {
            if (cumulativeAt(t, i) > 0) {
                return runningFrom(w, published);
            }
        }
        // "the war, which began with protests in 2011, has killed …": the year dates the onset, and
        // the figure is a total from then on; a day ("started at dawn on Tuesday") dates an incident
        if (w.scope() == Scope.PERIOD) {
            for (int i = Math.max(0, t.size() - CalendarPolicy.ONSET_REACH_WORDS); i < t.size(); i++) {
                if (phraseAt(words.onset(), t, i) > 0) {
                    return runningFrom(w, published);
                }
            }
        }
        return w;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private When resolvePhrase(String phrase, LocalDate published) {
        if (phrase == null || phrase.isBlank()) {
            return When.UNKNOWN;
        }
        List<String> t = tokens(phrase);
        boolean cumulative = false;
        boolean between = false;
        boolean into = false;
        List<Span> spans = new ArrayList<>();
        Scope vague = Scope.UNKNOWN; // the scope a phrase names even when no date can be fixed
        for (int i = 0; i < t.size(); i++) {
            int n = cumulativeAt(t, i);
            if (n > 0) {
                cumulative = true;
                i += n - 1;
                continue;
            }
            String w = t.get(i);
            if (words.between().contains(w)) {
                between = true;
                continue;
            }
            if (words.nightInto().contains(w)) {
                into = true;
                continue;
            }
            int[] consumed = {1};
            Span s = dateAt(t, i, published, consumed);
            if (s != null) {
                if (into && s.dayLike() && s.from() != null) {
                    s = new Span(s.from().minusDays(1), s.to(), true);
                    into = false;
                }
                spans.add(s);
                i += consumed[0] - 1;
                continue;
            }
            int r = relativeAt(t, i);
            if (r > 0) {
                CalendarWords.Relative rel = words.relatives().get(String.join(" ", t.subList(i, i + r)));
                Span rs = relative(rel, published, t, i + r);
                vague = rel.unit() == CalendarWords.Unit.DAY || rel.unit() == CalendarWords.Unit.NIGHT ? Scope.INCIDENT
                        : Scope.PERIOD;
                if (rs != null) {
                    spans.add(rs);
                }
                i += r - 1;
                continue;
            }
            if (words.weekday(w) != null) {
                vague = Scope.INCIDENT;
            } else if (words.months().containsKey(w) || isYear(w)) {
                vague = Scope.PERIOD;
            }
        }
        return combine(spans, cumulative, between, published, vague);
    }

    private When combine(List<Span> spans, boolean cumulative, boolean between, LocalDate published, Scope vague) {
        if (cumulative) {
            LocalDate from = spans.isEmpty() ? null : spans.get(0).from();
            LocalDate to = published != null ? published : spans.size() > 1 ? spans.get(spans.size() - 1).to() : null;
            return from == null && to == null ? new When(null, null, Scope.CUMULATIVE)
                    : new When(from, to != null && from != null && to.isBefore(from) ? from : to, Scope.CUMULATIVE);
        }
        if (spans.isEmpty()) {
            return vague == Scope.UNKNOWN ? When.UNKNOWN : new When(null, null, vague);
        }
        Span first = spans.get(0);
        Span last = between || spans.size() > 1 && spans.get(spans.size() - 1).from() != null
                && first.to() != null && !spans.get(spans.size() - 1).from().isBefore(first.to())
                ? spans.get(spans.size() - 1) : first;
        LocalDate from = first.from();
        LocalDate to = last.to();
        if (from != null && to != null && to.isBefore(from)) {
            to = first.to();
        }
        boolean incident = from != null && to != null && !to.isAfter(from.plusDays(1))
                && (first.dayLike() || last.dayLike());
        return new When(from, to, incident ? Scope.INCIDENT : Scope.PERIOD);
    }

    /** A date starting at token i: "February 3 [2026]", "3 Feb [2026]", "April 2017", "2025", a weekday. */
    private Span dateAt(List<String> t, int i, LocalDate published, int[] consumed) {
        String w = t.get(i);
        Integer month = words.months().get(w);
        if (month != null) {
            int[] days = dayRange(t, i + 1);
            if (days != null) {
                int k = i + 1 + days[2];
                int year = k < t.size() && isYear(t.get(k)) ? Integer.parseInt(t.get(k)) : 0;
                consumed[0] = k - i + (year > 0 ? 1 : 0);
                return daysOf(month, days, year, published);
            }
            if (i + 1 < t.size() && isYear(t.get(i + 1))) {
                consumed[0] = 2;
                return month(month, Integer.parseInt(t.get(i + 1)));
            }
            int year = yearFor(month, 1, published);
            return year == 0 ? null : month(month, year);
        }
        int[] days = dayRange(t, i);
        int at = days == null ? -1 : i + days[2];
        if (days != null && at < t.size() && words.months().containsKey(t.get(at))) {
            int m = words.months().get(t.get(at));
            int year = at + 1 < t.size() && isYear(t.get(at + 1)) ? Integer.parseInt(t.get(at + 1)) : 0;
            consumed[0] = at + 1 - i + (year > 0 ? 1 : 0);
            return daysOf(m, days, year, published);
        }
        if (isYear(w)) {
            int y = Integer.parseInt(w);
            return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
        }
        DayOfWeek wd = words.weekday(w);
        if (wd != null && published != null) {
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(wd));
            boolean night = i + 1 < t.size() && relativeAt(t, i + 1) > 0
                    && words.relatives().get(t.get(i + 1)) != null
                    && words.relatives().get(t.get(i + 1)).unit() == CalendarWords.Unit.NIGHT;
            if (night) {
                consumed[0] = 2;
                return new Span(d, d.plusDays(1), true);
            }
            return new Span(d, d, true);
        }
        return null;
    }

    /**
     * The day or days of a month written at token {@code k}: "3", "2-3", "2 to 3" (a night or a
     * few days: "the February 2 to 3 strike"), as {first, last, tokens read}; null when none.
     */
    private int[] dayRange(List<String> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        String w = t.get(k);
        int dash = w.indexOf('-');
        if (dash > 0) {
            int a = dayNumber(w.substring(0, dash));
            int b = dayNumber(w.substring(dash + 1));
            return a > 0 && b > a ? new int[] {a, b, 1} : null;
        }
        int a = dayNumber(w);
        if (a < 0) {
            return null;
        }
        if (k + 2 < t.size() && words.through().contains(t.get(k + 1)) && dayNumber(t.get(k + 2)) > a) {
            return new int[] {a, dayNumber(t.get(k + 2)), 3};
        }
        return new int[] {a, a, 1};
    }

    /** The days {@code days} (first, last) of a month, in the year given or the one publication implies. */
    private static Span daysOf(int month, int[] days, int year, LocalDate published) {
        Span first = day(month, days[0], year, published);
        if (first == null || days[1] == days[0]) {
            return first;
        }
        int last = Math.min(days[1], java.time.YearMonth.from(first.from()).lengthOfMonth());
        return new Span(first.from(), first.from().withDayOfMonth(last), true);
    }

    private static Span day(int month, int day, int year, LocalDate published) {
        int y = year > 0 ? year : yearFor(month, day, published);
        if (y == 0 || day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        LocalDate d = LocalDate.of(y, month, day);
        return new Span(d, d, true);
    }

    private static Span month(int month, int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Span(first, first.with(TemporalAdjusters.lastDayOfMonth()), false);
    }

    /**
     * The year of a date written without one: news speaks of the recent past, so the latest
     * year that puts the date no later than a week after publication (0 when unknown).
     */
    private static int yearFor(int month, int day, LocalDate published) {
        if (published == null) {
            return 0;
        }
        int y = published.getYear();
        LocalDate d = LocalDate.of(y, month, Math.min(day, java.time.YearMonth.of(y, month).lengthOfMonth()));
        return d.isAfter(published.plusDays(CalendarPolicy.FUTURE_SLACK_DAYS)) ? y - 1 : y;
    }

    private Span relative(CalendarWords.Relative rel, LocalDate published, List<String> t, int next) {
        if (published == null) {
            return null;
        }
        return switch (rel.unit()) {
            case DAY -> new Span(published.plusDays(rel.offset()), published.plusDays(rel.offset()), true);
            case NIGHT -> {
                // "overnight into Tuesday", "overnight on Saturday": the weekday that follows decides
                boolean dayFollows = next < t.size() && (words.weekdays().containsKey(t.get(next))
                        || words.nightInto().contains(t.get(next)));
                yield dayFollows ? null
                        : new Span(published.plusDays(rel.offset() - 1L), published.plusDays(rel.offset()), true);
            }
            case WEEK -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(rel.offset());
                LocalDate end = monday.plusDays(6);
                yield new Span(monday, end.isAfter(published) ? published : end, false);
            }
            case MONTH -> {
                LocalDate first = published.withDayOfMonth(1).plusMonths(rel.offset());
                LocalDate end = first.with(TemporalAdjusters.lastDayOfMonth());
                yield new Span(first, end.isAfter(published) ? published : end, false);
            }
            case YEAR -> {
                LocalDate first = published.withDayOfYear(1).plusYears(rel.offset());
                LocalDate end = first.with(TemporalAdjusters.lastDayOfYear());
                yield new Span(first, end.isAfter(published) ? published : end, false);
            }
        };
    }

    /** Length in tokens of the relative phrase at i (longest first), 0 if none. */
    private int relativeAt(List<String> t, int i) {
        for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
            if (words.relatives().containsKey(String.join(" ", t.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    /** Length in tokens of the running-total cue at i (longest first), 0 if none. */
    private int cumulativeAt(List<String> t, int i) {
        return phraseAt(words.cumulative(), t, i);
    }

    /** The length in words of the longest phrase of {@code table} starting at token {@code i}, or 0. */
    private int phraseAt(java.util.Set<String> table, List<String> t, int i) {
        for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
            if (table.contains(String.join(" ", t.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    /** The span as a running total: from its start up to publication (or its own end when undated). */
    private static When runningFrom(When w, LocalDate published) {
        return new When(w.from(), published != null ? max(published, w.from()) : w.to(), Scope.CUMULATIVE);
    }

    private static boolean isYear(String w) {
        if (w.length() != 4 || !digits(w)) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= CalendarPolicy.FIRST_YEAR && y <= CalendarPolicy.LAST_YEAR;
    }

    /** "3", "03", "3rd", "21st": a day of the month, else -1. */
    private static int dayNumber(String w) {
        String d = w;
        if (d.length() > 2 && (d.endsWith("st") || d.endsWith("nd") || d.endsWith("rd") || d.endsWith("th"))) {
            d = d.substring(0, d.length() - 2);
        }
        if (d.isEmpty() || d.length() > 2 || !digits(d)) {
            return -1;
        }
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31 ? n : -1;
    }

    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Lower-case words and numbers; hyphens inside a word are kept ("war-to-date"), a dot ends one ("Feb."). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
                    || s.charAt(i) == '-' && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
            }
            if (i > st) {
                out.add(s.substring(st, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
