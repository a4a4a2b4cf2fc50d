package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Page dates: any text gives an ISO date or nothing, never an exception; written days read back exactly. */
class PageDatesPropertiesTest {
    @Property(tries = 2000)
    void anyTextIsADateOrNothing(@ForAll String raw) {
        String iso = Dates.iso(raw);
        assertThat(iso.isEmpty() || Dates.isDate(iso)).as(raw).isTrue();
    }

    @Property(tries = 500)
    void writtenDaysReadBack(@ForAll("days") LocalDate day, @ForAll("forms") String pattern, @ForAll("locales") Locale l) {
        String written = DateTimeFormatter.ofPattern(pattern, l).format(day);
        assertThat(Dates.iso("Published " + written + " at 10:00")).as(written).isEqualTo(day.toString());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(1, 365))
                .as((y, d) -> LocalDate.ofYearDay(y, d));
    }

    @Provide
    Arbitrary<String> forms() {
        return Arbitraries.of("MMMM d, yyyy", "d MMMM yyyy", "EEE MMM dd yyyy", "EEEE, d MMMM yyyy", "yyyy/MM/dd", "d.M.yyyy");
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    }
}
