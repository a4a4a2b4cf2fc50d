package org.claimtally.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Publication dates as metadata gives them: ISO dates, a time or zone may follow ("2024-05-04T10:00Z"). */
final class Dates {
    /**
     * How pages write dates outside ISO: HTTP and JavaScript date strings, and English dates
     * with the month's name (the names are those of the date formats Java itself reads, which
     * page metadata uses; an article's own words are the lexicon's business).
     */
    private static final List<String> WRITTEN_PATTERNS = List.of("EEE MMM d yyyy", "EEE d MMM yyyy", "MMMM d yyyy",
            "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "EEEE MMMM d yyyy", "EEEE d MMMM yyyy");
    private static final List<String> NUMERIC_PATTERNS = List.of("yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "d.M.yyyy");
    /**
     * The languages whose month names Java's own locale data gives for reading page dates: the
     * languages of the outlets users read most ("30. Juli 2018", "12 mars 2019").
     */
    private static final List<Locale> DATE_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));
    private static final List<DateTimeFormatter> WRITTEN = formatters();

    private static List<DateTimeFormatter> formatters() {
        List<DateTimeFormatter> out = new java.util.ArrayList<>();
        for (String p : NUMERIC_PATTERNS) {
            out.add(new DateTimeFormatterBuilder().appendPattern(p).toFormatter(Locale.ROOT));
        }
        for (Locale l : DATE_LOCALES) {
            for (String p : WRITTEN_PATTERNS) {
                out.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(l));
            }
        }
        return List.copyOf(out);
    }

    /** A written date is in its first few words ("Tue Nov 19 2019 05:44:06 GMT+0000"). */
    private static final int DATE_WORDS = 4;

    private Dates() {
    }

    /**
     * A page's date as ISO: kept as written when it starts with an ISO date (a time and zone may
     * follow), else the first day read from the written forms above among its first words
     * ("01:38 PM IST Nov 20, 2019", "Monday, November 18th, 2019"); "" when it is no date.
     */
    static String iso(String raw) {
        String p = raw == null ? "" : raw.strip();
        if (p.isEmpty()) {
            return "";
        }
        if (isDate(p)) {
            return p;
        }
        Written w = written(p, SCAN_WORDS);
        return w == null ? "" : w.date();
    }

    /** A written date found in a line: the day, and how many of the line's words it took. */
    record Written(String date, int words, int lineWords) {
    }

    /** Words of a value scanned for a written date (a date's words come first, or after a time). */
    static final int SCAN_WORDS = 8;

    /**
     * The first written date among a line's first {@code scan} words, or null. Every form holds
     * a year, so only the words around a year are tried: the cost follows the line, not the
     * number of forms.
     */
    static Written written(String line, int scan) {
        String[] words = line.replace(",", " ").strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = ordinal(words[i]);
        }
        for (int y = 0; y < Math.min(scan + DATE_WORDS, words.length); y++) {
            if (!hasYear(words[y])) {
                continue;
            }
            for (int k = Math.min(DATE_WORDS, y + 1); k >= 1; k--) {
                String d = parse(String.join(" ", java.util.Arrays.copyOfRange(words, y - k + 1, y + 1)));
                if (d != null) {
                    return new Written(d, k, words.length);
                }
            }
        }
        return null;
    }

    /** Whether a word holds a year of the last two centuries (alone or inside a numeric date). */
    private static boolean hasYear(String w) {
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            run = Character.isDigit(w.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** The day a text reads as in one of the forms, or null; no exception is thrown for a miss. */
    private static String parse(String text) {
        for (DateTimeFormatter f : WRITTEN) {
            java.text.ParsePosition pos = new java.text.ParsePosition(0);
            if (f.parseUnresolved(text, pos) != null && pos.getErrorIndex() < 0 && pos.getIndex() == text.length()) {
                try {
                    return LocalDate.parse(text, f).toString();
                } catch (DateTimeParseException e) {
                    // a day the calendar lacks ("February 30")
                }
            }
        }
        return null;
    }

    /** "18th" read as 18, "25." as 25: an ordinal day. */
    private static String ordinal(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == '.' && Character.isDigit(w.charAt(n - 2)) && w.indexOf('.') == n - 1) {
            return w.substring(0, n - 1);
        }
        if (n >= 3 && Character.isDigit(w.charAt(n - 3)) && Character.isLetter(w.charAt(n - 1))
                && Character.isLetter(w.charAt(n - 2))) {
            return w.substring(0, n - 2);
        }
        return w;
    }

    /** Whether {@code published} is empty (no date given) or starts with a real ISO date. */
    static boolean isDate(String published) {
        if (published == null || published.isBlank()) {
            return true;
        }
        String p = published.strip();
        if (p.length() < 10 || p.length() > 10 && Character.isDigit(p.charAt(10))) {
            return false;
        }
        try {
            LocalDate.parse(p.substring(0, 10));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
