package org.claimtally.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cue words of extraction, read from CSV ({@code kind,term,value,extra}). The built-in
 * file ships in the jar; a user file merges over it, row by row (same kind and term
 * replaces). Immutable once built.
 */
public final class Lexicon {
    static final String BUILTIN = "/org/claimtally/lexicon.csv";
    /** The largest scale factor or vague bound a lexicon may give: a quadrillion, beyond any count in news. */
    private static final double MAX_MAGNITUDE = 1e15;
    private static final Set<String> CATEGORY_FLAGS = Set.of("people", "combined", "toll");
    private static final Set<String> KINDS = Set.of("category", "noun", "person", "verb", "action",
            "qualifier", "vague", "scale", "currency", "claim_verb", "time_word", "time_start",
            "name_before", "name_after", "demonym", "trend", "not_trend", "boilerplate", "unit", "street",
            "month", "weekday", "calendar", "subgroup", "stopword", "relative_time", "noun_modifier", "departure");
    private static boolean knownKind(String kind) {
        if (KINDS.contains(kind)) {
            return true;
        }
        for (WordClass c : WordClass.values()) {
            if (c.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TREND_FLAGS = Set.of("before", "after", "after-percent", "not-money", "adjacent");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
            .setHeader().setSkipHeaderRecord(true).get();

    /** A multi-word cue; {@code words} are lower case. */
    record Phrase(String[] words, String value, String extra) {
    }

    /**
     * A rise or fall word: {@code before} the figure ("rose 5%"), {@code after} it ("a 5%
     * increase"), after it for shares only ("5% more"); {@code notMoney}: before a money figure
     * it marks no change unless "by" follows ("raised $5 million" is money raised);
     * {@code adjacent}: a particle that counts only right before the figure ("was up 5%").
     */
    record TrendWord(boolean up, boolean before, boolean after, boolean afterPercentOnly, boolean notMoney,
                     boolean adjacent) {
        static TrendWord of(String value, String extra) {
            Set<String> flags = extra.isBlank() ? Set.of("before") : Set.copyOf(List.of(extra.strip().split("\\s+")));
            boolean afterPercent = flags.contains("after-percent");
            boolean before = flags.contains("before") || !flags.contains("after") && !afterPercent;
            return new TrendWord("up".equals(value), before, flags.contains("after") || afterPercent,
                    afterPercent && !flags.contains("after"), flags.contains("not-money"), flags.contains("adjacent"));
        }
    }

    private final Map<String, Boolean> categories;
    private final Map<String, String> nouns;
    private final Map<String, String> persons;
    /** Per people-like noun, the only verb categories that decide it ("homes" are left without power, not killed). */
    private final Map<String, String> personVerbs;
    private final PhraseTable verbs;
    /** Nouns that count people only when people are named with them ("soldier losses", not "loan losses"). */
    private final Map<String, String> nounsWithPeople;
    /** Verbs of leaving ("left", "leaving"): people verbs only before a place they leave. */
    private final PhraseTable departures;
    private final Map<String, String> actions;
    private final PhraseTable qualifiersBefore;
    private final PhraseTable qualifiersAfter;
    private final PhraseTable vague;
    private final Map<String, Double> scales;
    private final Set<String> gluedScales;
    /** Letter scales that stand spaced from the number when written in capitals ("8 B people"). */
    private final Set<String> capitalScales;
    private final PhraseTable currencies;
    private final PhraseTable claimVerbs;
    private final Set<String> timeWords;
    private final Set<String> weekdayNames;
    private final PhraseTable timeStarts;
    private final Set<String> nameBefore;
    private final Set<String> nameAfter;
    private final PhraseTable demonyms;
    private final Map<String, TrendWord> trends;
    private final PhraseTable notTrends;
    private final List<String> boilerplate;
    private final Set<String> units;
    private final Set<String> streets;
    private final String description;
    private final Set<String> peopleCategories;
    private final Set<String> tollCategories;
    private final Map<String, String> subgroups;
    private final Set<String> wholeSubgroups;
    private final Set<String> stopwords;
    private final List<String> relativeTimes;
    private final Set<String> nounModifiers;
    private final java.util.EnumMap<WordClass, Set<String>> wordClasses = new java.util.EnumMap<>(WordClass.class);
    private final String combinedCategory;
    private final org.claimtally.calendar.CalendarWords calendar;

    private Lexicon(Map<String, Map<String, String[]>> rows, String description) {
        this.description = description;
        categories = new LinkedHashMap<>();
        rows.getOrDefault("category", Map.of()).forEach((k, v) -> categories.put(k, "core".equals(v[0])));
        Set<String> people = new HashSet<>();
        Set<String> tolls = new HashSet<>();
        String combined = null;
        for (Map.Entry<String, String[]> e : new java.util.TreeMap<>(rows.getOrDefault("category", Map.of())).entrySet()) {
            List<String> flags = flags(e.getValue()[1]);
            if (flags.contains("people")) {
                people.add(e.getKey());
            }
            if (flags.contains("toll")) {
                tolls.add(e.getKey());
            }
            if (flags.contains("combined")) {
                combined = e.getKey();
            }
        }
        peopleCategories = Set.copyOf(people);
        tollCategories = Set.copyOf(tolls);
        subgroups = single(rows, "subgroup");
        Set<String> wholes = new HashSet<>();
        rows.getOrDefault("subgroup", Map.of()).forEach((k, v) -> {
            if (flags(v[1]).contains("whole")) {
                wholes.add(v[0]);
            }
        });
        wholeSubgroups = Set.copyOf(wholes);
        stopwords = Set.copyOf(rows.getOrDefault("stopword", Map.of()).keySet());
        relativeTimes = List.copyOf(rows.getOrDefault("relative_time", Map.of()).keySet());
        nounModifiers = Set.copyOf(rows.getOrDefault("noun_modifier", Map.of()).keySet());
        for (WordClass c : WordClass.values()) {
            wordClasses.put(c, Set.copyOf(rows.getOrDefault(c.kind(), Map.of()).keySet()));
        }
        combinedCategory = combined;
        nouns = single(rows, "noun");
        Map<String, String> withPeople = new HashMap<>();
        rows.getOrDefault("noun", Map.of()).forEach((k, v) -> {
            if ("people".equals(v[1].trim())) {
                withPeople.put(k, v[0]);
            }
        });
        nounsWithPeople = Map.copyOf(withPeople);
        persons = single(rows, "person");
        Map<String, String> pv = new HashMap<>();
        rows.getOrDefault("person", Map.of()).forEach((k, v) -> {
            if (!v[1].isBlank()) {
                pv.put(k, v[1]);
            }
        });
        personVerbs = Collections.unmodifiableMap(pv);
        verbs = PhraseTable.of(rows.get("verb"));
        departures = PhraseTable.of(rows.get("departure"));
        actions = single(rows, "action");
        Map<String, String[]> before = new LinkedHashMap<>();
        Map<String, String[]> after = new LinkedHashMap<>();
        rows.getOrDefault("qualifier", Map.of()).forEach((k, v) ->
                ("after".equals(v[1]) ? after : before).put(k, v));
        qualifiersBefore = PhraseTable.of(before);
        qualifiersAfter = PhraseTable.of(after);
        vague = PhraseTable.of(rows.get("vague"));
        scales = new HashMap<>();
        gluedScales = new HashSet<>();
        capitalScales = new HashSet<>();
        rows.getOrDefault("scale", Map.of()).forEach((k, v) -> {
            scales.put(k, Double.valueOf(v[0]));
            List<String> flags = List.of(v[1].split(" "));
            if (flags.contains("glued")) {
                gluedScales.add(k);
            }
            if (flags.contains("capital")) {
                capitalScales.add(k);
            }
        });
        currencies = PhraseTable.of(rows.get("currency"));
        claimVerbs = PhraseTable.of(rows.get("claim_verb"));
        timeWords = Set.copyOf(rows.getOrDefault("time_word", Map.of()).keySet());
        weekdayNames = Set.copyOf(rows.getOrDefault("weekday", Map.of()).keySet());
        timeStarts = PhraseTable.of(rows.get("time_start"));
        nameBefore = Set.copyOf(rows.getOrDefault("name_before", Map.of()).keySet());
        nameAfter = Set.copyOf(rows.getOrDefault("name_after", Map.of()).keySet());
        demonyms = PhraseTable.of(rows.get("demonym"));
        Map<String, TrendWord> tw = new HashMap<>();
        rows.getOrDefault("trend", Map.of()).forEach((k, v) -> tw.put(k, TrendWord.of(v[0], v[1])));
        trends = Collections.unmodifiableMap(tw);
        notTrends = PhraseTable.of(rows.get("not_trend"));
        boilerplate = List.copyOf(rows.getOrDefault("boilerplate", Map.of()).keySet());
        units = Set.copyOf(rows.getOrDefault("unit", Map.of()).keySet());
        calendar = calendarWords(rows);
        streets = Set.copyOf(rows.getOrDefault("street", Map.of()).keySet());
    }

    private static List<String> flags(String extra) {
        return extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
    }

    private static Map<String, String> single(Map<String, Map<String, String[]>> rows, String kind) {
        Map<String, String> m = new HashMap<>();
        rows.getOrDefault(kind, Map.of()).forEach((k, v) -> m.put(k, v[0]));
        return Collections.unmodifiableMap(m);
    }

    /** The built-in lexicon. */
    public static Lexicon builtin() {
        try {
            return load(null);
        } catch (LexiconException e) {
            throw new IllegalStateException("built-in lexicon is broken: " + e.getMessage(), e);
        }
    }

    /** The built-in lexicon with {@code userFile} merged over it (null for none). */
    public static Lexicon load(Path userFile) throws LexiconException {
        Map<String, Map<String, String[]>> rows = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("built-in lexicon missing from the jar: " + BUILTIN);
            }
            read("built-in lexicon", new String(in.readAllBytes(), StandardCharsets.UTF_8), rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in lexicon", e);
        }
        String description = "built-in";
        if (userFile != null) {
            String text;
            try {
                text = Files.readString(userFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LexiconException(userFile.toString(), 0, 0, "cannot read: " + e.getMessage());
            }
            read(userFile.toString(), text, rows);
            description = "built-in + " + userFile.getFileName();
        }
        return new Lexicon(rows, description);
    }

    private static void read(String source, String text, Map<String, Map<String, String[]>> rows)
            throws LexiconException {
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(List.of("kind", "term", "value", "extra"))) {
                throw new LexiconException(source, 1, 1, "header must be 'kind,term,value,extra', found '"
                        + String.join(",", header) + "'");
            }
            for (CSVRecord rec : parser) {
                addRow(source, rec, rows);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new LexiconException(source, lineOf(e), 1, "CSV syntax error: " + cleanMessage(e));
        }
    }

    private static void addRow(String source, CSVRecord rec, Map<String, Map<String, String[]>> rows)
            throws LexiconException {
        long line = rec.getParser().getCurrentLineNumber();
        if (rec.size() < 2) {
            throw new LexiconException(source, line, 1, "a row needs at least kind and term");
        }
        String kind = rec.get(0).toLowerCase(Locale.ROOT);
        if (!knownKind(kind)) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(KINDS);
            for (WordClass c : WordClass.values()) {
                all.add(c.kind());
            }
            throw new LexiconException(source, line, 1, "unknown kind '" + rec.get(0) + "': use one of "
                    + String.join(", ", all));
        }
        String term = rec.get(1).toLowerCase(Locale.ROOT).strip();
        if (term.isEmpty()) {
            throw new LexiconException(source, line, kind.length() + 2, "empty term");
        }
        String value = rec.size() > 2 ? rec.get(2).strip() : "";
        String extra = rec.size() > 3 ? rec.get(3).strip() : "";
        validate(source, line, kind, term, value, extra);
        rows.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(term, new String[] {value, extra});
    }

    private static void validate(String source, long line, String kind, String term, String value, String extra)
            throws LexiconException {
        int col = kind.length() + term.length() + 3;
        switch (kind) {
            case "vague", "scale" -> {
                double v;
                double hi;
                try {
                    v = Double.parseDouble(value);
                    hi = kind.equals("vague") ? Double.parseDouble(extra) : v;
                } catch (NumberFormatException e) {
                    throw new LexiconException(source, line, col, kind + " '" + term + "' needs numbers, found '"
                            + value + "," + extra + "'");
                }
                if (!(v >= 0 && hi <= MAX_MAGNITUDE && v <= hi) || kind.equals("scale") && v == 0) {
                    throw new LexiconException(source, line, col, kind + " '" + term + "' needs "
                            + (kind.equals("vague") ? "a low and a high from 0 to 1e15, low not above high"
                            : "a factor above 0 and at most 1e15 (a quadrillion)") + ", found '" + value
                            + (kind.equals("vague") ? "," + extra : "") + "'");
                }
            }
            case "qualifier" -> {
                if (!List.of("exact", "approx", "min", "max").contains(value)) {
                    throw new LexiconException(source, line, col, "qualifier '" + term
                            + "' must map to exact, approx, min or max, found '" + value + "'");
                }
            }
            case "category" -> {
                if (!value.equals("core") && !value.equals("other")) {
                    throw new LexiconException(source, line, col, "category '" + term
                            + "' must be core or other, found '" + value + "'");
                }
                for (String flag : flags(extra)) {
                    if (!CATEGORY_FLAGS.contains(flag)) {
                        throw new LexiconException(source, line, col + value.length() + 1, "category '" + term
                                + "' has unknown flag '" + flag + "': use people, combined, toll, separated by spaces");
                    }
                }
            }
            case "trend" -> {
                if (!value.equals("up") && !value.equals("down")) {
                    throw new LexiconException(source, line, col, "trend '" + term + "' must be up or down");
                }
                for (String flag : extra.isBlank() ? new String[0] : extra.split("\\s+")) {
                    if (!TREND_FLAGS.contains(flag)) {
                        throw new LexiconException(source, line, col + value.length() + 1, "trend '" + term
                                + "' has unknown position '" + flag + "': use " + String.join(", ",
                                new java.util.TreeSet<>(TREND_FLAGS)) + ", separated by spaces");
                    }
                }
            }
            case "month", "weekday" -> {
                int max = kind.equals("month") ? 12 : 7;
                if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
                    throw new LexiconException(source, line, col, kind + " '" + term + "' needs its number, 1 to "
                            + max + ", found '" + value + "'");
                }
            }
            case "calendar" -> {
                if (!List.of("day", "night", "week", "month", "year", "cumulative", "onset", "into", "between", "through")
                        .contains(value)) {
                    throw new LexiconException(source, line, col, "calendar '" + term
                            + "' must be day, night, week, month, year, cumulative, onset, into, between or through, found '" + value + "'");
                }
                if (!extra.isEmpty() && !extra.matches("[+-]?\\d{1,3}")) {
                    throw new LexiconException(source, line, col + value.length() + 1, "calendar '" + term
                            + "' needs a whole offset such as -1, found '" + extra + "'");
                }
            }
            default -> {
                // other kinds take free text
            }
        }
    }

    private static long lineOf(Exception e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String cleanMessage(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.replaceFirst("^java\\.io\\.IOException: ", "");
    }

    /** The calendar tables (months, weekdays, relative phrases, running-total cues). */
    private static org.claimtally.calendar.CalendarWords calendarWords(Map<String, Map<String, String[]>> rows) {
        Map<String, Integer> months = new HashMap<>();
        rows.getOrDefault("month", Map.of()).forEach((k, v) -> months.put(k, Integer.parseInt(v[0])));
        Map<String, java.time.DayOfWeek> weekdays = new HashMap<>();
        rows.getOrDefault("weekday", Map.of()).forEach((k, v) -> weekdays.put(k, java.time.DayOfWeek.of(Integer.parseInt(v[0]))));
        Map<String, org.claimtally.calendar.CalendarWords.Relative> relatives = new HashMap<>();
        Set<String> cumulative = new HashSet<>();
        Set<String> into = new HashSet<>();
        Set<String> between = new HashSet<>();
        Set<String> onset = new HashSet<>();
        Set<String> through = new HashSet<>();
        rows.getOrDefault("calendar", Map.of()).forEach((k, v) -> {
            switch (v[0]) {
                case "cumulative" -> cumulative.add(k);
                case "into" -> into.add(k);
                case "between" -> between.add(k);
                case "onset" -> onset.add(k);
                case "through" -> through.add(k);
                default -> relatives.put(k, new org.claimtally.calendar.CalendarWords.Relative(
                        org.claimtally.calendar.CalendarWords.Unit.valueOf(v[0].toUpperCase(Locale.ROOT)),
                        v[1].isEmpty() ? 0 : Integer.parseInt(v[1])));
            }
        });
        return new org.claimtally.calendar.CalendarWords(months, weekdays, relatives, cumulative, into, between, onset, through);
    }

    public org.claimtally.calendar.CalendarWords calendar() {
        return calendar;
    }

    // ---- look-ups used by the extractor ----

    public String description() {
        return description;
    }

    public boolean isCategory(String name) {
        return categories.containsKey(name);
    }

    /** People words and the part of a toll each names, written one way ("kid": "children"). */
    public Map<String, String> subgroups() {
        return subgroups;
    }

    /** Subgroups that may be the whole of a toll (soldiers, civilians), not a part of it. */
    public Set<String> wholeSubgroups() {
        return wholeSubgroups;
    }

    /** Whether a word (lower case) is of a class of function words the grammar consults. */
    boolean is(WordClass c, String lower) {
        return wordClasses.get(c).contains(lower);
    }

    /** The first words of the lexicon's demonyms ("russian"): names of peoples, not of places. */
    public Set<String> demonymWords() {
        return demonyms.firstWords();
    }

    /** The words of a class, for the stages after extraction (which do not read the lexicon). */
    public Set<String> words(WordClass c) {
        return wordClasses.get(c);
    }

    /** Function words that may stand between a figure and its noun: "3,001 more troops". */
    boolean nounModifier(String lower) {
        return nounModifiers.contains(lower);
    }

    /** Words too common to tell two sentences' events apart. */
    public Set<String> stopwords() {
        return stopwords;
    }

    /** Relative time words, in the lexicon's order: different ones anchor different facts. */
    public List<String> relativeTimes() {
        return relativeTimes;
    }

    /** Whether the category counts people, so the people rules (verbs, parts, ratios) apply to it. */
    public boolean isPeople(String category) {
        return peopleCategories.contains(category);
    }

    /**
     * The categories of a loss's toll: its actor is whom a report blames, which reports of one
     * event dispute, and reports revise it as they come in.
     */
    public Set<String> tollCategories() {
        return tollCategories;
    }

    /**
     * The category of figures that count people of several people categories at once ("killed and
     * wounded", "deaths and injuries"), or null when the lexicon names none.
     */
    String combinedCategory() {
        return combinedCategory;
    }

    public boolean isCore(String category) {
        return Boolean.TRUE.equals(categories.get(category));
    }

    public List<String> categories() {
        return new ArrayList<>(categories.keySet());
    }

    /** Category of a counted noun, trying the plural forms "drones", "casualties", "buses". */
    String nounCategory(String lower) {
        return lemmaLookup(nouns, lower);
    }

    /**
     * Whether the counted noun (any form) counts people only when people are named with it:
     * lexicon noun rows flagged {@code people} ("losses" of soldiers, not of a bank).
     */
    boolean needsPeople(String lower) {
        return !nounsWithPeople.isEmpty() && lemmaLookup(nounsWithPeople, lower) != null;
    }

    /** True for a counted noun in the form the lexicon lists it, the singular ("year", not "years"). */
    boolean singularNoun(String lower) {
        return nouns.containsKey(lower);
    }

    /** Default category of a people noun, or null when the word is not one. */
    String personCategory(String lower) {
        return lemmaLookup(persons, lower);
    }

    /**
     * Whether a people verb of {@code verbCategory} decides what the people noun counts: any verb,
     * unless the lexicon row names the verb categories that do ({@code person,home,buildings,affected}).
     */
    boolean verbDecides(String lower, String verbCategory) {
        String only = lemmaLookup(personVerbs, lower);
        return only == null || flags(only).contains(verbCategory);
    }

    private static String lemmaLookup(Map<String, String> map, String w) {
        String v = map.get(w);
        if (v != null || w.length() < 3) {
            return v;
        }
        if (w.endsWith("ies")) {
            v = map.get(w.substring(0, w.length() - 3) + "y");
        }
        if (v == null && w.endsWith("es")) {
            v = map.get(w.substring(0, w.length() - 2));
        }
        if (v == null && w.endsWith("s")) {
            v = map.get(w.substring(0, w.length() - 1));
        }
        return v;
    }

    PhraseTable verbs() {
        return verbs;
    }

    PhraseTable departures() {
        return departures;
    }

    String action(String lower) {
        return actions.get(lower);
    }

    PhraseTable qualifiersBefore() {
        return qualifiersBefore;
    }

    PhraseTable qualifiersAfter() {
        return qualifiersAfter;
    }

    PhraseTable vague() {
        return vague;
    }

    Double scale(String lower) {
        return scales.get(lower);
    }

    boolean gluedScale(String lower) {
        return gluedScales.contains(lower);
    }

    /** Whether the letter scale may stand spaced from its number when written as a capital ("8 B people"). */
    boolean capitalScale(String lower) {
        return capitalScales.contains(lower);
    }

    PhraseTable currencies() {
        return currencies;
    }

    PhraseTable claimVerbs() {
        return claimVerbs;
    }

    boolean timeWord(String lower) {
        return timeWords.contains(lower);
    }

    /** "saturdays": a weekday's possessive whose apostrophe was lost in copying. */
    boolean weekdayPossessive(String lower) {
        return lower.endsWith("s") && weekdayNames.contains(lower.substring(0, lower.length() - 1));
    }

    PhraseTable timeStarts() {
        return timeStarts;
    }

    boolean nameBefore(String lower) {
        return nameBefore.contains(lower);
    }

    /** A word after a number that makes the number a code: "the 90050 ZIP code". */
    boolean nameAfter(String lower) {
        return nameAfter.contains(lower);
    }

    PhraseTable demonyms() {
        return demonyms;
    }

    /** A unit of measure written after a number ("MW", "km", "Hz"). */
    boolean unit(String lower) {
        return units.contains(lower);
    }

    /** A word that ends a street name ("Road", "St"). */
    boolean street(String lower) {
        return streets.contains(lower);
    }

    /** The rise or fall word {@code lower}, or null. */
    TrendWord trend(String lower) {
        return trends.get(lower);
    }

    /** Phrases ending in a trend word that mark no change: "gave up", "set up", "turned down". */
    PhraseTable notTrend() {
        return notTrends;
    }

    /**
     * The hedge a figure as written opens with ("about 14-18" is approx, "~25 – 40" too), or
     * null: ranges keep the qualifier {@code range}, and this tells what hedged them.
     */
    public org.claimtally.model.Qualifier leadingHedge(String figure) {
        Tokens t = Tokenizer.tokenize(figure);
        PhraseTable.Match m = qualifiersBefore.forward(t, 0);
        return m == null || m.to() >= t.size ? null : org.claimtally.model.Qualifier.parse(m.phrase().value());
    }

    /** True when a line starting with {@code lineLower} is page furniture. */
    public boolean boilerplate(String lineLower) {
        for (String prefix : boilerplate) {
            if (lineLower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
