package org.claimtally.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Publication dates read from an article's opening or its file name; the texts are invented. */
class DatelinesTest {
    static final Datelines D = new Datelines(TimeResolverTest.WORDS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Floods in the valley\\n\\nPosted on March 9 2021 by a staff writer. Water rose …   | 2021-03-09",
        "Markets close higher\\n\\nUpdated 14 Nov 2019 The index gained …                  | 2019-11-14",
        "Strike hits depot\\n\\n11-08-2018 A strike hit a fuel depot …                       | 2018-08-11",
        "Talks resume\\n\\nTue Sep 3, 2024 Delegates met again …                             | 2024-09-03",
        "Talks resume\\n\\n2022-05-30 Delegates met again …                                  | 2022-05-30",
    })
    void datelinesInTheOpening(String text, String date) {
        assertThat(D.fromText(text.replace("\\n", "\n"))).isEqualTo(LocalDate.parse(date.strip()));
    }

    @Test
    void aDateDeepInTheBodyIsNoDateline() {
        String text = "Harvest report\n\n" + "The crop was large. ".repeat(40) + "It began on June 2 2010.";
        assertThat(D.fromText(text)).isNull();
    }

    @Test
    void fileNames() {
        assertThat(Datelines.fromFileName("feeds/wire-20190411-story7.txt")).isEqualTo(LocalDate.of(2019, 4, 11));
        assertThat(Datelines.fromFileName("2020-12-01_brief.html")).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(Datelines.fromFileName("report-123456789.txt")).isNull();
        assertThat(Datelines.fromFileName("id-20191345.txt")).isNull();
    }
}
