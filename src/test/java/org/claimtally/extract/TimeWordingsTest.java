package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtally.extract.PartsTest.at;

import org.junit.jupiter.api.Test;

/** Time phrases that name a period or point back to a day already given (invented sentences). */
class TimeWordingsTest {

    @Test
    void theStartOfANamedPeriodAnchorsTheFigure() {
        assertThat(at("Rebels have fired 9,000 shells since the beginning of the siege.", "9,000").time())
                .isEqualTo("since the beginning of the siege");
        assertThat(at("Since the start of the full-scale offensive, 4,000 homes were hit.", "4,000").time())
                .isEqualTo("Since the start of the full-scale offensive");
        assertThat(at("Since the start of the war against the rebels, 300 soldiers died.", "300").time())
                .startsWith("Since the start of the war");
    }

    @Test
    void thatNightAndRecentWeeksAreTimes() {
        assertThat(at("That night, the army fired 14 rockets at the town.", "14").time()).isEqualTo("That night");
        assertThat(at("In recent days, 800 people fled the valley.", "800").time()).isEqualTo("recent days");
        assertThat(at("Over recent months 40 journalists were detained.", "40").time()).contains("recent months");
    }

    @Test
    void aWeekdaysPossessiveWithoutItsApostropheDatesTheEvent() {
        assertThat(at("Fridays shelling of the market killed 17 people, medics said.", "killed 17").time()).isEqualTo("Fridays");
        assertThat(at("Monitors said Tuesdays raid left 9 fighters dead.", "9 fighters").time()).isEqualTo("Tuesdays");
        // the habitual plural is no day: "on Saturdays and Sundays"
        assertThat(at("The shop sold 300 loaves on Saturdays and Sundays.", "300 loaves").time()).isEmpty();
    }

    @Test
    void aDayBeforeAClauseOfAnotherTimeIsNotTheFiguresDay() {
        assertThat(at("Aid convoys moved again on Monday, two days after a car bomb killed 31 people.", "killed 31").time())
                .isEmpty();
        assertThat(at("The port reopened on 4 March weeks before shelling destroyed 80 homes.", "80 homes").time()).isEmpty();
        // the clause closed before the figure: the day is the figure's
        assertThat(at("On Tuesday, after hours of shelling, 12 people were killed.", "12 people").time()).isEqualTo("Tuesday");
        // "a year before" is an adverb, not a clause
        assertThat(at("Sales rose in May from a year before and orders rose 15 pct.", "15 pct").time()).isEqualTo("May");
    }

    @Test
    void sinceAfterASuperlativeComparesAndDatesNothing() {
        assertThat(at("Exports rose 8 pct to 4.1 mln tonnes, the highest level since 1979.", "4.1 mln").time()).isEmpty();
        assertThat(at("The raid killed 44 people, the deadliest attack on the city since March 2019.", "killed 44").time())
                .isEmpty();
        assertThat(at("In May, output fell 3 pct, the sharpest drop since early 2009.", "3 pct").time()).isEqualTo("May");
        // without a superlative "since" is a running total
        assertThat(at("Since 2019, 4,000 homes were destroyed.", "4,000").time()).isEqualTo("Since 2019");
    }

    @Test
    void aHeadlineDropsTheArticleOfARunningPeriod() {
        assertThat(at("Some 40,000 soldiers killed since start of war, minister says", "Some 40,000").time())
                .isEqualTo("since start of war");
        assertThat(at("Over 900 drones downed since beginning of offensive", "Over 900").time())
                .isEqualTo("since beginning of offensive");
        // "as of" names no period's bound: its noun needs its article
        assertThat(at("Stocks stood at 25 pct as of close of trade.", "25 pct").time()).doesNotContain("as of close");
    }
}
