package org.claimtally.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cell text rules: XML-safe, within Excel's limit, formula-inert in CSV. */
class CellsTest {
    @Test
    void textOverTheCellLimitIsCutWithAMarker() {
        String s = Cells.cellText("x".repeat(40_000));
        assertThat(s).hasSize(Cells.MAX_CELL).endsWith(Cells.CUT_MARKER);
        assertThat(Cells.cellText("short")).isEqualTo("short");
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String s = Cells.cellText("a".repeat(Cells.MAX_CELL - Cells.CUT_MARKER.length() - 1) + "\uD83D\uDE00".repeat(10));
        assertThat(s.length()).isLessThanOrEqualTo(Cells.MAX_CELL);
        assertThat(Character.isHighSurrogate(s.charAt(s.length() - Cells.CUT_MARKER.length() - 1))).isFalse();
    }

    @Test
    void xmlIllegalCharactersAreRemoved() {
        assertThat(Cells.xmlSafe("a\u0000b\u0001c\u0007d\u001be\uFFFEf\tg\nh")).isEqualTo("abcdef\tg\nh");
        assertThat(Cells.xmlSafe("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(Cells.xmlSafe("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    }

    @Test
    void formulaLeadersAreNeutralisedForSpreadsheets() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx"}) {
            assertThat(Cells.formulaSafe(s)).startsWith("'");
        }
        assertThat(Cells.formulaSafe("29 missiles")).isEqualTo("29 missiles");
    }

    @Test
    void longSentencesShowAWindowAroundTheQuote() {
        String sentence = "a ".repeat(3000) + "29 missiles" + " b".repeat(3000);
        int at = sentence.indexOf("29 missiles");
        String w = Cells.around(sentence, at, at + 11, 1000);
        assertThat(w).contains("29 missiles").startsWith("… ").endsWith(" …");
        assertThat(w.length()).isLessThanOrEqualTo(1004);
    }

    /** Every output carries a window of a long line around the figure, marked where cut; prose sentences whole. */
    @org.junit.jupiter.api.Test
    void aLongLineIsCutAroundTheFigure() {
        String line = "Officials said " + "1, 2, 3, ".repeat(300) + "and 45 people were killed, " + "4, 5, 6, ".repeat(300);
        int at = line.indexOf("45 people");
        org.claimtally.model.Claim c = org.claimtally.extract.Extract.EXTRACTOR.extract("d.txt", line).stream()
                .filter(x -> x.start() == at).findFirst().orElseThrow();
        String w = Cells.sentenceWindow(c);
        org.assertj.core.api.Assertions.assertThat(w).contains("45 people were killed").startsWith("… ").endsWith(" …");
        org.assertj.core.api.Assertions.assertThat(w.length()).isLessThanOrEqualTo(Cells.SENTENCE_WINDOW + 4);
        org.claimtally.model.Claim prose = org.claimtally.extract.Extract.EXTRACTOR
                .extract("d.txt", "Shelling killed 12 people in the town on Monday, officials said.").get(0);
        org.assertj.core.api.Assertions.assertThat(Cells.sentenceWindow(prose)).isEqualTo(prose.sentence());
    }

    @Test
    void aWindowDenseWithFiguresIsCutToItsShareOfEach() {
        String row = "zone 4: 9 killed, 11 injured; ";
        String sentence = row.repeat(40);
        int at = row.length() * 20 + 8;
        org.claimtally.model.Claim c = new org.claimtally.model.Claim("t.txt", at, at + 8, "9 killed", "9", 9.0, 9.0, 9.0,
                org.claimtally.model.Qualifier.EXACT, "killed", true, "killed", "", "", "", null, sentence, 0, "")
                .withSentenceClaims(80);
        assertThat(Cells.sentenceWindow(c.withSentenceClaims(1))).hasSize(Cells.SENTENCE_WINDOW + 4);
        String w = Cells.sentenceWindow(c);
        assertThat(w).contains("9 killed").startsWith("… ").endsWith(" …");
        assertThat(w.length()).isLessThan(Cells.SENTENCE_WINDOW / 2);
        String prose = "Officials said 29 missiles and 396 drones were launched overnight at 12 regions, and 4 people were killed.";
        org.claimtally.model.Claim p = new org.claimtally.model.Claim("t.txt", 15, 26, "29 missiles", "29", 29.0, 29.0, 29.0,
                org.claimtally.model.Qualifier.EXACT, "missiles", true, "launched", "", "Officials", "overnight", null, prose, 0, "");
        assertThat(Cells.sentenceWindow(p)).isEqualTo(prose);
    }
}
