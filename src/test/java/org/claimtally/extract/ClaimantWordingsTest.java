package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who says a figure when words stand between the speaker and its verb (invented sentences, several wordings). */
class ClaimantWordingsTest {

    /** The claim whose figure is written {@code figure}. */
    private static org.claimtally.model.Claim at(String text, String figure) {
        return PeopleWordingsTest.figure(text, figure);
    }

    @Test
    void anAppositiveBetweenTheSpeakerAndItsVerb() {
        assertThat(at("The Kelmora Institute, a think tank that tracks the war, put enemy losses at 90,000.", "90,000")
                .claimant()).isEqualTo("Kelmora Institute");
        assertThat(at("Dorvask Relief, which runs the camps, estimated that 3,000 people had fled.", "3,000")
                .claimant()).isEqualTo("Dorvask Relief");
        assertThat(at("Mara Velt, the regional governor, said 14 people were wounded.", "14").claimant())
                .isEqualTo("Mara Velt");
    }

    @Test
    void aTimeAdverbialBetweenTheSpeakerAndItsVerb() {
        assertThat(at("The Varnitsa Observatory in March put the toll at 212.", "212").claimant())
                .isEqualTo("Varnitsa Observatory");
        assertThat(at("The Kelmora Institute, a think tank, in January put enemy losses at 80,000.", "80,000")
                .claimant()).isEqualTo("Kelmora Institute");
        assertThat(at("Governor Mara Velt on Monday said 9 people were killed.", "9").claimant())
                .isEqualTo("Governor Mara Velt");
    }

    @Test
    void aCommaWithoutAnAppositiveNamesNoSpeaker() {
        // the clause before the comma is no appositive: its last name does not speak
        assertThat(at("Shelling hit Dorvask, and officials counted 30 dead.", "30").claimant()).isNotEqualTo("Dorvask");
    }

    @Test
    void aNounRightBeforeAVerbOfSayingIsTheSpeakerNotWhatWasCounted() {
        assertThat(PartsTest.at("Shells hit the market killing four people and wounding dozens more medics said.", "wounding")
                .category()).isEqualTo("injured");
        assertThat(PartsTest.at("The raid killed 12 activists said on Monday.", "killed").category()).isEqualTo("killed");
        // without a verb before the figure the noun is what is counted
        assertThat(PartsTest.at("Police said 300 officials attended the funeral.", "300").category()).isNotEqualTo("killed");
    }
}
