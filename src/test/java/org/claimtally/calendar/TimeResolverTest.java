package org.claimtally.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimtally.extract.Lexicon;
import org.claimtally.model.Scope;
import org.claimtally.model.When;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Time phrases resolved against a publication date; the wordings are invented. */
class TimeResolverTest {
    static final CalendarWords WORDS = Lexicon.builtin().calendar();
    static final TimeResolver R = new TimeResolver(WORDS);
    /** A Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "on Saturday                    | 2025-03-08 | 2025-03-08 | INCIDENT",
        "Wednesday                      | 2025-03-12 | 2025-03-12 | INCIDENT",
        "Saturdays                      | 2025-03-08 | 2025-03-08 | INCIDENT",
        "overnight into Tuesday         | 2025-03-10 | 2025-03-11 | INCIDENT",
        "late on Monday night           | 2025-03-10 | 2025-03-11 | INCIDENT",
        "overnight                      | 2025-03-11 | 2025-03-12 | INCIDENT",
        "yesterday                      | 2025-03-11 | 2025-03-11 | INCIDENT",
        "earlier today                  | 2025-03-12 | 2025-03-12 | INCIDENT",
        "on March 3                     | 2025-03-03 | 2025-03-03 | INCIDENT",
        "3 Mar                          | 2025-03-03 | 2025-03-03 | INCIDENT",
        "on 17th March                  | 2025-03-17 | 2025-03-17 | INCIDENT",
        "December 28                    | 2024-12-28 | 2024-12-28 | INCIDENT",
        "February 9, 2023               | 2023-02-09 | 2023-02-09 | INCIDENT",
        "in 2024                        | 2024-01-01 | 2024-12-31 | PERIOD",
        "in June 2022                   | 2022-06-01 | 2022-06-30 | PERIOD",
        "last month                     | 2025-02-01 | 2025-02-28 | PERIOD",
        "last week                      | 2025-03-03 | 2025-03-09 | PERIOD",
        "this year                      | 2025-01-01 | 2025-03-12 | PERIOD",
        "between May 2021 and August 2023 | 2021-05-01 | 2023-08-31 | PERIOD",
        "the March 4 to 5 strike        | 2025-03-04 | 2025-03-05 | INCIDENT",
        "on 9-10 March                  | 2025-03-09 | 2025-03-10 | INCIDENT",
        "from 2 to 3 March              | 2025-03-02 | 2025-03-03 | INCIDENT",
        "on March 1 through 6           | 2025-03-01 | 2025-03-06 | PERIOD",
        "since 2019                     | 2019-01-01 | 2025-03-12 | CUMULATIVE",
        "so far this year               | 2025-01-01 | 2025-03-12 | CUMULATIVE",
    })
    void resolves(String phrase, String from, String to, Scope scope) {
        When w = R.resolve(phrase.strip(), PUBLISHED);
        assertThat(w.from()).as(phrase).isEqualTo(LocalDate.parse(from));
        assertThat(w.to()).as(phrase).isEqualTo(LocalDate.parse(to));
        assertThat(w.scope()).as(phrase).isEqualTo(scope);
    }

    @Test
    void aRunningTotalWithoutAStartIsOpenUpToPublication() {
        When w = R.resolve("since the start of the invasion", PUBLISHED);
        assertThat(w.from()).isNull();
        assertThat(w.to()).isEqualTo(PUBLISHED);
        assertThat(w.scope()).isEqualTo(Scope.CUMULATIVE);
    }

    @Test
    void aCueJustBeforeThePhraseMakesATotal() {
        When w = R.resolve("in 2014", "has displaced thousands since it erupted ", PUBLISHED);
        assertThat(w.scope()).isEqualTo(Scope.CUMULATIVE);
        assertThat(w.from()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(w.to()).isEqualTo(PUBLISHED);
    }

    /** A verb of onset dates when a running total began: the period it governs opens the total. */
    @ParameterizedTest(name = "{0} … {1}")
    @CsvSource(delimiter = '|', value = {
        "in 2014         | the conflict, which began with street protests ",
        "in March 2019   | since the uprising that broke out ",
        "in 2016         | the insurgency, which started ",
        "in 2012         | a war that erupted ",
    })
    void anOnsetVerbMakesTheFigureARunningTotal(String phrase, String before) {
        When w = R.resolve(phrase, before, PUBLISHED);
        assertThat(w.scope()).isEqualTo(Scope.CUMULATIVE);
        assertThat(w.to()).isEqualTo(PUBLISHED);
    }

    /** An onset dated to a day is an incident's start ("started at dawn on Tuesday"), not a total's. */
    @Test
    void anOnsetOfADayStaysTheIncident() {
        assertThat(R.resolve("on Tuesday", "the shelling, which started at dawn ", PUBLISHED).scope())
                .isEqualTo(Scope.INCIDENT);
        // beyond its clause the verb governs nothing
        assertThat(R.resolve("in 2023", "began, and later the floods of the long wet season struck ", PUBLISHED)
                .scope()).isEqualTo(Scope.PERIOD);
    }

    @Test
    void withoutAPublicationDateOnlyWhatThePhraseFixesIsResolved() {
        assertThat(R.resolve("on Friday", null)).isEqualTo(new When(null, null, Scope.INCIDENT));
        assertThat(R.resolve("in 2019", null).from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(R.resolve("last month", null)).isEqualTo(new When(null, null, Scope.PERIOD));
        assertThat(R.resolve("", PUBLISHED)).isEqualTo(When.UNKNOWN);
    }

    @Test
    void impossibleDatesAreNotInvented() {
        assertThat(R.resolve("February 30", PUBLISHED).known()).isFalse();
    }
}
