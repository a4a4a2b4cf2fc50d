package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtally.extract.PartsTest.X;
import static org.claimtally.extract.PartsTest.at;

import org.junit.jupiter.api.Test;

/**
 * What people figures count when the wording is less plain: outages, flight, coordinated
 * verbs and nouns, losses, elided heads, quoted nouns, numbered series (invented sentences,
 * several wordings each).
 */
class PeopleWordingsTest {

    @Test
    void outagesMakePeopleAndHomesAffected() {
        assertThat(at("Some 8,000 households were left without heating in the cold.", "Some 8,000").category())
                .isEqualTo("affected");
        assertThat(at("Nearly 900 homes lost electricity after the strike.", "Nearly 900").category())
                .isEqualTo("affected");
        assertThat(at("Crews said 1,200 households were reconnected by noon.", "1,200").category())
                .isEqualTo("affected");
        assertThat(at("About 300 families are living in tents outside the village.", "About 300").category())
                .isEqualTo("affected");
    }

    @Test
    void outagesNamedBeforeTheFigureAndHospitalStaysAreCounted() {
        assertThat(at("The barrage hit two substations, cutting electricity to 70,000 people.", "electricity to").category())
                .isEqualTo("affected");
        assertThat(at("Engineers hope to reconnect 15,000 households by Sunday.", "reconnect").category())
                .isEqualTo("affected");
        assertThat(at("The strikes deprived 90,000 residents of heat.", "deprived").category()).isEqualTo("affected");
        assertThat(at("The governor said four people were in hospital.", "four").category()).isEqualTo("injured");
        assertThat(at("Nine miners were taken to hospital after the blast.", "Nine").category()).isEqualTo("injured");
        assertThat(at("Medics said 30 people had breathing difficulties after the raid.", "30").category())
                .isEqualTo("injured");
    }

    @Test
    void aPeopleFigureWithoutAVerbSharesTheVerbOfTheFigureAfterIt() {
        assertThat(at("Medics said 12 children and 9 women were among the dead.", "12 children").category())
                .isEqualTo("killed");
        assertThat(at("Officials said 40 soldiers, 15 medics and 8 civilians were wounded.", "40").category())
                .isEqualTo("injured");
        assertThat(at("Officials said 40 soldiers, 15 medics and 8 civilians were wounded.", "15").category())
                .isEqualTo("injured");
        // a figure that is no person keeps its own kind
        assertThat(at("The raid hit 6 houses and 20 people were killed.", "6").category()).isNotEqualTo("killed");
    }

    @Test
    void homesAreNeverPeopleVerbsOtherThanOutages() {
        assertThat(at("Dozens of homes burned in the night.", "Dozens").category()).isNotEqualTo("killed");
        assertThat(at("Shelling destroyed 40 homes in the district.", "40").category()).isEqualTo("buildings");
        assertThat(at("At least 15 houses were damaged, officials said.", "At least 15").category()).isEqualTo("buildings");
    }

    @Test
    void aMeasureHeadingTheSubjectCountsNotThePeopleOfItsModifiers() {
        assertThat(figure("Death toll in strike on bus carrying refugees from the north climbs to 41", "41").category())
                .isEqualTo("killed");
        assertThat(figure("The toll of the shelling of evacuees near the port has reached 17.", "17").category())
                .isEqualTo("killed");
        assertThat(figure("Casualties among the evacuees from the camp stood at 63 on Friday.", "63").category())
                .isEqualTo("casualties");
        // no preposition: the nearer noun is the subject's own
        assertThat(figure("Evacuees from the besieged towns numbered 3,000.", "3,000").category()).isEqualTo("displaced");
    }


    @Test
    void anInsertionNamingAPartMayHoldItsOwnFigure() {
        assertThat(figure("The monitor said 30 people, including 7 children, were killed in the raid.", "30").category())
                .isEqualTo("killed");
        assertThat(figure("The monitor said 30 people, including 7 children, were killed in the raid.", "7").category())
                .isEqualTo("killed");
        // without the commas a copy-pasted text lost
        assertThat(figure("At least 48 villagers including 9 children were killed in the raids.", "At least 48").category())
                .isEqualTo("killed");
        assertThat(figure("Twelve workers among them 4 women died in the fire.", "Twelve").category()).isEqualTo("killed");
        assertThat(figure("Some 40 people, among them 3 medics, were wounded.", "Some 40").category()).isEqualTo("injured");
        assertThat(figure("Some 40 people, among them 3 medics, were wounded.", "3").category()).isEqualTo("injured");
        // a list's next items are no insertion: each keeps its own noun
        assertThat(figure("Crews found 12 shells, 30 mines and 4 rockets.", "12").category()).isNotEqualTo("killed");
    }

    @Test
    void aVerbOfSayingAfterTheFigureIsNotWhatItCounts() {
        assertThat(figure("The agency put the death toll at 85 adding that dozens were hurt.", "85").category())
                .isEqualTo("killed");
        assertThat(figure("Rescuers put the toll at 14 saying more bodies lay under the rubble.", "14").category())
                .isEqualTo("killed");
    }

    @Test
    void aNominalLossOfAFigureCountsThatLoss() {
        String s = "The barrage led to the death of five and the injury of 62 according to the district radio.";
        assertThat(figure(s, "five").category()).isEqualTo("killed");
        assertThat(figure(s, "62").category()).isEqualTo("injured");
    }

    @Test
    void forcesNamedByTheirSideArePeople() {
        assertThat(figure("Insurgents said 23 regime forces died in the ambush on Friday.", "23").category()).isEqualTo("killed");
        assertThat(figure("About 200 government forces were captured near the dam.", "About 200").category())
                .isEqualTo("prisoners");
    }

    @Test
    void vagueWordsThatAreAlsoNounsCountPeopleWhenAPeopleVerbGovernsThem() {
        assertThat(figure("Government air strikes kill scores in the mountain town.", "scores").category()).isEqualTo("killed");
        assertThat(figure("Rescuers said scores were also injured in the raids.", "scores").category()).isEqualTo("injured");
        assertThat(figure("Scores of families fled the valley.", "Scores").category()).isEqualTo("displaced");
        // no verb of people, no "of": the noun of a game or a test
        assertThat(X.extract("d.txt", "Pupils improved their scores in the spring.")).isEmpty();
        assertThat(X.extract("d.txt", "The team settled old scores on Sunday.")).isEmpty();
    }

    @Test
    void aVagueWordKeepsItsNounPastAModifier() {
        assertThat(figure("The monitor said several other people were wounded in the blast.", "several").category())
                .isEqualTo("injured");
        assertThat(figure("A few more soldiers died of their wounds overnight.", "A few").category()).isEqualTo("killed");
    }

    @Test
    void aDemonymModifiesTheNounAfterIt() {
        assertThat(figure("There were 2,000 to 3,000 Russian battlefield fatalities in the period.", "2,000 to 3,000")
                .category()).isEqualTo("killed");
        assertThat(figure("The war could bring millions of Russian and Ukrainian casualties.", "millions").category())
                .isEqualTo("casualties");
        assertThat(figure("The navy fired 40 Tomahawk cruise missiles at the base.", "40").category()).isEqualTo("missiles");
        // title case names every word: the people word heads
        assertThat(figure("Shelling Injuring Four People Rebels Shells Town", "Four").category()).isNotEqualTo("shells");
    }

    @Test
    void aNounOfMovementOrLossBeforeTheFigureSaysWhatItCounts() {
        assertThat(figure("The deal allowed the evacuation of 3,000 people from the two towns.", "3,000").category())
                .isEqualTo("displaced");
        assertThat(figure("Officials oversaw the departure of 2,200 residents on Friday.", "2,200").category())
                .isEqualTo("displaced");
        assertThat(figure("The attack claimed the lives of 40 people.", "40").category()).isEqualTo("killed");
        assertThat(figure("Floods took the lives of 12 villagers.", "12").category()).isEqualTo("killed");
        // things are not people: the verb of people does not decide them
        assertThat(figure("The evacuation of 30 tanks from the base was ordered.", "30").category()).isNotEqualTo("displaced");
    }

    @Test
    void anAttackIsNotWhoKilled() {
        assertThat(figure("Strike kills 12 in the border town", "12").actor()).isEmpty();
        assertThat(figure("Airstrike killed 4 people on Monday.", "4").actor()).isEmpty();
        assertThat(figure("Rebels killed 5 soldiers near the dam.", "5").actor()).isEqualTo("Rebels");
        assertThat(figure("Russian Strike Kills 9 In Border Town", "9").actor()).isEqualTo("Russia");
    }

    /** Whose people were lost is the claim's subject, not its actor (the guidelines' actor of a loss). */
    @Test
    void thePeopleWhoSufferedAreNotWhoDidIt() {
        assertThat(figure("The army said 40 Ukrainian soldiers were killed.", "40").actor()).isEmpty();
        assertThat(figure("The report counted nearly 900,000 Russian dead and injured.", "nearly 900,000").actor()).isEmpty();
        assertThat(figure("The institute put Ukrainian military casualties at 0.4 million.", "0.4 million").actor()).isEmpty();
        // who did it is still named: before an active verb, or after "by"
        assertThat(figure("Russian forces killed 12 civilians in the city.", "12").actor()).isEqualTo("Russia");
        assertThat(figure("Six people were killed by Russian shelling on Monday.", "Six").actor()).isEqualTo("Russia");
    }

    @Test
    void crossingABorderIsFlight() {
        assertThat(at("About 2,500 people crossed into the neighbouring country on Sunday.", "About 2,500").category())
                .isEqualTo("displaced");
        assertThat(at("More than 600 villagers crossed the border overnight.", "More than 600").category())
                .isEqualTo("displaced");
    }

    @Test
    void peopleVerbsOfSeveralKindsCoordinatedAreCasualties() {
        assertThat(at("The monitor said 61 people were killed, wounded or missing.", "61").category())
                .isEqualTo("casualties");
        assertThat(at("Medics counted 18 soldiers dead or wounded after the ambush.", "18").category())
                .isEqualTo("casualties");
        assertThat(at("Officials reported 44 deaths and injuries in the province.", "44").category())
                .isEqualTo("casualties");
        // one kind coordinated stays that kind
        assertThat(at("At least 9 people were killed or died later of their wounds.", "At least 9").category())
                .isEqualTo("killed");
    }

    @Test
    void losingPeopleIsALossOfLifeAndLosingAmountsIsNot() {
        assertThat(at("The army is losing 700 soldiers a week, analysts said.", "losing 700").category())
                .isEqualTo("killed");
        assertThat(at("The unit lost 30 men in two days.", "lost 30").category()).isEqualTo("killed");
        assertThat(at("The index lost 2.50 points on Friday.", "2.50").category()).isNotEqualTo("killed");
        assertThat(at("Shares lost six cents in late trade.", "six").category()).isNotEqualTo("killed");
    }

    @Test
    void aModifierBeforeAndTakesTheNounOfTheNextFigure() {
        assertThat(at("The enemy fired 7 ballistic and 11 cruise missiles at dawn.", "7").category())
                .isEqualTo("missiles");
        assertThat(at("The raid killed 3 Syrian and 4 Iraqi fighters.", "killed 3").category()).isEqualTo("killed");
        // a measure shares no noun: "10 mln and 5 pct" are two measures
        assertThat(at("It sold 10 mln dlrs of notes and 5 pct of its stake.", "5").category()).isEqualTo("percent");
    }

    @Test
    void peopleCoordinatedAfterAVerbShareIt() {
        assertThat(at("The strike killed 6 civilians and 2 soldiers.", "2 soldiers").category()).isEqualTo("killed");
        assertThat(at("Shelling wounded 14 residents, 3 medics and 2 journalists.", "3 medics").category())
                .isEqualTo("injured");
        assertThat(at("Shelling wounded 14 residents, 3 medics and 2 journalists.", "2 journalists").category())
                .isEqualTo("injured");
        // a figure with its own verb keeps it
        assertThat(at("The raid killed 5 people and 300 residents fled.", "300").category()).isEqualTo("displaced");
        // nothing but a conjunction may stand between them
        assertThat(at("The raid killed 5 people, officials said, while 40 soldiers guarded the road.", "40").category())
                .isEqualTo("troops");
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeCounts() {
        assertThat(at("Air defences shot down 31 of 40 drones.", "31").category()).isEqualTo("drones");
        assertThat(at("Air defences shot down 31 of 40 drones.", "31").action()).isEqualTo("intercepted");
        assertThat(at("Only six of 20 fighters survived the siege.", "six").category()).isEqualTo("troops");
    }

    @Test
    void aNounBehindAQuotationMarkOrAnInsertionIsStillTheNoun() {
        assertThat(at("The group said 12 \"martyrs\" were buried on Friday.", "12").category()).isEqualTo("killed");
        assertThat(at("He said 14 [civilians] died in the raid.", "14").category()).isEqualTo("killed");
        assertThat(at("Locals said 5 \u201Cmartyrs\u201D fell in the shelling.", "5").category()).isEqualTo("killed");
        // an apostrophe glued to a number is no quotation mark
        assertThat(X.extract("d.txt", "The airline flies three 747's and two 737's.")).noneMatch(
                c -> c.quote().startsWith("747") && c.category().equals("killed"));
    }

    @Test
    void theSizeOfANumberedSeriesIsPartOfItsName() {
        assertThat(X.extract("d.txt", "Item 2 of 9 Rescuers search the rubble of the school."))
                .noneMatch(c -> c.value() != null && c.value() == 9);
        assertThat(X.extract("d.txt", "See Page 3 of 12 residents' letters."))
                .noneMatch(c -> c.value() != null && c.value() == 12);
        // an amount after "of" is still an amount
        assertThat(X.extract("d.txt", "Under Chapter 11 of 280,505 dlrs in debt were forgiven."))
                .anyMatch(c -> c.quote().startsWith("280,505"));
    }

    @Test
    void aPassiveReportingVerbLeavesTheParticipleItsFigure() {
        assertThat(at("At least 14 guards were reported killed in the raid.", "At least 14").category()).isEqualTo("killed");
        assertThat(at("Nine are confirmed dead, the mayor said.", "Nine").category()).isEqualTo("killed");
        assertThat(at("Some 30 villagers were said to be wounded.", "Some 30").category()).isEqualTo("injured");
        // an active reporting verb is an attribution, not the figure's verb
        assertThat(at("The agency reported 12 cases on Monday.", "12").category()).isEqualTo("count");
    }

    @Test
    void aQuotationOpeningOnTheFigureKeepsTheVerbBeforeIt() {
        assertThat(at("The blast killed \"at least 15 people\", medics said.", "killed").category()).isEqualTo("killed");
        assertThat(at("Shelling killed \u201Ctens of civilians\u201D in the town.", "killed").low()).isEqualTo(10.0);
    }

    @Test
    void moreAndOtherMayStandBeforeTheNoun() {
        assertThat(at("The alliance will send 4,000 more troops east.", "4,000").category()).isEqualTo("troops");
        assertThat(at("Two other civilians died in hospital.", "Two").category()).isEqualTo("killed");
    }

    /** Headlines write the present tense, capitalised: "Strike Kills 4, Injures 9". */
    @Test
    void headlinesInThePresentTenseCountPeople() {
        assertThat(figure("Drone Strike on Market Kills Four, Injures Nine", "Nine").category()).isEqualTo("injured");
        assertThat(figure("Shelling injures 12 people in border town", "12").category()).isEqualTo("injured");
        assertThat(figure("Police detain 35 protesters after march", "35").category()).isEqualTo("prisoners");
        assertThat(figure("Gunmen kidnap 20 villagers in the north", "20").category()).isEqualTo("prisoners");
        assertThat(figure("Fighting forces 5,000 residents to flee the town", "5,000").category()).isEqualTo("displaced");
        assertThat(figure("Army frees 17 hostages held in a forest camp", "17").category()).isEqualTo("prisoners");
        // plural nouns of the same spelling count events, not people; "wound up" is winding
        assertThat(figure("Talks followed two prisoner swaps last year.", "two").category()).isNotEqualTo("prisoners");
        assertThat(figure("The rest of the nine funds are to be wound up.", "nine").category()).isNotEqualTo("injured");
    }

    /** "one" closing a people verb's phrase is a person; "one of" and "one day" are not. */
    @Test
    void oneAfterAPeopleVerbIsAPerson() {
        assertThat(figure("Shelling on the district killed one and injured 11.", "one").category()).isEqualTo("killed");
        assertThat(figure("A car bomb wounded one, police said.", "one").category()).isEqualTo("injured");
        assertThat(figure("Gunmen kidnapped one in the market on Monday.", "one").category()).isEqualTo("prisoners");
        assertThat(X.extract("d.txt", "The blast killed one of the guards.")).noneMatch(c -> c.figure().equals("one"));
    }

    /** A name may stand between a number and its noun: "one Patriot battery", "two Leopard tanks". */
    @Test
    void aNameBetweenTheNumberAndItsNoun() {
        assertThat(figure("The barrage held 40 drones and one Kinzhal missile.", "one").category()).isEqualTo("missiles");
        assertThat(figure("Crews shot down one Shahed drone before dawn.", "one").category()).isEqualTo("drones");
    }

    /** An insertion between commas after the counted noun does not hide the verb after it. */
    @Test
    void anInsertionBetweenCommasLeavesTheVerbItsFigure() {
        assertThat(figure("Officials said 75 civilians, including nine children, had been killed.", "75").category())
                .isEqualTo("killed");
        assertThat(figure("At least 30 people, most of them women, were wounded in the blast.", "At least 30").category())
                .isEqualTo("injured");
        assertThat(figure("About 400 villagers, the governor said, were evacuated overnight.", "About 400").category())
                .isEqualTo("displaced");
        // the next items of a list are no insertion: tanks are not killed
        assertThat(figure("They lost 12 tanks, 3 trucks, and 40 soldiers were killed.", "12").category()).isNotEqualTo("killed");
    }

    /** Fighters named as their enemies name them are fighters: killed when a verb says so. */
    @Test
    void fightersUnderTheirEnemiesNamesAreFighters() {
        assertThat(figure("Some 23 terrorists were killed in the raid.", "Some 23").category()).isEqualTo("killed");
        assertThat(figure("The army said 14 gunmen died in the clashes.", "14").category()).isEqualTo("killed");
        assertThat(figure("Police arrested 6 attackers after the ambush.", "6").category()).isEqualTo("prisoners");
        assertThat(figure("About 300 militiamen joined the offensive.", "About 300").category()).isEqualTo("troops");
    }

    /** People leaving a place are displaced; leaving anything else ("the meeting", "Friday") is not. */
    @Test
    void peopleLeavingAPlaceAreDisplaced() {
        assertThat(figure("Some 2,400 residents left Varnia on Thursday, state media said.", "Some 2,400").category())
                .isEqualTo("displaced");
        assertThat(figure("The convoy resumed with 1,800 people leaving Kelmora and Dorvask at dawn.", "1,800").category())
                .isEqualTo("displaced");
        assertThat(figure("About 600 civilians left the town overnight, officials said.", "About 600").category())
                .isEqualTo("displaced");
        assertThat(figure("Some 40 delegates left the meeting early.", "Some 40").category()).isNotEqualTo("displaced");
        assertThat(figure("Roughly 300 workers left Friday for the coast.", "Roughly 300").category()).isNotEqualTo("displaced");
        assertThat(figure("Nearly 90 people left after the speech.", "Nearly 90").category()).isNotEqualTo("displaced");
    }

    /** Losses count people only with people named ("soldier losses", "Ukrainian losses"); a bank's losses are money. */
    @Test
    void lossesOfPeopleAreATollLossesOfMoneyAreNot() {
        assertThat(figure("The staff reported 740 Korvian soldier losses in the last day.", "740").category()).isEqualTo("killed");
        assertThat(figure("Analysts put Lestmark's losses at around 90,000 troops.", "around 90,000").category())
                .isEqualTo("killed");
        assertThat(figure("Monitors put Russian losses at about 120,000.", "about 120,000").category()).isEqualTo("killed");
        assertThat(figure("The ministry last admitted about 4,500 military losses.", "about 4,500").category())
                .isEqualTo("killed");
        assertThat(figure("The lender booked a 12 mln dlr extraordinary loss.", "12 mln dlr").category()).isEqualTo("money");
        assertThat(figure("Net loss 3,412,870 vs profit 1,100,000.", "3,412,870").category()).isNotEqualTo("killed");
        assertThat(figure("The slowdown could bring 15,000 job losses by December.", "15,000").category()).isNotEqualTo("killed");
        assertThat(figure("Losses of nine were reported on the quarter.", "nine").category()).isNotEqualTo("killed");
    }

    /** The subject after a time phrase is no place ("on Monday the United States fired"); "the U.S." is one name. */
    @Test
    void aSubjectAfterATimePhraseOrAnAbbreviationIsTheActor() {
        assertThat(at("On Monday the United States launched 40 cruise missiles at the airfield.", "40 cruise missiles").actor())
                .isEqualTo("United States");
        assertThat(at("The U.S. launched 40 cruise missiles at the airfield.", "40 cruise missiles").actor())
                .isEqualTo("United States");
        assertThat(at("In Dorvask the army fired 12 shells at the market.", "12 shells").actor()).isEmpty();
    }

    /**
     * A headline that lost its commas: a number word's verb is its own ("Five killed 23 others
     * injured"), and two people verbs back to back count both ("mines killed wounded dozens").
     */
    @Test
    void headlinesWithoutCommasKeepEachFiguresVerb() {
        assertThat(figure("Five killed 23 others injured in shelling of Dorvask", "23").category()).isEqualTo("injured");
        assertThat(figure("Five killed 23 others injured in shelling of Dorvask", "Five").category()).isEqualTo("killed");
        assertThat(figure("Mines killed wounded dozens in northern town", "dozens").category()).isEqualTo("casualties");
        assertThat(figure("Dozens martyred injured in Kelmora blast", "Dozens").category()).isEqualTo("casualties");
        assertThat(figure("Shelling killed 4 wounded 12 in the market.", "4").category()).isEqualTo("killed");
        assertThat(figure("Shelling killed 4 wounded 12 in the market.", "12").category()).isEqualTo("injured");
    }

    /** The claim whose figure is written {@code figure}. */
    static org.claimtally.model.Claim figure(String text, String figure) {
        return X.extract("d.txt", text).stream().filter(c -> c.figure().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + figure + "' in " + X.extract("d.txt", text)));
    }
}
