package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.event.Features;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.event.GroupingWords;
import org.claimtally.extract.Lexicon;
import org.claimtally.pipeline.LexiconWords;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.junit.jupiter.api.Test;

/** Where a fact's event was, as its sentences name it (invented sentences). */
class PlacesTest {
    private static final GroupingWords WORDS = LexiconWords.grouping(Lexicon.builtin());

    private static List<String> places(String s) {
        return Features.places(s, WORDS, GroupingPolicy.DEFAULT);
    }

    @Test
    void aPlaceFollowsAPrepositionOfPlaceThroughItsKind() {
        assertThat(places("Shelling killed 12 people in the town of Dorvask on Saturday.")).containsExactly("Dorvask");
        assertThat(places("A blast in the rebel-held town of Kelmora killed 4.")).containsExactly("Kelmora");
        assertThat(places("Six died in Varn al-Sahel and two in Osterval.")).containsExactly("Varn al-Sahel", "Osterval");
    }

    @Test
    void daysPeoplesAdjectivesAndPossessorsAreNoPlaces() {
        assertThat(places("Four were killed in Syrian air strikes on Monday.")).isEmpty();
        assertThat(places("It happened in March, the monitor said.")).isEmpty();
        assertThat(places("Drones hit fuel depots in Russian-controlled areas.")).isEmpty();
        assertThat(places("Drones hit a refinery in Kelmora's Varn district.")).containsExactly("Varn");
    }

    /** A name a person's title opens is a person's: no place, whatever preposition stands before it. */
    @Test
    void aTitledNameIsAPersonNotAPlace() {
        assertThat(places("The figure came in President Mara Velt's speech on Monday.")).isEmpty();
        assertThat(places("Talks with Governor Ilse Varn ended in Dorvask.")).containsExactly("Dorvask");
        assertThat(places("Support grew in Prime Minister Orr's coalition.")).isEmpty();
    }

    @Test
    void anAgencysBylineInCapitalsEndsThePlace() {
        assertThat(places("Shelling killed six in Dorvask AFP said on Monday.")).containsExactly("Dorvask");
        assertThat(places("Four were wounded near Kelmora REUTERS reported.")).containsExactly("Kelmora");
    }

    @Test
    void aHeadlineInTitleCaseNamesNoPlace() {
        assertThat(places("Toll in Market Shelling Near Border Crossing Climbs to 40")).isEmpty();
        assertThat(places("Rocket Strike in Dorvask Kills Six Civilians")).isEmpty();
        // a sentence naming several places still has its verbs in lower case
        assertThat(places("Shelling in Dorvask and Kelmora killed six civilians on Monday.")).contains("Dorvask");
    }

    @Test
    void textWithoutPunctuationDoesNotRunAPlaceIntoTheNextName() {
        assertThat(places("A car bomb killed 16 in Dorvask Varn Kelmora Reuters reported")).hasSize(1);
    }

    @Test
    void aFactNamesThePlaceMostOfItsDocumentsNameAndItsReportDays() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("places");
        java.nio.file.Files.writeString(dir.resolve("sources.csv"), """
                file,outlet,url,published,title
                a.txt,Daily One,,2024-05-04,Market bombing
                b.txt,Second Desk,,2024-05-06,Mourning after the bombing
                """);
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Market bombing\n\nA bomb killed 40 people in the market "
                + "in Varnitsa on Saturday, rescuers said.\n");
        java.nio.file.Files.writeString(dir.resolve("b.txt"), "Mourning after the bombing\n\nResidents of Varnitsa buried "
                + "the 43 people killed in Saturday's bombing in Varnitsa, officials said.\n");
        RunResult r = AggregationTest.run(dir);
        Fact toll = r.facts().stream().filter(f -> f.category().equals("killed")).findFirst().orElseThrow();
        assertThat(toll.documents()).isEqualTo(2);
        assertThat(toll.reports().place()).isEqualTo("Varnitsa");
        assertThat(toll.reports().first()).isEqualTo(java.time.LocalDate.of(2024, 5, 4));
        assertThat(toll.reports().last()).isEqualTo(java.time.LocalDate.of(2024, 5, 6));
    }
}
