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
