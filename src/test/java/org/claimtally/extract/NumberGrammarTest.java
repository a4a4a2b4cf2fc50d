package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number grammar, table-driven: what each expression means, and what is no figure. */
class NumberGrammarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia launched 29 missiles.                     | 29          | 29          | 29          | exact
            They fired 2,514 shells.                         | 2514        | 2514        | 2514        | exact
            It cost 1.5 million dollars.                     | 1500000     | 1500000     | 1500000     | exact
            It cost $3bn in total.                           | 3000000000  | 3000000000  | 3000000000  | exact
            They sold 25k tickets.                           | 25000       | 25000       | 25000       | exact
            Profit reached RM3.06mil last year.              | 3060000     | 3060000     | 3060000     | exact
            The fund raised 5 mil dollars.                   | 5000000     | 5000000     | 5000000     | exact
            There were twenty-five thousand troops.          | 25000       | 25000       | 25000       | exact
            She counted one hundred and twelve bodies.       | 112         | 112         | 112         | exact
            About four people were killed.                   | 4           |             |             | approx
            More than 150 drones were launched.              | 150         | 150         |             | min
            Nearly 400 drones were launched.                 | 400         |             | 400         | max
            Up to 30 missiles were fired.                    | 30          |             | 30          | max
            Some 40 people were hurt.                        | 40          |             |             | approx
            An estimated 300 people were displaced.          | 300         |             |             | approx
            The 150-plus drones were seen.                   | 150         | 150         |             | min
            It was 20 drones or more.                        | 20          | 20          |             | min
            Between 20 and 30 people were killed.            |             | 20          | 30          | range
            Some 20-30 people were killed.                   |             | 20          | 30          | range
            They saw 20 to 30 drones.                        |             | 20          | 30          | range
            It cost $1.5-2 million.                          |             | 1500000     | 2000000     | range
            Tens of thousands were displaced.                |             | 10000       | 99999       | vague
            The war killed hundreds of thousands.            |             | 100000      | 999999      | vague
            Dozens of people were wounded.                   |             | 12          | 119         | vague
            Several hundred fighters left.                   |             | 100         | 999         | vague
            They were joined by a dozen soldiers.            | 12          | 12          | 12          | exact
            It took half a million dollars.                  | 500000      | 500000      | 500000      | exact
            Russia holds one-fifth of Ukraine.               | 20          | 20          | 20          | exact
            Russia holds two-thirds of the region.           | 66.67       | 66.67       | 66.67       | exact
            It rose 31 per cent last year.                   | 31          | 31          | 31          | exact
            It rose 31% last year.                           | 31          | 31          | 31          | exact
            There were 55 000 troops.                        | 55000       | 55000       | 55000       | exact
            The talks lasted two-and-a-half hours.           | 2.5         | 2.5         | 2.5         | exact
            Russia lost a couple of hundred people.          | 200         |             |             | approx
            He drove at 15-22 miles per hour.                | null        | 15          | 22          | range
            Fees range from 1 per cent to 1.5 per cent.      | null        | 1           | 1.5         | range
            A fine of $3 billion to $5 billion is likely.    | null        | 3000000000  | 5000000000  | range
            It fell to minus 233 degrees.                    | -233        | -233        | -233        | exact
            It cost US$500,000 in all.                       | 500000      | 500000      | 500000      | exact
            Chipmakers produce sub-7 nanometer chips.        | 7           |             | 7           | max
            It has more than 1000 customers.                 | 1000        | 1000        |             | min
            """)
    void meaning(String sentence, String valueText, Double low, Double high, String qualifier) {
        Double value = valueText == null || valueText.equals("null") ? null : Double.valueOf(valueText);
        List<Claim> claims = Extract.claims(sentence);
        assertThat(claims).as("claims in: %s", sentence).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.qualifier()).isEqualTo(Qualifier.parse(qualifier));
        assertThat(c.value()).isEqualTo(value);
        assertThat(c.low()).isEqualTo(low);
        assertThat(c.high()).isEqualTo(high);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Russia invaded Ukraine in February 2022.",
        "It happened in 2014.",
        "The meeting is on 4/5/17 in Geneva.",
        "The talks start at 10:30 in Geneva.",
        "The talks start at 7 p.m. local time.",
        "It was the third round of talks.",
        "He finished 4th in the race.",
        "An Su-34 jet was shot down.",
        "They deployed an S-300 system.",
        "A Kh-101 was fired at Kyiv.",
        "The G7 leaders met.",
        "Article 5 of the treaty applies.",
        "COVID-19 spread fast.",
        "A 41-year-old man was arrested.",
        "The man, aged 41, was arrested.",
        "She, a 10-year-old red-haired girl then, went through camps.",
        "The 10-year-old survived.",
        "A 23-year-old budding English teacher stayed there.",
        "The brothers, 14 and 15 years old, were there.",
        "A girl of 12 years was there.",
        "Call +44 20 7946 0958 for details.",
        "The attack happened on August 21 near Damascus.",
        "It started on 21 August near Damascus.",
        "Sales rose in the 1990s.",
        "NOTE: 1986 year net includes a tax credit.",
        "Growth is expected through at least 1990, executives said.",
        "The deal is for an iPhone 12 Mini.",
        "Its 1985 loss was smaller.",
        "The match ended 3-1 in the rain.",
        "It was tied at 89-89 with a minute left.",
    })
    void noFigure(String sentence) {
        assertThat(Extract.claims(sentence)).as("claims in: %s", sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ukraine accused Russia of launching 29 missiles overnight.       | missiles   | launched
            The strike killed four people.                                   | killed     | killed
            At least 2,514 killed in the war.                                | killed     | killed
            He said 25 missiles were successfully intercepted.               | missiles   | intercepted
            Russia and Ukraine agreed to exchange 314 prisoners of war.      | prisoners  | exchanged
            The talks lasted around six hours.                               | duration_hours |
            Russia dropped 109 guided aerial bombs.                           | bombs      | dropped
            Dozens of people were wounded in the attack.                     | injured    | injured
            The death toll was at least 24 on Saturday.                      | killed     | killed
            About 3.7 million people were internally displaced.              | displaced  | displaced
            It was a six-year-old conflict.                                  | duration_years |
            It ended the 10-year-old armed conflict in the region.           | duration_years |
            The debt has an average life of 7.11 years.                      | duration_years |
            They suffered two to two-and-a-half casualties for every soldier lost. | count     |
            Several hundred fighters were granted safe passage.              | troops     | evacuated
            Hundreds of insurgents and their families were granted safe passage. | displaced | evacuated
            Sales were reported on a 52-week basis.                          | duration_weeks |
            Bombing of a bus convoy kills wounds dozens outside Aleppo       | casualties | killed and wounded
            Soldiers killed in the war with Russia was estimated at 55,000.  | killed     | killed
            """)
    void whatIsCounted(String sentence, String category, String action) {
        List<Claim> claims = Extract.claims(sentence);
        assertThat(claims).as("claims in: %s", sentence).hasSize(1);
        assertThat(claims.get(0).category()).isEqualTo(category);
        assertThat(claims.get(0).action()).isEqualTo(action == null ? "" : action);
    }

    /** A plural right after the number heads its phrase; a noun further on is another figure's. */
    @org.junit.jupiter.api.Test
    void thePluralAfterTheNumberIsWhatItCounts() {
        Claim two = Extract.only("The two organizations put Ukrainian losses at around 200,000.", "two");
        assertThat(two.category()).isEqualTo("count");
        assertThat(Extract.only("The two organizations put Ukrainian losses at around 200,000.", "200,000").qualifier())
                .isEqualTo(Qualifier.APPROX);
    }

    @org.junit.jupiter.api.Test
    void theBaseOfARatioCountsNothing() {
        assertThat(Extract.claims("The rate is 12 deaths per 100,000 people.")).extracting(Claim::core)
                .containsExactly(false, false);
    }

    @org.junit.jupiter.api.Test
    void scientificNotationIsOneNumber() {
        assertThat(Extract.only("Avogadro's number is 6.02 x 10^23 per mole.", "6.02").value()).isEqualTo(6.02e23);
        assertThat(Extract.only("The sun's mass is 1.99×10³⁰ kilograms.", "1.99").value()).isEqualTo(1.99e30);
        assertThat(Extract.only("The rate was 1.5×10−3 per day.", "1.5").value()).isEqualTo(1.5e-3);
    }

    @org.junit.jupiter.api.Test
    void qualifierDistributesOverCoordination() {
        List<Claim> claims = Extract.claims("Casualties reached at least 2,514 killed and 12,142 injured.");
        assertThat(claims).extracting(Claim::qualifier).containsExactly(Qualifier.MIN, Qualifier.MIN);
        assertThat(claims).extracting(Claim::category).containsExactly("killed", "injured");
    }

    /** Found by fuzzing: a hedge on one line was joined to a figure lines below it. */
    @org.junit.jupiter.api.Test
    void hedgeNeverCrossesALineBreak() {
        Claim c = Extract.only("More than\n\n150 drones were launched.", "150");
        assertThat(c.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(c.quote()).isEqualTo("150 drones were launched");
    }

    /** Found by fuzzing: ".1.5" made a token the number parser rejected with an exception. */
    @org.junit.jupiter.api.Test
    void leadingDotTwiceIsTwoNumbersNotACrash() {
        assertThat(Extract.claims("Rates were .1.5 and .001 per cent.")).extracting(Claim::value).contains(0.001);
    }

    /** Found by fuzzing: the sentence model split "More | than 150", and the quote began before its sentence. */
    @org.junit.jupiter.api.Test
    void hedgeNeverCrossesASentenceBoundary() {
        String text = "Bet\u7965n 20een 20 anbt\u0000\u001315 people; $ an\u0000\u001315 people;"
                + "\u0000".repeat(7) + "\u0451".repeat(5) + "\u0000tt1.5-\"More than 150 drones,\" Tt ` million; as";
        List<Claim> claims = Extract.claims(text);
        assertThat(claims).extracting(Claim::quote).anyMatch(q -> q.contains("150 drones"));
        for (Claim c : claims) {
            assertThat(c.start()).isGreaterThanOrEqualTo(c.sentenceStart());
            assertThat(c.end()).isLessThanOrEqualTo(c.sentenceStart() + c.sentence().length());
        }
    }

    /** Found by fuzzing: "one" at a line's end and "hundred" on the next were read as one figure. */
    @org.junit.jupiter.api.Test
    void numberWordsNeverCrossALineBreak() {
        List<Claim> claims = Extract.claims("The count was one\nhundred drones were launched.");
        assertThat(claims).extracting(Claim::quote).noneMatch(q -> q.contains("\n"));
    }

    /** The sentence model may split inside "$1 million to $1.25 million"; the figure joins the parts again. */
    @org.junit.jupiter.api.Test
    void aFigureJoinsSentencesTheModelSplitInside() {
        String text = "Homes from $750,000 to $1 million stay an average of 70 days; $1 million to $1.25 million, "
                + "99 days; $1.25 million to $1.5 million, 108 days.";
        List<Claim> claims = Extract.claims(text);
        assertThat(claims).anyMatch(c -> Double.valueOf(1_000_000).equals(c.low())
                && Double.valueOf(1_250_000).equals(c.high()));
        for (Claim c : claims) {
            assertThat(c.end()).isLessThanOrEqualTo(c.sentenceStart() + c.sentence().length());
        }
    }

    /** Found by fuzzing: "killed and" at a line's end joined "injured" on the next into one verb phrase. */
    @org.junit.jupiter.api.Test
    void phrasesNeverCrossALineBreak() {
        Claim c = Extract.only("Officials said 2,514 killed and\n\ninjured were counted.", "2,514");
        assertThat(c.quote()).doesNotContain("\n");
        assertThat(c.end()).isLessThanOrEqualTo(c.sentenceStart() + c.sentence().length());
    }

    /** "On the day of the talks" names an event, not a window: it must not match "since the start of the day". */
    @org.junit.jupiter.api.Test
    void theDayOfAnEventIsNoTimeWindow() {
        Claim c = Extract.only("Russia unleashed 29 missiles on the day of the Geneva talks.", "29");
        assertThat(c.time()).isEmpty();
        assertThat(c.action()).isEqualTo("launched");
        assertThat(c.actor()).isEqualTo("Russia");
        assertThat(Extract.only("Russia had fired 28 missiles since the start of the day.", "28").time())
                .isEqualTo("since the start of the day");
    }

    /** A year-like number before a plural or collective noun is a count: "2000 police", "1500 troops". */
    @ParameterizedTest
    @ValueSource(strings = {"Some 2000 soldiers were deployed.", "About 1500 troops crossed the border.",
        "The fire destroyed 1200 homes.", "It lasted 2000 years."})
    void yearLikeCountsBeforePluralNouns(String sentence) {
        assertThat(Extract.claims(sentence)).as("claims in: %s", sentence).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void byThenToIsAChangeAndALevelNotARange() {
        List<Claim> claims = Extract.claims("The deficit increased by $43.6 billion to $419.2 billion.");
        assertThat(claims).extracting(Claim::value).containsExactly(43.6e9, 419.2e9);
    }

    @org.junit.jupiter.api.Test
    void accusedSplitsClaimantAndActor() {
        Claim c = Extract.only("Russia, meanwhile, accused Ukraine of launching more than 150 drones overnight.", "150");
        assertThat(c.claimant()).isEqualTo("Russia");
        assertThat(c.actor()).isEqualTo("Ukraine");
        assertThat(c.time()).isEqualTo("overnight");
    }

    @org.junit.jupiter.api.Test
    void pronounClaimantResolvesToLastSpeaker() {
        String text = "Civilian deaths rose, according to the UN. Deaths reached 2,514 in 2025, it said.";
        assertThat(Extract.only(text, "2,514").claimant()).isEqualTo("UN");
    }

    /** Rises and falls (the NewsQuant "change" labels); the level a change arrives at has none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports rose 5% last year.                             | 5%       | up
            Sales jumped 90 per cent to $7.2 billion.              | 90 per   | up
            Sales jumped 90 per cent to $7.2 billion.              | 7.2      | none
            Shares were up nearly 57% this year.                   | 57%      | up
            Shares are up 57% after plummeting 65% last year.      | 65%      | down
            The index slipped 4.1 pct to 48.09.                    | 4.1      | down
            Chrysler shares were gaining 46 pct on Monday.         | 46       | up
            Output saw a 31 per cent increase.                     | 31       | up
            Navy units sank six boats.                             | six      | none
            Russia launched 29 missiles.                           | 29       | none
            """)
    void trend(String sentence, String within, String trend) {
        assertThat(Extract.only(sentence, within).trend().label()).isEqualTo(trend.equals("none") ? "" : trend);
    }
}
