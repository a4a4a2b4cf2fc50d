package org.claimtally.aggregate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimtally.model.Claim;

/** What the grouping compares of a claim, computed once per claim. */
final class Features {
    private static final Set<String> TIME_ANCHORS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "overnight", "night", "morning", "afternoon",
            "evening", "yesterday", "today", "week", "month", "weekend", "start", "beginning", "day");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but",
            "that", "which", "who", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said",
            "says", "its", "it", "as", "than", "more", "least", "this", "their", "his", "her", "he", "she",
            "they", "after", "since", "about", "into", "also", "not", "would", "will");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> RELATIVE = Set.of("overnight", "night", "morning", "afternoon", "evening",
            "yesterday", "today", "week", "month", "weekend", "start", "beginning", "day");
    /** People counted as a part of a toll: "11 children" is another fact than "58 people". */
    private static final Set<String> SUBGROUPS = Set.of("child", "children", "kid", "kids", "minor", "minors",
            "woman", "women", "baby", "babies", "infant", "infants", "student", "students", "journalist", "journalists",
            "doctor", "doctors", "medic", "medics", "rescuer", "rescuers", "worker", "workers", "soldier", "soldiers",
            "civilian", "civilians", "fighter", "fighters", "police", "policemen", "officer", "officers");

    final Claim claim;
    final String subgroup;
    final String actor;
    final String action;
    final Set<String> time;
    final Set<String> entities = new HashSet<>();
    final Set<String> words = new HashSet<>();
    final String claimant;
    final long day;

    Features(Claim c, String published) {
        this.claim = c;
        this.actor = norm(c.actor());
        this.action = norm(c.action());
        this.claimant = norm(c.claimant());
        this.time = anchors(c.time());
        this.subgroup = subgroup(c.quote());
        String s = c.sentence();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i > st) {
                String w = s.substring(st, i);
                String lw = w.toLowerCase(Locale.ROOT);
                if (!STOP.contains(lw) && lw.length() > 2) {
                    words.add(lw);
                    if (Character.isUpperCase(w.charAt(0)) && st > 0) {
                        entities.add(lw);
                    }
                }
            }
        }
        this.day = parseDay(published);
    }

    private static String subgroup(String quote) {
        for (String w : quote.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (SUBGROUPS.contains(w)) {
                return w.endsWith("s") || w.endsWith("en") ? w : w + "s";
            }
        }
        return "";
    }

    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    static Set<String> anchors(String time) {
        Set<String> out = new HashSet<>();
        for (String w : time.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (TIME_ANCHORS.contains(w) || w.matches("(19|20)\\d\\d")) {
                out.add(w);
            }
        }
        return out;
    }

    private static long parseDay(String published) {
        if (published == null || published.length() < 10) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    /** True when nothing forbids the two claims from describing one fact. */
    static boolean compatible(Features a, Features b) {
        if (!a.actor.isEmpty() && !b.actor.isEmpty() && !a.actor.equals(b.actor)) {
            return false;
        }
        if (!a.action.isEmpty() && !b.action.isEmpty() && !a.action.equals(b.action)) {
            return false;
        }
        if (timesDiffer(a.time, b.time)) {
            return false;
        }
        if (!a.subgroup.equals(b.subgroup) && (isPart(a.subgroup) || isPart(b.subgroup))) {
            return false;
        }
        return a.day == Long.MIN_VALUE || b.day == Long.MIN_VALUE || Math.abs(a.day - b.day) <= 3;
    }

    /** Children, women, journalists … are parts of a toll; soldiers and civilians may be the whole of it. */
    private static boolean isPart(String subgroup) {
        return !subgroup.isEmpty() && !subgroup.startsWith("soldier") && !subgroup.startsWith("civilian")
                && !subgroup.startsWith("fighter");
    }

    /**
     * Time anchors clearly differ when they name different things of one kind: weekdays
     * (Tuesday ≠ Wednesday), months, years, or relative windows (overnight ≠ since the start
     * of the day). "Tuesday" and "April 2017" are different kinds: no conflict.
     */
    static boolean timesDiffer(Set<String> a, Set<String> b) {
        return kindDiffers(a, b, WEEKDAYS) || kindDiffers(a, b, MONTHS) || kindDiffers(a, b, RELATIVE)
                || kindDiffers(a, b, null);
    }

    private static boolean kindDiffers(Set<String> a, Set<String> b, Set<String> kind) {
        Set<String> x = new HashSet<>();
        Set<String> y = new HashSet<>();
        for (String s : a) {
            if (kind == null ? s.matches("\\d{4}") : kind.contains(s)) {
                x.add(s);
            }
        }
        for (String s : b) {
            if (kind == null ? s.matches("\\d{4}") : kind.contains(s)) {
                y.add(s);
            }
        }
        return !x.isEmpty() && !y.isEmpty() && disjoint(x, y);
    }

    private static boolean disjoint(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** Similarity in [0,1] of two compatible claims from different documents. */
    static double similarity(Features a, Features b) {
        Claim x = a.claim;
        Claim y = b.claim;
        double value = valueSimilarity(x, y);
        double time = a.time.isEmpty() || b.time.isEmpty() ? 0.5 : 1;
        double claimant = a.claimant.isEmpty() || b.claimant.isEmpty() ? 0.5
                : a.claimant.contains(b.claimant) || b.claimant.contains(a.claimant) ? 1 : 0.2;
        return 0.35 * value + 0.15 * time + 0.1 * claimant + 0.2 * overlap(a.entities, b.entities)
                + 0.2 * Math.min(1, 2 * jaccard(a.words, b.words));
    }

    /**
     * How close two figures are. Open intervals ("at least 2,514") overlap almost anything,
     * so closeness of the stated numbers decides; overlap only lifts close figures.
     */
    static double valueSimilarity(Claim x, Claim y) {
        boolean overlap = Math.max(x.intervalLow(), y.intervalLow()) <= Math.min(x.intervalHigh(), y.intervalHigh());
        double p = x.pointValue();
        double q = y.pointValue();
        double ratio = p <= 0 || q <= 0 ? 0 : Math.min(p, q) / Math.max(p, q);
        if (ratio >= 0.999) {
            return 1;
        }
        boolean closed = !Double.isInfinite(x.intervalHigh()) && !Double.isInfinite(y.intervalHigh())
                && x.intervalLow() > 0 && y.intervalLow() > 0;
        if (overlap) {
            return closed ? 0.9 : 0.4 + 0.5 * ratio;
        }
        return 0.6 * ratio;
    }

    /** Shared names over at least three: one shared country name alone says little. */
    static double overlap(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return inter == 0 ? 0 : inter / (double) Math.max(3, union);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }
}
