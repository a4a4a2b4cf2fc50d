package org.claimtally.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words the grouping reads, from the lexicon (the pipeline builds this from it; the
 * grouping holds no word list of its own):
 * <ul>
 * <li>{@code subgroups}: a people word and the part of a toll it names, written one way
 *     ("kid" and "minors" are both "children"), so two reports of children killed meet;</li>
 * <li>{@code wholes}: subgroups that may be the whole of a toll (soldiers, civilians), not a part;</li>
 * <li>{@code stopwords}: words too common to tell two sentences' events apart;</li>
 * <li>{@code weekdays} (1 = Monday) and {@code months} (1-12): time anchors of one kind that
 *     differ keep two figures apart;</li>
 * <li>{@code relative}: relative time words ("overnight", "since the start of the day") that do the same;</li>
 * <li>{@code tolls}: categories of a loss's toll. Its actor is whom a report blames ("killed
 *     by army shelling" in one report, "by rebel fire" in another), which reports of one event
 *     dispute, so a differing actor or action word does not keep them apart; and reports revise
 *     it as they come in, so an article's other figures of it are revisions, where two figures
 *     of troops or prisoners in one article are two quantities.</li>
 * <li>{@code locatives}: prepositions before a place ("in", "near"): the names after them say
 *     where a fact's event was, for the reader (grouping does not rely on them: a city and its
 *     district are different names of one place); {@code peoples}: names of peoples
 *     ("Syrian", "Ukrainians"), which follow "in" without being places ("in Syrian air strikes");
 *     {@code placeWords}: the kinds of place that may stand between them ("in the town of …");
 *     {@code personTitles}: titles that open a person's name, never a place's ("in President …");</li>
 * <li>{@code shifts}: words that turn a report to another incident ("meanwhile", "elsewhere"):
 *     a toll after one in its sentence is not a revision of the article's tolls before it;
 *     {@code placeShifts} ("meanwhile") do so only in a sentence naming a place the toll's
 *     sentences did not.</li>
 * </ul>
 */
public record GroupingWords(Map<String, String> subgroups, Set<String> wholes, Set<String> stopwords,
                            Map<String, Integer> weekdays, Map<String, Integer> months, List<String> relative,
                            Set<String> tolls, Set<String> shifts, Set<String> placeShifts, Set<String> locatives,
                            Set<String> peoples,
                            Set<String> placeWords, Set<String> personTitles) {
    /** Relative words beyond this many are not told apart (they are kept in a bit mask). */
    static final int MAX_RELATIVE = 31;

    public GroupingWords {
        subgroups = Map.copyOf(Objects.requireNonNull(subgroups, "subgroups"));
        wholes = Set.copyOf(Objects.requireNonNull(wholes, "wholes"));
        stopwords = Set.copyOf(Objects.requireNonNull(stopwords, "stopwords"));
        tolls = Set.copyOf(Objects.requireNonNull(tolls, "tolls"));
        shifts = Set.copyOf(Objects.requireNonNull(shifts, "shifts"));
        placeShifts = Set.copyOf(Objects.requireNonNull(placeShifts, "placeShifts"));
        locatives = Set.copyOf(Objects.requireNonNull(locatives, "locatives"));
        peoples = Set.copyOf(Objects.requireNonNull(peoples, "peoples"));
        placeWords = Set.copyOf(Objects.requireNonNull(placeWords, "placeWords"));
        personTitles = Set.copyOf(Objects.requireNonNull(personTitles, "personTitles"));
        weekdays = Map.copyOf(Objects.requireNonNull(weekdays, "weekdays"));
        months = Map.copyOf(Objects.requireNonNull(months, "months"));
        relative = List.copyOf(Objects.requireNonNull(relative, "relative"));
        if (relative.size() > MAX_RELATIVE) {
            throw new IllegalArgumentException("at most " + MAX_RELATIVE + " relative time words, got " + relative.size());
        }
        for (Map.Entry<String, Integer> e : weekdays.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > 7) {
                throw new IllegalArgumentException("weekday '" + e.getKey() + "' needs 1 to 7, got " + e.getValue());
            }
        }
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > 12) {
                throw new IllegalArgumentException("month '" + e.getKey() + "' needs 1 to 12, got " + e.getValue());
            }
        }
    }

    /** Without words that turn to another incident, and without the words that name places. */
    public GroupingWords(Map<String, String> subgroups, Set<String> wholes, Set<String> stopwords,
                         Map<String, Integer> weekdays, Map<String, Integer> months, List<String> relative,
                         Set<String> tolls) {
        this(subgroups, wholes, stopwords, weekdays, months, relative, tolls, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of());
    }

    /** The subgroup a word names ("kids": children), or "" when it names none. */
    public String subgroup(String lower) {
        String s = subgroups.get(lower);
        if (s == null && lower.endsWith("s")) {
            s = subgroups.get(lower.substring(0, lower.length() - 1));
        }
        return s == null ? "" : s;
    }

    /** Whether a subgroup is a part of a toll (children, journalists), not possibly its whole. */
    public boolean isPart(String subgroup) {
        return !subgroup.isEmpty() && !wholes.contains(subgroup);
    }
}
