package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rises and falls, ranges and the level a change arrives at: one row per rule, most of them
 * regressions found on the NewsQuant sentences and the Reuters corpus.
 */
class ChangesAndRangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A defense that gave up 517 rushing yards lost.                       | 517      | none
            Hosmer added a 30 degree homer to tie the game.                      | 30       | none
            Net profit is Y=590 billion, up Y=50 billion from the estimate.     | 50       | up
            Operating profit was revised upward by Y=40 billion.                 | 40       | up
            Temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit). | 1.8 | down
            Shares of Ross were down 2.3%, Burlington by 2.6% before the bell.   | 2.6%     | down
            Ben-Moshe has only raised 280 million of the 1.5 billion shekels.    | 280      | none
            The company raised 20 mln dlrs when issued in 1985.                  | 20       | none
            The grade was raised 50 cts to 17.85 dlrs a barrel.                  | 50       | up
            Truck sales were off 4.9 pct from a year earlier.                    | 4.9      | down
            The company laid off 500 workers last year.                          | 500      | none
            Migrant workers make up more than half of the labour force.          | half     | none
            Prices could fall another 10 cents a pound, analysts said.          | 10       | down
            The index closed 0.5 pct lower on Friday.                            | 0.5      | down
            """)
    void trend(String sentence, String within, String trend) {
        assertThat(Extract.only(sentence, within).trend().label()).isEqualTo(trend.equals("none") ? "" : trend);
    }

    @Test
    void cuesNameTheTrendWord() {
        assertThat(Extract.only("Exports rose 5% last year.", "5%").cues()).contains("trend: 'rose'");
        assertThat(Extract.only("Temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit).", "1.8")
                .cues()).contains("trend: carried from '1 to 1.5'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The price dropped from $75 U.S. per barrel to $45.88 on December 20.  | 45.88   | 75
            Fuel economy climbed from 21 mpg combined to 23 for FWD models.      | 21      | 23
            Profits rose from 156 mln bolivars in 1985 to 204 mln bolivars last year. | 156000000 | 204000000
            Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am. | 34935 | 36040
            It will boost the range from up to 252 miles to 287 miles next year. | 252     | 287
            Guidance fell to US $84 billion, down from the US $89 to $93 billion projected. | 89000000000 | 93000000000
            They said stock levels could drop 1.3 to four mln barrels.          | 1300000 | 4000000
            Sales are expected to rise 2 to 3 pct next year.                    | 2       | 3
            Earnings should be in the range of 45 cts to 50 cts a share.        | 45      | 50
            The toll was put between 400 and 1200, the monitor said.             | 400     | 1200
            Estimates ran from 1,500 to 2100 dead by the evening.               | 1500    | 2100
            In 1994 3500 to 6000 refugees crossed the border.                    | 3500    | 6000
            """)
    void range(String sentence, double low, double high) {
        List<Claim> ranges = Extract.claims(sentence).stream().filter(c -> c.qualifier() == Qualifier.RANGE).toList();
        assertThat(ranges).as("ranges in: %s", sentence).hasSize(1);
        assertThat(ranges.get(0).low()).isEqualTo(low);
        assertThat(ranges.get(0).high()).isEqualTo(high);
    }

    /** Years stay years when both ends could be years, or the other end is a clock time or a scaled amount. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Between 1990 and 2000 the town grew by a third.",
        "Trading will run between 0720 and 1515 local time.",
        "Output fell 2 pct from 1985 to 119.3 billion yuan.",
    })
    void yearsAndClockTimesMakeNoRangeWithACount(String sentence) {
        assertThat(Extract.claims(sentence)).noneMatch(c -> c.qualifier() == Qualifier.RANGE
                && (c.low() == 1990 || c.low() == 1985 || c.high() == 1515));
    }

    /** "Rose X to Y" is a change and the level it reached, not a range from X to Y (was one on Reuters). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Domestic crude oil production fell 4.0 pct to 94,400 tonnes in 1986.",
        "Engineer Mannesmann eased 3.20 marks to 178.30.",
        "Norcros shares eased 11p to 459p on the announcement.",
        "MAGMA LOWERS COPPER PRICE 0.50 CT TO 65.50 CTS",
        "Government securities outstanding rose 1.09 billion dlrs to 226.42 billion dlrs.",
        "Gasoline stocks rose 2.29 mln barrels to 247.91 mln barrels.",
        "The maturities run from six months to 20 years.",
        "Net income was 23 cts or 203,372 dlrs in the quarter.",
        "Birdseed rose 15 to 205 at Buenos Aires.",
        "Fuji Electric rose 141 to 619.",
    })
    void changeAndLevelAreTwoFigures(String sentence) {
        List<Claim> claims = Extract.claims(sentence);
        assertThat(claims).as("claims in: %s", sentence).hasSize(2).noneMatch(c -> c.qualifier() == Qualifier.RANGE);
    }

    @Test
    void theSecondEndBeingARangeItselfMakesNoSpannedRange() {
        List<Claim> claims = Extract.claims("Spending was cut from 11 pct in 1979 to three or four pct today.");
        assertThat(claims).noneMatch(c -> c.qualifier() == Qualifier.RANGE && Double.valueOf(11).equals(c.high()));
        assertThat(claims).anyMatch(c -> c.qualifier() == Qualifier.RANGE && Double.valueOf(4).equals(c.high()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal was worth up to PS2.7m in all.             | 2700000 | money
            It turned into an PS8.1bn hostile takeover.         | 8100000000 | money
            They paid HK $216,925 (PS21,700) for the flights.   | 21700   | money
            """)
    void transliteratedPoundSign(String sentence, double value, String category) {
        assertThat(Extract.claims(sentence)).anyMatch(c -> Double.valueOf(value).equals(c.pointValue())
                && c.category().equals(category));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "He bought a PS4 console for his son.",
        "In the 90049 ZIP Code prices are high.",
        "They procured thousands of COVID -19 tests.",
    })
    void codesAndModelsAreNoFigures(String sentence) {
        assertThat(Extract.claims(sentence)).as("claims in: %s", sentence)
                .noneMatch(c -> c.value() != null && c.value() > 1 && c.qualifier() == Qualifier.EXACT);
    }

    @Test
    void severalHundredCountsEvenBeforeAStopword() {
        List<Claim> claims = Extract.claims("We need several hundred or even 1,000 megawatts of capacity.");
        assertThat(claims).extracting(Claim::qualifier).containsExactly(Qualifier.VAGUE, Qualifier.EXACT);
        assertThat(claims.get(0).low()).isEqualTo(100);
    }

    @Test
    void aScaleWordLeftOverFromAnUnreadRangeIsNoFigure() {
        List<Claim> claims = Extract.claims("Its value will increase from 24.2 to 33-35 billion euros.");
        assertThat(claims).noneMatch(c -> Double.valueOf(1e9).equals(c.value()));
    }

    /** "Last year", "last month" after a figure say when; they are not what it counts (was duration on Reuters). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Imports were put at 8.00 mln tonnes last month.",
        "Consumption increased to 342,000 bpd last year.",
        "Arianespace signed 18 new contracts last year.",
    })
    void aTimePhraseAfterTheNounIsNotCounted(String sentence) {
        assertThat(Extract.claims(sentence)).singleElement().extracting(Claim::category).isEqualTo("count");
    }

    @Test
    void aCountAfterOnIsNoDayOfTheMonth() {
        Claim c = Extract.only("Based on 37 sales, the median price was $3.1 million.", "3.1");
        assertThat(c.time()).isEmpty();
    }

    @Test
    void aSecondDayJoinsItsMonth() {
        assertThat(Extract.only("It sold 36,000 shares between March 13 and 30 at a loss.", "36,000").time())
                .isEqualTo("March 13 and 30");
        assertThat(Extract.only("The February 2 to 3 strike used 71 missiles.", "71").time())
                .isEqualTo("February 2 to 3");
    }
}
