package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;
import org.junit.jupiter.api.Test;

/** Page furniture is a short line a cue opens; an article that goes on after it on the same line is read. */
class FurnitureLinesTest {
    private static List<String> quotes(String text) {
        return Extract.EXTRACTOR.extract("d.txt", text).stream().map(Claim::quote).toList();
    }

    @Test
    void anArticleOnTheLineOfItsBylineIsRead() {
        assertThat(quotes("Posted on May 3 2024 by Staff Writer. At least 40 people were killed in the blast, "
                + "officials said.")).anyMatch(q -> q.startsWith("At least 40"));
        assertThat(quotes("Updated 5 Feb 2024 Newsroom! Shelling wounded 12 people overnight."))
                .anyMatch(q -> q.contains("12"));
    }

    @Test
    void aFurnitureLineItselfStaysOut() {
        assertThat(quotes("Subscribe now for 12 months of news\nShelling wounded 3 people.")).noneMatch(q -> q.contains("12"));
        assertThat(quotes("Copyright 2024 Example Media, 25 offices worldwide\nShelling wounded 3 people."))
                .noneMatch(q -> q.contains("25"));
    }
}
