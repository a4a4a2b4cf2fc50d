package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal table fits the width it is given, cutting its widest columns first. */
class TextTableTest {
    private record Row(String id, String what, String figures) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(new Column<>("fact", Row::id),
            new Column<>("what", Row::what), new Column<>("figures", Row::figures));
    private static final List<Row> ROWS = List.of(
            new Row("F0001", "people killed in the shelling of the market, Tuesday", "a.txt: 12; b.txt: 15; c.txt: 14"),
            new Row("F0002", "drones launched overnight", "a.txt: 396"));

    @Test
    void everyLineFitsTheWidthAndTheWidestColumnIsCutFirst() {
        String table = new TextTable<>(COLUMNS, 60, 50).render(ROWS);
        assertThat(table.lines()).allMatch(l -> l.length() <= 50);
        assertThat(table).contains("F0001", "F0002", "…");
    }

    @Test
    void noWidthKeepsEveryCharacter() {
        String table = new TextTable<>(COLUMNS, 60, 0).render(ROWS);
        assertThat(table).contains("people killed in the shelling of the market, Tuesday", "a.txt: 12; b.txt: 15; c.txt: 14");
    }

    @Test
    void aWidthTooNarrowForEveryColumnStopsAtTheirLeast() {
        String table = new TextTable<>(COLUMNS, 60, 10).render(ROWS);
        assertThat(table.lines().skip(2)).allMatch(l -> l.startsWith("F000"));
        assertThat(table.lines()).allMatch(l -> l.length() <= 5 + 2 + 6 + 2 + 7 + 2); // columns at their least
    }
}
