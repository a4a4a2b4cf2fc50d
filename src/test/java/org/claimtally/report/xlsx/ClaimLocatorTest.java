package org.claimtally.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.junit.jupiter.api.Test;

/** Links from Facts to Claims rows must point at the very claim, whatever order a run lists them in. */
class ClaimLocatorTest {
    static Claim claim(String doc, int start, String quote) {
        return new Claim(doc, start, start + quote.length(), quote, quote, 29.0, 29.0, 29.0, Qualifier.EXACT,
                "missiles", true, "", "", "", "", null, "", 0, "");
    }

    @Test
    void findsEachClaimOfARunInRunOrder() {
        Claim a = claim("a.txt", 5, "29");
        Claim b1 = claim("b.txt", 0, "29");
        Claim b2 = claim("b.txt", 0, "29"); // same span, equal record, its own row
        Claim c = claim("c.txt", 7, "29");
        ClaimLocator loc = new ClaimLocator(List.of(a, b1, b2, c), 1_048_575);
        assertThat(loc.index(a)).isZero();
        assertThat(loc.index(b1)).isEqualTo(1);
        assertThat(loc.index(b2)).isEqualTo(2);
        assertThat(loc.index(c)).isEqualTo(3);
        assertThat(loc.link(c)).isEqualTo("'Claims'!A5");
    }

    @Test
    void findsClaimsListedInAnyOtherOrder() {
        Claim a = claim("a.txt", 5, "29");
        Claim c = claim("c.txt", 7, "29");
        Claim b = claim("b.txt", 0, "29");
        ClaimLocator loc = new ClaimLocator(List.of(c, a, b), 1_048_575);
        assertThat(loc.index(c)).isZero();
        assertThat(loc.index(a)).isEqualTo(1);
        assertThat(loc.index(b)).isEqualTo(2);
    }

    @Test
    void aClaimNotInTheRunHasNoRow() {
        Claim a = claim("a.txt", 5, "29");
        ClaimLocator sorted = new ClaimLocator(List.of(a), 10);
        assertThat(sorted.index(claim("a.txt", 5, "29"))).isEqualTo(-1); // equal, but not this run's claim
        assertThat(sorted.link(claim("z.txt", 0, "29"))).isNull();
    }

    @Test
    void rowsPastTheSheetLimitContinueOnTheNextClaimsSheet() {
        List<Claim> claims = List.of(claim("a.txt", 0, "29"), claim("a.txt", 9, "29"), claim("a.txt", 20, "29"));
        ClaimLocator loc = new ClaimLocator(claims, 2);
        assertThat(loc.link(claims.get(2))).isEqualTo("'Claims (2)'!A2");
    }
}
