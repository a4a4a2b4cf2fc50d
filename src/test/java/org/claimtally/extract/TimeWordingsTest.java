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
}
