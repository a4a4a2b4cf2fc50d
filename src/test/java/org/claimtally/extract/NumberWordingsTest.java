package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtally.extract.PartsTest.X;
import static org.claimtally.extract.PartsTest.at;

import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.junit.jupiter.api.Test;

/** Numbers written less plainly: both ends with units, scales, signs, years that are counts (invented sentences). */
class NumberWordingsTest {

    @Test
    void bothEndsOfARangeMayCarryAGluedUnitOrCurrency() {
        Claim hz = at("The band runs between 3kHz and 9kHz in tests.", "between 3kHz");
        assertThat(hz.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(hz.low()).isEqualTo(3.0);
        assertThat(hz.high()).isEqualTo(9.0);
        Claim rm = at("Rents run from RM1,200 to RM2,500 a month.", "RM1,200");
        assertThat(rm.low()).isEqualTo(1200.0);
        assertThat(rm.high()).isEqualTo(2500.0);
        Claim ft = at("Rooms measure from 150 sq ft up to 420 sq ft.", "150");
        assertThat(ft.low()).isEqualTo(150.0);
        assertThat(ft.high()).isEqualTo(420.0);
        // different units stay apart
        assertThat(at("It weighs between 5 kg and 8 miles of cable.", "5 kg").qualifier()).isNotEqualTo(Qualifier.RANGE);
    }

    /**
     * A dateline run into its headline without punctuation: the figure after the date opens the
     * headline's own phrase, and is no digit group of a phone or code number.
     */
    @Test
    void aFigureRightAfterADatelinesDateIsAFigure() {
        assertThat(at("Tue 03 Mar 2015 12 dead in heavy raids on the town", "12").value()).isEqualTo(12.0);
        assertThat(at("Fri Jun 5 2019 30 Fighters Killed in Latest Army Offensive", "30").category())
                .isEqualTo("killed");
        assertThat(at("11-04-2018 7 Civilians Killed 25 Injured in Rocket Attacks", "7").category())
                .isEqualTo("killed");
        assertThat(at("Late on Sept 9 40 people were wounded in the blast, medics said.", "40").category())
                .isEqualTo("injured");
        // a run of bare digit groups is still a phone or code number
        assertThat(X.extract("d.txt", "Call +44 20 7946 0958 for 3 tickets.")).extracting(Claim::figure)
                .doesNotContain("20", "7946");
    }

    /** "one" closing a people verb's phrase is a person, with a hedge between as without. */
    @Test
    void aHedgedOneAfterAPeopleVerbIsAPerson() {
        assertThat(at("The blast killed at least one and wounded four.", "killed at least one").low()).isEqualTo(1.0);
        assertThat(at("A drone hit the depot, killing at least one, the mayor said.", "killing at least one")
                .category()).isEqualTo("killed");
        assertThat(at("Shelling wounded more than one in the square.", "wounded more than one").category())
                .isEqualTo("injured");
        // "one of" is a pronoun's, hedged or not
        assertThat(X.extract("d.txt", "The shelling killed at least one of the guards.")).isEmpty();
    }

    /** A capital letter scale may stand spaced from its number; a model name, a class or an initial may not. */
    @Test
    void aSpacedCapitalLetterScale() {
        assertThat(at("About 8 B people live on the planet.", "About 8 B").high()).isNull();
        assertThat(at("About 8 B people live on the planet.", "About 8 B").value()).isEqualTo(8e9);
        assertThat(at("The fund pledged $5 M in aid to the region.", "$5 M").value()).isEqualTo(5e6);
        assertThat(at("The city has 3 M residents and few parks.", "3 M").value()).isEqualTo(3e6);
        // a model's letter glued to digits, a letter after a scale, an initial before a name, a unit
        assertThat(X.extract("d.txt", "The army ordered 140 M809 trucks.")).extracting(Claim::value).contains(140.0);
        assertThat(X.extract("d.txt", "It sold 4 mln B shares.")).extracting(Claim::value).contains(4e6);
        assertThat(X.extract("d.txt", "They met at 5 M Street.")).extracting(Claim::value).doesNotContain(5e6);
        assertThat(X.extract("d.txt", "The wall is 5 m high.")).extracting(Claim::value).doesNotContain(5e6);
    }

    /** A bare number coordinated with a scaled one takes its scale, unless it is large enough to stand alone. */
    @Test
    void aScaleReachesBackOverACoordination() {
        assertThat(X.extract("d.txt", "Revenue was 3 and 5 million dollars respectively in the two years."))
                .extracting(Claim::value).contains(3e6, 5e6);
        assertThat(X.extract("d.txt", "Exports were 1.2 and 1.9 mln tonnes in the two seasons."))
                .extracting(Claim::value).contains(1.2e6, 1.9e6);
        assertThat(X.extract("d.txt", "Notes come in 500,000 and one mln dlrs.")).extracting(Claim::value)
                .contains(500_000.0, 1e6);
        // figures of different orders are no pair: 120 is no share of one million's scale
        assertThat(X.extract("d.txt", "We will hold out with 20,000, 120 or one million volunteers."))
                .extracting(Claim::value).doesNotContain(1.2e8);
    }

    /** A number between a name and its verb of change is the name's ("the Stoxx 600 rose"); a count before such a verb is not. */
    @Test
    void theNumberOfANameThatChanged() {
        assertThat(X.extract("d.txt", "The Korvex 300 rose 1.2% on Monday.")).extracting(Claim::value)
                .containsExactly(1.2);
        assertThat(X.extract("d.txt", "The mx 250 fell sharply in early trade.")).isEmpty();
        assertThat(X.extract("d.txt", "The Dorvask 50 slipped nearly 3% by noon.")).extracting(Claim::value)
                .doesNotContain(50.0);
        // counts: after a hedge or a partitive, or before a noun the verb qualifies, or a change itself
        assertThat(X.extract("d.txt", "More than 300 rose in value.")).extracting(Claim::value).contains(300.0);
        assertThat(X.extract("d.txt", "Of the 500 stocks, 300 rose and 200 fell.")).extracting(Claim::value)
                .contains(300.0, 200.0);
        assertThat(X.extract("d.txt", "The firm will build 17 advanced rail systems.")).extracting(Claim::value)
                .contains(17.0);
        assertThat(X.extract("d.txt", "Shares of the miner closed 15 down at 11.40.")).extracting(Claim::value)
                .contains(15.0);
    }

    /** Fractions: a whole number and a fraction joined by a dash is one number; a fraction of a unit is a measure. */
    @Test
    void mixedNumbersAndFractionsOfAUnit() {
        assertThat(at("Rates will equal 11-1/2 pct next month.", "11-1/2").value()).isEqualTo(11.5);
        assertThat(at("The coupon is 4-1/2 pct to five pct.", "4-1/2").low()).isEqualTo(4.5);
        assertThat(at("Stir in 1/2 cup of flour.", "1/2 cup").value()).isEqualTo(0.5);
        assertThat(at("The path climbs 3/4 mile to the ridge.", "3/4 mile").value()).isEqualTo(0.75);
        assertThat(at("Add half a cup of milk.", "half a cup").value()).isEqualTo(0.5);
        // a share stays a share, a date or a score no fraction
        assertThat(at("One ounce is 1/16 of a pint.", "1/16").value()).isEqualTo(6.25);
        assertThat(X.extract("d.txt", "The shop is open 24/7 all year.")).extracting(Claim::value).doesNotContain(7.0 / 24);
    }

    @Test
    void aScaleAfterTheSecondEndReachesAWordNumberFirstEnd() {
        assertThat(at("The repair will cost two to three million dollars.", "two").low()).isEqualTo(2_000_000.0);
        assertThat(at("They expect four to five billion euros in bids.", "four").low()).isEqualTo(4e9);
    }

    @Test
    void byXToYAfterAChangeIsTheChangeAndTheLevel() {
        assertThat(at("Its share grew by more than one pct to 18 pct.", "more than one pct").qualifier())
                .isEqualTo(Qualifier.MIN);
        assertThat(X.extract("d.txt", "Debt rose by about 3 billion to 90 billion.")).anyMatch(c -> c.value() != null
                && c.value() == 90e9);
    }

    @Test
    void onePerCentIsAShare() {
        assertThat(at("Only one per cent of voters changed their mind.", "one per cent").value()).isEqualTo(1.0);
        assertThat(at("Prices rose one pct in May.", "one pct").category()).isEqualTo("percent");
        assertThat(at("One fourth of the budget went to roads.", "One fourth").value()).isEqualTo(25.0);
    }

    @Test
    void aMinusGluedToANumberIsItsSign() {
        assertThat(at("The drive ended with a loss of -7 yards.", "-7").value()).isEqualTo(-7.0);
        assertThat(at("The index -1.3% trailed its peers.", "-1.3%").value()).isEqualTo(-1.3);
        // a dash between numbers, or a list's dash, is no sign
        assertThat(at("Scores were 5 -3 at the break.", "5").value()).isEqualTo(5.0);
        assertThat(at("Reading:\n-5 people were hurt in the blast.", "5").value()).isEqualTo(5.0);
        assertThat(X.extract("d.txt", "Levels of caesium-134 and -137 rose.")).noneMatch(c -> c.value() != null
                && c.value() == -137);
        // a name split by a stray space stays a name
        assertThat(X.extract("d.txt", "Cases of COVID -19 rose.")).noneMatch(c -> c.value() != null
                && Math.abs(c.value()) == 19);
    }

    @Test
    void aYearLikeNumberBeforeACountIsACount() {
        Claim c = at("The farm hires from 1500 to 1800 pickers each summer.", "1500");
        assertThat(c.low()).isEqualTo(1500.0);
        assertThat(c.high()).isEqualTo(1800.0);
        assertThat(X.extract("d.txt", "Prices rose from 1990 to 2000 in the city.")).isEmpty();
    }

    @Test
    void aPartOfALawIsAName() {
        assertThat(X.extract("d.txt", "Under Part 7 of the Act, owners must register.")).isEmpty();
    }

    @Test
    void whoseStandsBetweenTheFigureAndWhatItCounts() {
        assertThat(at("The ministry sent 6,200 U.S. troops to the base.", "6,200").category()).isEqualTo("troops");
        assertThat(at("The navy fired 44 US cruise missiles at the port.", "44").category()).isEqualTo("missiles");
        assertThat(at("Seventy two Russian drones were downed overnight.", "Seventy").category()).isEqualTo("drones");
        assertThat(at("It paid 31 mln Canadian dlrs for the unit.", "31 mln").category()).isEqualTo("money");
        assertThat(at("Sales reached 2.7 billion U.S. dlrs last year.", "2.7 billion").category()).isEqualTo("money");
    }

    @Test
    void aNumberInBracketsGluedToTheTextIsAFootnote() {
        assertThat(X.extract("d.txt", "Units held their positions near the river.[73] Others advanced.")).isEmpty();
        assertThat(X.extract("d.txt", "As the ministry reported[12], the talks resumed.")).isEmpty();
        // an editor's count in brackets stands apart
        assertThat(at("The raid killed [12] people.", "killed").value()).isEqualTo(12.0);
    }

    @Test
    void aNounTheLexiconListsAsTwoWordsIsReadWithTheWordBeforeIt() {
        assertThat(at("Rebels fired 40 mortar rounds at the capital.", "40").category()).isEqualTo("shells");
        assertThat(at("Gunners fired 300 artillery rounds at the village.", "300").category()).isEqualTo("shells");
        assertThat(at("The army fired 30 Grad rockets at the town.", "30").category()).isEqualTo("shells");
        assertThat(at("They held two rounds of talks.", "two").category()).isEqualTo("count");
    }

    @Test
    void aHedgeRightAfterTheNumberStandsBeforeItsNoun() {
        assertThat(at("The army launched 30 or more drones in each of five strikes.", "30").category()).isEqualTo("drones");
        assertThat(at("Some 300 or so families fled the valley.", "Some 300").category()).isEqualTo("displaced");
        assertThat(at("Bonds that mature in 10 or more years pay more.", "10").category()).isEqualTo("duration_years");
    }

    /** A verb's particle is no hedge: the sides "hand over" exact numbers; "over" alone still hedges. */
    @Test
    void aParticleAfterItsVerbIsNoHedge() {
        assertThat(at("Both sides agreed to hand over 210 captives each.", "210").qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(at("Rebels handed over 35 hostages on Friday.", "35").qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(at("The army took over 12 villages near the river.", "12").qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(at("Over 40 hostages were freed on Friday.", "Over 40").qualifier()).isEqualTo(Qualifier.MIN);
        assertThat(at("Raids killed over 35 people, medics said.", "killed over 35 people").qualifier()).isEqualTo(Qualifier.MIN);
    }

    /** Newswire's singular currency abbreviation before a noun is money: "a 40 mln dlr loan", "a two dlr dividend". */
    @Test
    void theSingularWireAbbreviationIsACurrency() {
        assertThat(at("The firm signed a 40 mln dlr loan on Tuesday.", "40 mln dlr").category()).isEqualTo("money");
        assertThat(at("The board declared a two dlr dividend.", "two dlr").category()).isEqualTo("money");
    }

    /** A fraction of a scale is a count: "a quarter of a million", "three-quarters of a billion"; "a quarter of" alone a share. */
    @Test
    void aFractionOfAScaleIsACount() {
        assertThat(at("More than a quarter of a million people were displaced.", "More than a quarter of a million people were displaced").value())
                .isEqualTo(250_000.0);
        assertThat(at("Some three-quarters of a million people fled.", "Some three-quarters of a million people fled").value())
                .isEqualTo(750_000.0);
        assertThat(at("A quarter of the budget went to defence.", "A quarter").category()).isEqualTo("percent");
    }
}
