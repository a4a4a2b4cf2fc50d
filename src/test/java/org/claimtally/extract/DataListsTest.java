package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;

/** Numbers listed with no word between them are data, not claims; prose enumerations stay claims. */
class DataListsTest {
    private static List<String> notes(String text) {
        List<String> notes = new ArrayList<>();
        Extract.EXTRACTOR.extract("t.txt", text, notes::add);
        return notes;
    }

    @Test
    void aLongRunOfBareNumbersIsADataTableNotClaims() {
        for (String text : new String[] {
            "Results were 4, 9, 12, 17, 21, 30, 33, 41, 48, 50 in the tally.",
            "Shares moved 1.2%, 0.8%, 3.1%, 2.2%, 0.5%, 4.4%, 1.9%, 2.0% over the week.",
            "Bids of 510 (520), 400 (410), 375 (385), 355 (365) were heard."}) {
            List<Claim> claims = Extract.claims(text);
            assertThat(claims).as(text).isEmpty();
            assertThat(notes(text)).as(text).singleElement().asString()
                    .contains("numbers listed with no word between them").contains("read as a data table");
        }
    }

    @Test
    void proseEnumerationsAndLabelledRowsStayClaims() {
        assertThat(Extract.claims("Officials said 3, 4 or 5 people were killed in each of the raids.")).isNotEmpty();
        assertThat(Extract.claims("Region 1: 12 killed, 30 injured; region 2: 8 killed, 14 injured; region 3: 5 killed.")
                .stream().filter(Claim::core).count()).isEqualTo(5);
        assertThat(Extract.claims("The barrage of 29 missiles, 396 drones, 12 bombs and 40 shells hit 5 towns, 7 villages and 3 ports."))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(notes("Officials said 3, 4 or 5 people were killed.")).isEmpty();
    }

    @Test
    void aRunBelowTheThresholdIsRead() {
        StringBuilder sb = new StringBuilder("Counts were ");
        for (int i = 0; i < DataLists.MIN_RUN - 1; i++) {
            sb.append(i == 0 ? "" : ", ").append(10 + i);
        }
        sb.append(" people killed.");
        assertThat(notes(sb.toString())).isEmpty();
    }

    @Test
    void theCsvOfAnyDenseShapeStaysWithinTwentyTimesItsInput() {
        for (String unit : new String[] {"1,2,3, ", "7 killed, ", "region 4: 9 killed, 11 injured; ", "3 dead 4 dead ",
            "at least 12 people were killed, ", "12 missiles and 40 drones, ",
            "tens of ", "dozens of people, ", "hundreds and thousands, "}) {
            String text = "Officials said " + unit.repeat(3_000) + ".";
            long bytes = Extract.csvBytes(Extract.claims(text));
            assertThat(bytes).as(unit).isLessThanOrEqualTo((long) Extract.OUTPUT_RATIO * text.length());
        }
    }
}
