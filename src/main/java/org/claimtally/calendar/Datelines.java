package org.claimtally.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * An article's publication date when no metadata gives one: the first full date in its
 * opening characters (a dateline, "Posted on April 5 2017", "Updated 5 Feb 2026",
 * "27-07-2016"), else a date in its file name ("20170404", "2017-04-04").
 */
public final class Datelines {
    private final CalendarWords words;

    public Datelines(CalendarWords words) {
        this.words = words;
    }

    /** The first full date (day, month and year) in the text's opening, or null. */
    public LocalDate fromText(String text) {
        Found f = find(text);
        return f == null ? null : f.date();
    }

    /** A dateline's date and where its text ends. */
    public record Found(LocalDate date, int end) {
    }

    /** The first full date in the text's opening with the offset just after it, or null. */
    public Found find(String text) {
        String head = text.length() > CalendarPolicy.DATELINE_CHARS ? text.substring(0, CalendarPolicy.DATELINE_CHARS)
                : text;
        String flat = head.replace('-', ' ').replace('/', ' ');
        List<String> t = TimeResolver.tokens(flat);
        for (int i = 0; i + 2 < t.size(); i++) {
            LocalDate d = fullDate(t.get(i), t.get(i + 1), t.get(i + 2));
            if (d != null) {
                return new Found(d, endOfToken(flat, i + 2));
            }
        }
        return null;
    }

    /** The offset just after the k-th token of {@link TimeResolver#tokens}. */
    private static int endOfToken(String s, int k) {
        int i = 0;
        int n = -1;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > st && ++n == k) {
                return i;
            }
        }
        return s.length();
    }

    private LocalDate fullDate(String a, String b, String c) {
        Integer m;
        if ((m = words.months().get(a)) != null) {
            return date(c, m, b); // April 4 2017
        }
        if ((m = words.months().get(b)) != null) {
            return date(c, m, a); // 4 April 2017
        }
        if (digits(a) && digits(b) && digits(c)) {
            if (a.length() == 4) {
                return date(a, parse(b), c); // 2017 04 04
            }
            return date(c, parse(b), a); // 27 07 2016: day first, as datelines outside the US write it
        }
        return null;
    }

    private static LocalDate date(String year, int month, String day) {
        if (year.length() != 4 || !digits(year) || day.length() > 2 || !digits(day)) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < CalendarPolicy.FIRST_YEAR || y > CalendarPolicy.LAST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date written as eight digits or year-month-day in a file name, or null. */
    public static LocalDate fromFileName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        for (int i = 0; i + 8 <= base.length(); i++) {
            if (i > 0 && Character.isDigit(base.charAt(i - 1))) {
                continue;
            }
            LocalDate d = compact(base, i);
            if (d == null) {
                d = dashed(base, i);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate compact(String s, int i) {
        if (i + 8 > s.length() || !digits(s.substring(i, i + 8)) || i + 8 < s.length() && Character.isDigit(s.charAt(i + 8))) {
            return null;
        }
        return date(s.substring(i, i + 4), parse(s.substring(i + 4, i + 6)), s.substring(i + 6, i + 8));
    }

    private static LocalDate dashed(String s, int i) {
        if (i + 10 > s.length() || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-') {
            return null;
        }
        if (i + 10 < s.length() && Character.isDigit(s.charAt(i + 10))) {
            return null;
        }
        return date(s.substring(i, i + 4), parse(s.substring(i + 5, i + 7)), s.substring(i + 8, i + 10));
    }

    private static int parse(String s) {
        return s.length() <= 2 && digits(s) ? Integer.parseInt(s) : -1;
    }

    private static boolean digits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
