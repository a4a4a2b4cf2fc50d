package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.RunResult;
import org.claimtally.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts of events on invented articles: every mention joins, events and years stay apart. */
class EventGroupingTest {
    @TempDir
    Path dir;

    private RunResult run(String sources, String... files) throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "file,outlet,url,published,title\n" + sources);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return AggregationTest.run(dir);
    }

    private static List<Fact> killed(RunResult r) {
        return r.facts().stream().filter(f -> f.category().equals("killed") && f.subject().isEmpty()).toList();
    }

    @Test
    void aTollRevisedInsideAnArticleAndReportedElsewhereIsOneFact() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-04,Toll in Varnitsa market bombing rises to 40
                b.txt,Second Desk,,2024-05-05,Varnitsa mourns market dead
                """,
                "a.txt", "Toll in Varnitsa market bombing rises to 40\n\nThe toll from Saturday's bombing of the market "
                        + "in Varnitsa has risen to 40, rescuers said. The previous toll was 18. At least 40 people were "
                        + "killed when the bomb went off in Varnitsa.\n",
                "b.txt", "Varnitsa mourns market dead\n\nResidents of Varnitsa buried some of the 43 people killed in "
                        + "Saturday's market bombing, local officials said.\n");
        List<Fact> killed = killed(r);
        assertThat(killed).hasSize(1);
        Fact toll = killed.get(0);
        assertThat(toll.documents()).isEqualTo(2);
        assertThat(toll.members()).extracting(m -> m.claim(r.claims()).value()).contains(40.0, 18.0, 43.0);
        assertThat(toll.members().stream().filter(FactMember::primary).count()).isEqualTo(2);
        assertThat(toll.when().from()).isEqualTo(java.time.LocalDate.of(2024, 5, 4));
    }

    /** Two reports of one market strike: the first day's toll of 12, then 31 on {@code secondDay}. */
    private RunResult risingToll(String secondDay) throws Exception {
        return run("a.txt,Daily One,,2024-05-04,Strike on Dorvask market\n"
                        + "b.txt,Second Desk,," + secondDay + ",Dorvask market toll rises\n",
                "a.txt", "Strike on Dorvask market\n\nA strike on the market in Dorvask killed 12 people on Saturday, "
                        + "officials said.\n",
                "b.txt", "Dorvask market toll rises\n\nThe toll of Saturday's strike on the market in Dorvask rose to "
                        + "31, officials said.\n");
    }

    /** A toll that rises from one report day to the next is revised, its best figure the latest; one day's disagreement is a conflict. */
    @Test
    void aTollRisingAcrossReportDaysIsRevisedNotContested() throws Exception {
        Fact toll = killed(risingToll("2024-05-05")).get(0);
        assertThat(toll.documents()).isEqualTo(2);
        assertThat(toll.status()).isEqualTo(org.claimtally.model.Status.REVISED);
        assertThat(toll.best()).isEqualTo(31.0);
        assertThat(toll.spread()).isEqualTo(2.6); // 31 over 12, to a tenth
        assertThat(toll.grade()).isNotEqualTo(org.claimtally.model.Grade.CONTESTED);

        assertThat(killed(risingToll("2024-05-04")).get(0).status()).isEqualTo(org.claimtally.model.Status.CONFLICT);
    }

    @Test
    void attacksOnTheSameDayInDifferentTownsStayApart() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-04,Shelling kills 12 in Dorvask
                b.txt,Second Desk,,2024-05-04,Airstrike kills 14 in Kelmora
                """,
                "a.txt", "Shelling kills 12 in Dorvask\n\nShelling killed 12 people in the town of Dorvask on Saturday, "
                        + "the regional governor said.\n",
                "b.txt", "Airstrike kills 14 in Kelmora\n\nAn airstrike killed 14 people in the village of Kelmora on "
                        + "Saturday, medics said.\n");
        assertThat(killed(r)).hasSize(2).allMatch(f -> f.documents() == 1);
    }

    @Test
    void theSameFigureInArticlesOfDifferentYearsIsTwoFacts() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2019-09-10,Bridge collapse in Osterval
                b.txt,Second Desk,,2023-09-11,Bridge collapse in Osterval remembered
                """,
                "a.txt", "Bridge collapse in Osterval\n\nThe collapse of the river bridge in Osterval killed 9 people, "
                        + "officials said.\n",
                "b.txt", "Bridge collapse in Osterval remembered\n\nA new collapse of the river bridge in Osterval "
                        + "killed 9 people, officials said.\n");
        assertThat(killed(r)).hasSize(2);
    }

    @Test
    void aWarTotalIsNotTheDaysToll() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-04,Strike on Dorvask\n",
                "a.txt", "Strike on Dorvask\n\nA strike killed 12 people in Dorvask on Saturday. The war has killed "
                        + "more than 30 people in the province since 2022, officials say.\n");
        assertThat(killed(r)).hasSize(2);
        assertThat(killed(r)).anyMatch(f -> f.when().scope() == Scope.CUMULATIVE);
    }

    @Test
    void partsAndSharesAreNotTheTotal() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-04,Swap of captives\n",
                "a.txt", "Swap of captives\n\nThe two sides exchanged 190 prisoners on Saturday, 95 prisoners each. "
                        + "Fifty people were wounded in the blast; 9 of the wounded were in critical condition.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("prisoners")).hasSize(2);
        assertThat(r.facts()).filteredOn(f -> f.category().equals("injured")).hasSize(2);
    }

    /** Reports of one attack blame different sides and revise its toll: one fact, whatever they blame. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Government shelling killed at least 15 people in Merovka on Tuesday, monitors said."
            + "|The toll from the rebel rocket attack on Merovka rose to 61, state media said on Wednesday.",
        "At least 15 civilians died when army jets struck the market of Merovka on Tuesday."
            + "|Militants' mortar fire on the Merovka market killed 61 people, the ministry said on Wednesday.",
        "Fifteen people were killed by an air strike on a bus station in Merovka on Tuesday."
            + "|Insurgents shelled the bus station in Merovka, killing 61 people, officials said on Wednesday."})
    void oneAttackBlamedOnDifferentSidesAndRevisedIsOneFact(String first, String second) throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-07,Attack on Merovka
                b.txt,Second Desk,,2024-05-08,Merovka toll rises
                """,
                "a.txt", "Attack on Merovka\n\n" + first + "\n",
                "b.txt", "Merovka toll rises\n\n" + second + "\n");
        List<Fact> killed = r.facts().stream().filter(f -> f.category().equals("killed")).toList();
        assertThat(killed).hasSize(1);
        assertThat(killed.get(0).documents()).isEqualTo(2);
    }

    /** Vague words in one article: the war's "hundreds of thousands" is not one strike's "hundreds". */
    @Test
    void vagueFiguresOfDifferentScalesInOneArticleStayApart() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07,Shelling in Dorvask\n",
                "a.txt", "Shelling in Dorvask\n\nShelling killed hundreds of people in Dorvask on Tuesday, activists "
                        + "said. The war has killed hundreds of thousands since it began, the monitor said. Dozens of "
                        + "people were killed in the town last month.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("killed"))
                .noneMatch(f -> f.members().stream().map(m -> m.claim(r.claims()).high()).distinct().count() > 1
                        && f.members().stream().anyMatch(m -> m.claim(r.claims()).high() != null
                                && m.claim(r.claims()).high() > 100_000));
    }

    /** A toll of civilians and a toll of soldiers are two facts, in one article or two. */
    @Test
    void tollsOfDifferentKindsOfPeopleStayApart() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-07,Fighting in Merovka
                b.txt,Second Desk,,2024-05-07,Merovka clashes
                """,
                "a.txt", "Fighting in Merovka\n\nAir raids on Merovka killed 13 civilians on Monday, the monitor said. "
                        + "In Merovka, 19 soldiers were killed on Monday when a tunnel was blown up, it said.\n",
                "b.txt", "Merovka clashes\n\nThe monitor said 15 soldiers were killed in Merovka on Monday.\n");
        List<Fact> killed = r.facts().stream().filter(f -> f.category().equals("killed")).toList();
        assertThat(killed).noneMatch(f -> f.members().stream().map(m -> m.claim(r.claims()).value())
                .toList().containsAll(List.of(13.0, 19.0)));
        assertThat(killed).anyMatch(f -> f.members().stream().map(m -> m.claim(r.claims()).value())
                .toList().containsAll(List.of(19.0, 15.0)));
    }

    /** A round-up turns to another incident with "meanwhile": that toll is not a revision of the one before. */
    @Test
    void aRoundUpsNextIncidentIsAnotherFact() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07,Rocket fire on Dorvask and Kelmora\n",
                "a.txt", "Rocket fire on Dorvask and Kelmora\n\nSix civilians were killed on Tuesday in rocket fire on "
                        + "Dorvask, a police source said. Meanwhile, two civilians were killed when shells hit a village "
                        + "near Kelmora. The shelling killed two civilians and damaged homes, the reporter said. "
                        + "Elsewhere, six people were killed in a blast at a market.\n");
        List<Fact> killed = r.facts().stream().filter(f -> f.category().equals("killed")).toList();
        assertThat(killed).hasSize(3);
        assertThat(killed).anyMatch(f -> f.members().size() == 2
                && f.members().stream().allMatch(m -> m.claim(r.claims()).value() == 2.0));
    }

    /**
     * A figure that says it comes on top of the toll before it ("two other people", "another
     * five", "dozens more") is more dead, not that toll revised; "others" after a toll of another
     * kind ("killed 8 and injured 30 others") adds nothing to an injured count.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Two other people were killed in a second blast near the bus station.",
        "Another five people died when a shell hit a school in the north of the city.",
        "Later, 4 more civilians were killed in shelling of the old market.",
    })
    void aFigureOnTopOfTheTollIsAnotherFact(String more) throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07,Blasts in Dorvask\n",
                "a.txt", "Blasts in Dorvask\n\nA car bomb killed 12 people in Dorvask on Tuesday and injured 30 others, "
                        + "police said. " + more + "\n");
        assertThat(r.facts().stream().filter(f -> f.category().equals("killed")).toList()).hasSize(2);
        assertThat(r.facts().stream().filter(f -> f.category().equals("injured")).toList()).hasSize(1);
    }

    /**
     * An earlier event an article recalls with its date is background: its toll joins neither the
     * undated figures of the article's own news nor other articles' tolls of today.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was the deadliest attack since hundreds of civilians died in a strike on Kelmora in August 2019.",
        "In 2021, a similar raid on the town killed dozens of people.",
        "Last year shelling of the same market killed scores, monitors said.",
    })
    void aPastEventRecalledWithItsDateIsAnotherFact(String recalled) throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07,Strike on Dorvask kills 30\n"
                        + "b.txt,Second Desk,,2024-05-07,Dorvask strike toll\n",
                "a.txt", "Strike on Dorvask kills 30\n\nAt least 30 people were killed in a strike on Dorvask, "
                        + "rescuers said. " + recalled + "\n",
                "b.txt", "Dorvask strike toll\n\nThe strike on Dorvask killed 34 people, officials said.\n");
        List<Fact> killed = killed(r);
        assertThat(killed).anyMatch(f -> f.documents() == 2 && f.members().stream()
                .allMatch(m -> m.claim(r.claims()).value() != null && m.claim(r.claims()).value() >= 30));
    }

    /**
     * Two first reports of one strike, one naming the town and one the province, with no word in
     * common, begin a fact each; a later report naming both links to both, which shows them to be
     * one event: they merge.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Dorvask  | Kelmora province  | rocket attack",
        "Varnitsa | Merovka region    | drone strike",
    })
    void aReportLinkingTwoFactsOfOneEventMergesThem(String town, String province, String attack) throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07," + town + " hit\n"
                        + "b.txt,Second Desk,,2024-05-07,Governor reports dead\n"
                        + "c.txt,Third Wire,,2024-05-07,Toll rises\n",
                "a.txt", town + " hit\n\nA rocket hit " + town + " on Tuesday, killing 30, medics reported.\n",
                "b.txt", "Governor reports dead\n\n" + province + " counted 34 dead after the bombardment, the "
                        + "governor's office announced.\n",
                "c.txt", "Toll rises\n\nThe " + attack + " on " + town + " in " + province + " killed 36 people on "
                        + "Tuesday, the governor's office announced after rescuers found more bodies.\n");
        List<Fact> killed = killed(r);
        assertThat(killed).hasSize(1);
        assertThat(killed.get(0).documents()).isEqualTo(3);
    }

    /**
     * "Meanwhile" turns as often to another source of the same event as to another incident:
     * without a place the toll was not placed in, the figure after it is a revision of that toll.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Meanwhile the opposition council said the attack killed more than 60 people.",
        "Meanwhile a hospital director told reporters that 61 people had died.",
        "Meanwhile rescuers in Dorvask said the toll had risen to 64.",
    })
    void meanwhileAnotherSourceOfTheSameTollIsARevision(String other) throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-07,Strike on Dorvask\n",
                "a.txt", "Strike on Dorvask\n\nAt least 40 people were killed in an air strike on a market in "
                        + "Dorvask on Tuesday, a monitoring group said. " + other + "\n");
        assertThat(killed(r)).hasSize(1);
    }

    /**
     * Launches are not revised like a toll: a barrage dated by a single day next to another
     * night's, with more than twice its drones, is another barrage; a hedged figure of the same
     * night ("nearly 400" for 396) still joins.
     */
    @Test
    void launchCountsMoreThanTwiceApartAreTwoBarrages() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-09,Drones over the capital\n"
                        + "b.txt,Second Desk,,2024-05-11,A week of strikes\n"
                        + "c.txt,Third Wire,,2024-05-09,Night attack\n",
                "a.txt", "Drones over the capital\n\nRussia launched 180 drones at Ukraine overnight into Thursday, "
                        + "the air force said.\n",
                "b.txt", "A week of strikes\n\nOn May 7, Russia launched 450 drones at Ukraine, the air force said.\n",
                "c.txt", "Night attack\n\nRussia launched nearly 190 drones at Ukraine overnight into Thursday, "
                        + "the president said.\n");
        List<Fact> drones = r.facts().stream().filter(f -> f.category().equals("drones")).toList();
        assertThat(drones).hasSize(2);
        assertThat(drones).anyMatch(f -> f.documents() == 2);
    }

    /**
     * Reports of one day under one headline, with the same kind of toll, that place it in
     * different towns are two incidents; a report of the first town joins it.
     */
    @Test
    void reportsPlacingTheirTollsInDifferentTownsStayApart() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-04,Varnia strikes
                b.txt,Second Desk,,2024-05-04,Varnia strikes
                c.txt,Third Wire,,2024-05-04,Varnia strikes
                """,
                "a.txt", "Varnia strikes\n\nGovernment air strikes killed 20 civilians in Dorvask on Saturday, a monitor said.\n",
                "b.txt", "Varnia strikes\n\nA government raid on a market killed 40 civilians in Kelmora, a monitor said.\n",
                "c.txt", "Varnia strikes\n\nGovernment air strikes killed 21 civilians in Dorvask on Saturday, rescuers said.\n");
        List<Fact> killed = r.facts().stream().filter(f -> f.category().equals("killed")).toList();
        assertThat(killed).hasSize(2);
        assertThat(killed).anyMatch(f -> f.documents() == 2 && f.members().stream()
                .noneMatch(m -> m.claim(r.claims()).value() == 40.0));
    }

    /**
     * Nightly barrages: two nights are two facts even when they share a day ("overnight into
     * Thursday" and "into Friday") or come a day apart; a report of the same night by its day joins it.
     */
    @ParameterizedTest(name = "second night into {0}")
    @ValueSource(strings = {"Friday", "Saturday"})
    void theBarragesOfTwoNightsAreTwoFacts(String secondNight) throws Exception {
        String published = secondNight.equals("Friday") ? "2024-05-10" : "2024-05-11";
        RunResult r = run("a.txt,Daily One,,2024-05-09,Drones over the capital\n"
                        + "b.txt,Second Desk,,2024-05-09,Night attack on the capital\n"
                        + "c.txt,Third Wire,," + published + ",Another night of drones\n",
                "a.txt", "Drones over the capital\n\nRussia launched 150 drones at Ukraine overnight into Thursday, "
                        + "the air force said.\n",
                "b.txt", "Night attack on the capital\n\nUkraine's air force said Russia launched 152 drones in the "
                        + "attack on Thursday.\n",
                "c.txt", "Another night of drones\n\nRussia launched 160 drones at Ukraine overnight into "
                        + secondNight + ", the air force said.\n");
        List<Fact> drones = r.facts().stream().filter(f -> f.category().equals("drones")).toList();
        assertThat(drones).hasSize(2);
        assertThat(drones).anyMatch(f -> f.documents() == 2 && f.members().stream()
                .noneMatch(m -> m.claim(r.claims()).value() == 160.0));
    }

    /** A war's displaced counted in millions is not a town's hundreds who fled, however alike the words. */
    @Test
    void vagueScalesAreNotRevisionsOfOneFigure() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-07,Fighting in Merovka
                b.txt,Second Desk,,2024-05-07,Merovka residents flee
                """,
                "a.txt", "Fighting in Merovka\n\nThe war has driven millions of people from their homes, and fighting "
                        + "in Merovka goes on, officials said.\n",
                "b.txt", "Merovka residents flee\n\nHundreds of people fled Merovka as fighting went on, officials said.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("displaced")).hasSize(2)
                .allMatch(f -> f.spread() == null); // vague words span a decade: no spread between sources
    }

    /** Whose weapons were launched is the fact itself: launches by two sides stay apart, revised or not. */
    @Test
    void launchesBlamedOnDifferentSidesStayApart() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-07,Night of drones
                b.txt,Second Desk,,2024-05-07,Night of drones over the border
                """,
                "a.txt", "Night of drones\n\nKorvia launched 120 drones at Lestmark overnight, Lestmark's air force said.\n",
                "b.txt", "Night of drones over the border\n\nLestmark launched 90 drones at Korvia overnight, Korvia's "
                        + "defence ministry said.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("drones")).hasSize(2);
    }

    /** A week's launches and one night's are two quantities, though reports give both in one breath. */
    @Test
    void aWeeksTotalIsNotOneNightsBarrage() throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-05-10,A week of drones
                b.txt,Second Desk,,2024-05-10,Night of drones
                """,
                "a.txt", "A week of drones\n\nKorvia attacked Lestmark during the week with more than 1,400 drones, "
                        + "Lestmark's air force said.\n",
                "b.txt", "Night of drones\n\nKorvia launched 450 drones at Lestmark on Thursday, Lestmark's air force said.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("drones")).hasSize(2);
    }

    /** An article's troop figures are different deployments, not revisions of one (only tolls are revised). */
    @Test
    void troopFiguresInOneArticleAreDifferentQuantities() throws Exception {
        RunResult r = run("a.txt,Daily One,,2024-05-10,Deployments\n",
                "a.txt", "Deployments\n\nThe ministry will deploy 3,000 more troops to the border. Another 8,500 troops "
                        + "remain on standby, the ministry said.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("troops")).hasSize(2);
    }

    /** Two versions of one outlet's story do not corroborate each other; another outlet does. */
    @Test
    void oneOutletTwiceIsOneSource() throws Exception {
        String text = "Shelling killed 12 people in the town of Varnitsa on Saturday.\n";
        RunResult same = run("""
                a.txt,Wire Desk,,2024-05-04,Shelling in Varnitsa
                b.txt,Wire Desk,,2024-05-04,Shelling in Varnitsa (updated)
                """, "a.txt", "Shelling in Varnitsa\n\n" + text, "b.txt", "Shelling in Varnitsa (updated)\n\n" + text);
        assertThat(killed(same)).hasSize(1);
        assertThat(killed(same).get(0).grade()).isEqualTo(org.claimtally.model.Grade.SINGLE_SOURCE);
        RunResult two = run("""
                a.txt,Wire Desk,,2024-05-04,Shelling in Varnitsa
                b.txt,Other Paper,,2024-05-04,Shelling in Varnitsa (updated)
                """, "a.txt", "Shelling in Varnitsa\n\n" + text, "b.txt", "Shelling in Varnitsa (updated)\n\n" + text);
        assertThat(killed(two).get(0).grade()).isEqualTo(org.claimtally.model.Grade.CORROBORATED);
    }
    /**
     * Two reports of one barrage sharing no names or words but both its figures ("58 missiles
     * and 310 drones" twice) tell of one event, in whichever order the figures come.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "On March 12, Korvia launched one of its heaviest assaults on power plants and substations, deploying 58 missiles and 310 drones. | The overnight strike used 58 missiles and 310 drones amid some of the coldest nights on record.",
        "Korvia pounded power plants and substations with 310 drones and 58 missiles on March 12, officials in Lestmark said. | A barrage of 58 missiles and 310 drones came amid some of the coldest nights on record, engineers said.",
    })
    void aSecondFigureSharedMarksOneBarrage(String first, String second) throws Exception {
        RunResult r = run("""
                a.txt,Daily One,,2024-03-13,Week in review
                b.txt,Second Desk,,2024-03-13,Campaign assessment
                c.txt,Third Wire,,2024-03-13,Talks
                d.txt,Fourth Post,,2024-03-13,Markets
                """,
                "a.txt", "Week in review\n\n" + first + "\n",
                "b.txt", "Campaign assessment\n\n" + second + "\n",
                // the other news of the day names Korvia, Lestmark and March too: no evidence of one event
                "c.txt", "Talks\n\nEnvoys of Korvia and Lestmark met in March in a neutral capital.\n",
                "d.txt", "Markets\n\nLestmark's currency fell in March as Korvia tightened its blockade.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("drones")).anyMatch(f -> f.documents() == 2);
        assertThat(r.facts()).filteredOn(f -> f.category().equals("missiles")).anyMatch(f -> f.documents() == 2);
    }

    /**
     * One outlet's daily round-ups: a smaller toll in its next day's report is that day's
     * incident, not a revision of the day before (an outlet's own toll of one event only rises);
     * a higher one the next day revises it.
     */
    @ParameterizedTest(name = "next day {0}")
    @CsvSource({"7, 2", "19, 1"})
    void anOutletsLaterSmallerTollIsAnotherIncident(int nextDay, int facts) throws Exception {
        RunResult r = run("""
                a.txt,State Wire,,2024-10-06,Terrorist attacks on Varnia
                b.txt,State Wire,,2024-10-07,Terrorist attacks on Varnia
                """,
                "a.txt", "Terrorist attacks on Varnia\n\nTerrorists fired rocket shells on Varnia neighborhoods, killing 12 "
                        + "persons, a police source said.\n",
                "b.txt", "Terrorist attacks on Varnia\n\nTerrorists fired rocket shells on Varnia neighborhoods, killing "
                        + nextDay + " persons, a police source said.\n");
        assertThat(r.facts()).filteredOn(f -> f.category().equals("killed")).hasSize(facts);
    }
}
