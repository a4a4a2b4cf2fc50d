package org.claimtally.event;

/**
 * Every tunable number of the grouping into facts, named, with the reason for its value.
 * The weights of {@link #similarity} add up to one.
 */
public record GroupingPolicy(double link, double valueWeight, double timeWeight, double claimantWeight, double namesWeight,
                      double wordsWeight, double maxSpread, int incidentSlackDays,
                      int reportWindowDays, int periodWindowDays, int candidatesPerKey, int candidatesPerClaim,
                      int localScan, int summaryNames, int summaryWords, int maxLinks, double distinctiveName,
                      double minSharedNames, int leadChars, int leadNames, double sameDayTime, double undatedTime,
                      double unknownClaimant, double otherClaimant, double fullWords, double fullNames,
                      double sameFigure, double nearFigure, double revisedFigure, int placeGap, int placesKept,
                      int placeWords, int backgroundDays, double bridge,
                      int bridgeDocs, double countSpread, double otherPlace, double companionFigure,
                      int companionReach) {

    /**
     * The defaults:
     * <ul>
     * <li>link 0.5: a fact joins when half the evidence points to it;</li>
     * <li>value 0.25, time 0.15, claimant 0.1, names 0.3, words 0.2: what the event is (its places
     *     and incident words) matters more than the figure, since a toll that rises across reports
     *     is one fact with many figures;</li>
     * <li>max spread 10: figures of one fact stay within a factor of ten (a morning's 12 and an
     *     evening's 110 are one toll; 31 people and 280,000 war dead are not);</li>
     * <li>incident slack 1 day: a strike reported "Tuesday" and "overnight into Wednesday" can be one;</li>
     * <li>report window 3 days: an incident is reported for a few days, then becomes another story;</li>
     * <li>period window 45 days: an estimate over a stated period is quoted for weeks;</li>
     * <li>25 candidates a key, 100 a claim: the most recent facts sharing a key are the likely ones,
     *     and bounded work per claim keeps grouping linear;</li>
     * <li>local scan 8: a document states a handful of distinct tolls of one kind;</li>
     * <li>summaries of 64 names and 128 words: enough to recognise an event, bounded per fact;</li>
     * <li>10 explained joins per fact: more than a reader reads;</li>
     * <li>distinctive name 0.4: a name in more than this share of the run's documents (a country
     *     every article names) is weak evidence of one event;</li>
     * <li>min shared names 0.3: without words in common, two reports need at least one fairly
     *     rare name in common (a town, not the country) to be compared at all (names and shared
     *     words add up to this evidence);</li>
     * <li>lead of 600 characters, 24 names: the headline, dateline and first paragraph name the
     *     event (its town, its monitor, its attackers), which later sentences often leave out;</li>
     * <li>same-day time 0.8: reports of one day without stated days are likely, not surely, one
     *     incident (stated days that meet count 1); undated 0.5: neither for nor against;</li>
     * <li>claimant unknown 0.5 (neither for nor against), another claimant 0.2: sources differ
     *     more often than events do;</li>
     * <li>full words 0.5: two sentences sharing half their content words tell of one event;
     *     full names 1: one rare name shared (weights are squared inverse frequencies) is full evidence;</li>
     * <li>same figure 0.999: ratios this close are one number written twice; near figure 0.8: a
     *     figure revised counts less than one repeated, however close;</li>
     * <li>revised figure 0.5: between core figures stated as numbers (within the spread, which
     *     the vetoes check), a different figure is neither for nor against one event, since tolls
     *     are revised as reports come in; vague words ("thousands", "millions") get no such credit,
     *     since they name scales, not revisions.</li>
     * <li>place gap 4: between a preposition and the place it introduces stand at most a few
     *     lower-case words ("in the northern city of …"); 4 places kept a sentence: a sentence
     *     names its event's town, district and province, rarely more; 3 words a place ("Khan
     *     Sheikhoun", "Salah al-Din"): text stripped of its punctuation runs a place into the next name.</li>
     * <li>background 7 days: an event stated to have ended more than a week before a report
     *     whose figures state no day is background (an earlier attack, last year's total), not
     *     the news the report's undated figures tell; a week keeps a strike of last Saturday,
     *     reported on Thursday, within reach.</li>
     * <li>bridge 0.5: a report linking to two open facts as strongly as a join needs shows them
     *     to be one event, so they merge; bridge documents 25: not when both were joined by more
     *     reports than this, which kept them apart many times over (and each check stays bounded).</li>
     * <li>companion figure 10: a second figure of a sentence ("71 missiles and 450 drones")
     *     stated again in another report's sentence tells of one event as surely as a rare place;
     *     small counts ("two killed, three wounded") coincide across a day's reports by chance,
     *     so only figures of ten or more count; companion reach 3: the figures stated next to a
     *     figure (three on each side) are its companions, which bounds the work of a sentence of
     *     thousands of figures.</li>
     * </ul>
     */
    public static final GroupingPolicy DEFAULT = new GroupingPolicy(0.5, 0.25, 0.15, 0.1, 0.3, 0.2, 10, 1, 3, 45, 25,
            100, 8, 64, 128, 10, 0.4, 0.3, 600, 24, 0.8, 0.5, 0.5, 0.2, 0.5, 1, 0.999, 0.8, 0.5, 4, 4, 3, 7, 0.5, 25, 2, 0.8, 10, 3);
}
