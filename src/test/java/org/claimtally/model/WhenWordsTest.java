package org.claimtally.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolved days as a reader says them, in a fact's "what". */
class WhenWordsTest {
    @ParameterizedTest(name = "{0}..{1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2017-04-15 | 2017-04-15 | INCIDENT   | 15 Apr 2017",
        "2026-02-02 | 2026-02-03 | INCIDENT   | 2\u20133 Feb 2026",
        "2017-04-01 | 2017-04-30 | PERIOD     | Apr 2017",
        "2025-01-01 | 2025-12-31 | PERIOD     | 2025",
        "2025-03-01 | 2025-04-06 | PERIOD     | 1 Mar 2025 \u2013 6 Apr 2025",
        "2011-03-01 | 2016-07-02 | CUMULATIVE | up to 2 Jul 2016",
        "-          | 2016-07-02 | CUMULATIVE | up to 2 Jul 2016",
        "-          | -          | UNKNOWN    | ''",
    })
    void words(String from, String to, Scope scope, String expected) {
        When w = new When(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), scope);
        assertThat(w.words()).isEqualTo(expected);
    }
}
