package org.claimtally.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar time a claim's figure refers to: the days {@code from}..{@code to} (inclusive;
 * either may be null when the text leaves it open, as "since the start of the war" leaves the
 * start) and its {@link Scope}.
 */
public record When(LocalDate from, LocalDate to, Scope scope) {
    public static final When UNKNOWN = new When(null, null, Scope.UNKNOWN);

    public When {
        Objects.requireNonNull(scope, "scope");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("time from " + from + " is after " + to);
        }
    }

    public static When day(LocalDate d, Scope scope) {
        return new When(d, d, scope);
    }

    public boolean known() {
        return from != null || to != null;
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ROOT);
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ROOT);

    /**
     * The days as a reader says them: "15 Apr 2017", "14–15 Apr 2017", "Apr 2017", "2025",
     * "1 Mar 2025 – 6 Apr 2025", "up to 2 Jul 2016" (a running total), "" when unknown.
     */
    public String words() {
        if (!known()) {
            return "";
        }
        if (from == null || scope == Scope.CUMULATIVE && to != null) {
            return "up to " + to.format(DAY);
        }
        if (to == null) {
            return "from " + from.format(DAY);
        }
        if (from.equals(to)) {
            return from.format(DAY);
        }
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
        if (wholeMonths && from.getDayOfYear() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear()) {
            return Integer.toString(from.getYear());
        }
        if (wholeMonths && from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            return from.format(MONTH);
        }
        if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            return from.getDayOfMonth() + "\u2013" + to.format(DAY);
        }
        return from.format(DAY) + " \u2013 " + to.format(DAY);
    }

    /** "2017-04-15", "2017-04-14..2017-04-15", "..2016-07-02" (open start), "" when unknown. */
    public String text() {
        if (!known()) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
