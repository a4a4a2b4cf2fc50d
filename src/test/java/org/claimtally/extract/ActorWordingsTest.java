package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtally.extract.PartsTest.at;

import org.junit.jupiter.api.Test;

/** Who did it: the guidelines' actor of a weapon downed, a pronoun subject, a clause after "said … that" (invented sentences). */
class ActorWordingsTest {

    @Test
    void whoseWeaponsWereDownedIsNotWhoDownedThem() {
        assertThat(at("Air defence units shot down 25 Russian missiles over the coast.", "25").actor())
                .isNotEqualTo("Russia");
        assertThat(at("Crews destroyed 14 Ukrainian drones near the border.", "14").actor()).isNotEqualTo("Ukraine");
        // a demonym of an attack still names who attacked
        assertThat(at("Six people were killed in a Russian attack on the port.", "Six").actor()).isEqualTo("Russia");
    }

    @Test
    void aPronounSubjectIsTheSpeakersSide() {
        assertThat(at("Russia said its air defences downed 52 drones overnight.", "52").actor()).isEqualTo("Russia");
        assertThat(at("Ukraine's air force said it intercepted 31 missiles.", "31").actor()).isEqualTo("Ukraine");
        assertThat(at("The Russian Defence Ministry said its forces shot down 12 drones.", "12").actor())
                .isEqualTo("Russia");
        // a speaker named by a common noun gives no side
        assertThat(at("Officials said they intercepted 9 drones.", "9").actor()).isEmpty();
    }

    @Test
    void aNameAfterSaidOnADayThatIsTheSubjectNotAPlace() {
        assertThat(at("The ministry said on Monday that Russia launched 90 drones.", "90").actor()).isEqualTo("Russia");
        assertThat(at("Kyiv said on Friday that Russia fired 14 missiles at the city.", "14").actor()).isEqualTo("Russia");
        // a place is still a place
        assertThat(at("Shells fell on Kharkiv, where 8 people were killed.", "8").actor()).isNotEqualTo("Kharkiv");
    }

    /** Capitals that mark no name: a title-case headline, a heading set in capitals, a gerund opening the sentence. */
    @Test
    void capitalsThatMarkNoNameGiveNoActor() {
        assertThat(at("Car Bomb Blast At Crowded Market Square Kills 14 People", "Kills 14").actor()).isEmpty();
        assertThat(at("BREAKING UPDATE Officials said 40 people were killed.", "40").actor()).doesNotContain("BREAKING");
        assertThat(at("Shelling killed 9 people in the old town.", "killed 9").actor()).isEmpty();
        // names still are actors: a short capitalised run, an acronym
        assertThat(at("The Korvian Army killed 12 fighters near the river.", "killed 12").actor()).isEqualTo("Korvian Army");
        assertThat(at("NATO shot down 3 drones over the sea.", "3").actor()).isEqualTo("NATO");
        assertThat(at("UNICEF evacuated 300 children from the city.", "evacuated 300").actor()).isEqualTo("UNICEF");
    }
}
