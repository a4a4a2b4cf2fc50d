package org.claimtally.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetOutTest {
    @Test
    void linkFormulaDoublesQuotesSoTextStaysALiteral() {
        assertThat(SheetOut.hyperlinkFormula("'Claims'!A5", "nearly 400"))
                .isEqualTo("HYPERLINK(\"#'Claims'!A5\",\"nearly 400\")");
        assertThat(SheetOut.hyperlinkFormula("'Claims'!A5", "\",1)+CMD(\""))
                .isEqualTo("HYPERLINK(\"#'Claims'!A5\",\"\"\",1)+CMD(\"\"\")");
    }

    @Test
    void textTooLongForAFormulaLiteralGetsNoFormula() {
        assertThat(SheetOut.hyperlinkFormula("'Claims'!A5", "x".repeat(256))).isNull();
        assertThat(SheetOut.hyperlinkFormula("'Claims'!A5", "x".repeat(255))).isNotNull();
    }

    @Test
    void webAddressesOnly() {
        assertThat(SheetOut.isWebUrl("https://example.org/a")).isTrue();
        assertThat(SheetOut.isWebUrl("javascript:alert(1)")).isFalse();
        assertThat(SheetOut.isWebUrl("file:///etc/passwd")).isFalse();
    }
}
