package org.claimtally.model;

import java.util.List;
import java.util.Objects;

/**
 * Claims from several documents that describe the same fact, with the range across them. Plain
 * data: its members name their claims by row among the run's claims ({@link RunResult#claims()}).
 * {@code why} records the grouping evidence (shared key, similarity) so users can check it;
 * {@code when} spans the resolved days of the sources' figures, with the scope they share.
 */
public record Fact(String id, String category, String subject, boolean core, String action, String actor,
                   String time, List<FactMember> members, Double low, Double high, Double best,
                   String rangeText, Status status, Grade grade, int documents, int outlets,
                   int originators, String why, When when, Reports reports) {
    /**
     * Where and when its sources report it: the place they name most (as written, "" when none
     * does), the first and last publication days of its documents (null when none is dated).
     */
    public record Reports(String place, java.time.LocalDate first, java.time.LocalDate last) {
        public static final Reports UNKNOWN = new Reports("", null, null);

        public Reports {
            place = place == null ? "" : place;
            if (first != null && last != null && first.isAfter(last)) {
                throw new IllegalArgumentException("first report " + first + " after last " + last);
            }
        }
    }

    /** A fact whose reports' place and days are not known. */
    public Fact(String id, String category, String subject, boolean core, String action, String actor, String time,
                List<FactMember> members, Double low, Double high, Double best, String rangeText, Status status,
                Grade grade, int documents, int outlets, int originators, String why, When when) {
        this(id, category, subject, core, action, actor, time, members, low, high, best, rangeText, status, grade,
                documents, outlets, originators, why, when, Reports.UNKNOWN);
    }

    /** A fact whose calendar days are not known. */
    public Fact(String id, String category, String subject, boolean core, String action, String actor, String time,
                List<FactMember> members, Double low, Double high, Double best, String rangeText, Status status,
                Grade grade, int documents, int outlets, int originators, String why) {
        this(id, category, subject, core, action, actor, time, members, low, high, best, rangeText, status, grade,
                documents, outlets, originators, why, When.UNKNOWN);
    }

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grade, "grade");
        members = FactMembers.of(members); // compact and immutable
        if (members.isEmpty()) {
            throw new IllegalArgumentException("fact " + id + " has no claims");
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("fact " + id + ": low " + low + " > high " + high);
        }
        subject = subject == null ? "" : subject;
        action = action == null ? "" : action;
        actor = actor == null ? "" : actor;
        time = time == null ? "" : time;
        rangeText = rangeText == null ? "" : rangeText;
        why = why == null ? "" : why;
        when = when == null ? When.UNKNOWN : when;
        reports = reports == null ? Reports.UNKNOWN : reports;
    }

    /**
     * How far apart its sources are: the highest figure over the lowest, to a tenth (1.0 when
     * they agree); null when there is no positive lowest figure. Overlapping words can still be
     * far apart ("at least 640" and "at least 1,300": 2.0), which the status alone does not show.
     * Only stated figures have a spread: a fact told only in vague words ("millions", no best
     * figure) spans its words' decade, which says nothing of how far its sources are apart.
     */
    public Double spread() {
        if (best == null || low == null || high == null || low <= 0) {
            return null;
        }
        return Math.round(high / low * 10) / 10.0;
    }

    /**
     * What the fact is, as a reader says it: what was counted, done by whom, where its sentences
     * place it and when ("people killed by Varnia in Dorvask, 2 Jul 2016"; the time phrase as
     * written when its days are not known).
     */
    public String what() {
        StringBuilder sb = new StringBuilder(measure(readable(category)));
        if (reports != null && !reports.place().isEmpty()) {
            sb.append(" in ").append(reports.place());
        }
        String days = when == null ? "" : when.words();
        if (!days.isEmpty()) {
            sb.append(", ").append(days);
        } else if (!time.isEmpty()) {
            sb.append(", ").append(time);
        }
        return sb.toString();
    }

    /**
     * A short label for people: "drones launched by Russia, overnight into Tuesday";
     * {@code subject} names a part of a toll ("children killed").
     */
    public String label() {
        return time.isEmpty() ? measure(category) : measure(category) + ", " + time;
    }

    /** A category name as words: "duration_hours" reads "duration (hours)". */
    private static String readable(String name) {
        int cut = name.indexOf('_');
        return cut <= 0 || cut == name.length() - 1 ? name
                : name.substring(0, cut) + " (" + name.substring(cut + 1).replace('_', ' ') + ")";
    }

    /** What was counted ({@code counted}: the category as shown), what was done and by whom: "missiles launched by Russia". */
    private String measure(String counted) {
        boolean sayWho = !subject.isEmpty() && !category.equals("troops");
        StringBuilder sb = new StringBuilder(sayWho ? subject + " " + counted : counted);
        if (!action.isEmpty() && !action.equals(category)) {
            sb.append(' ').append(action);
        }
        if (!actor.isEmpty()) {
            sb.append(" by ").append(actor);
        }
        return sb.toString();
    }
}
