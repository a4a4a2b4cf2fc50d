package org.claimtally.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.FactMembers;
import org.claimtally.model.Grade;
import org.claimtally.model.Qualifier;
import org.claimtally.model.RunClaims;
import org.claimtally.model.Status;
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

    /** Claims as a store on disk hands them out: a fresh, equal copy on every read. */
    static RunClaims copying(List<Claim> claims) {
        return new RunClaims() {
            @Override
            public Claim get(int i) {
                Claim c = claims.get(i);
                return new Claim(c.doc(), c.start(), c.end(), c.quote(), c.figure(), c.value(), c.low(), c.high(),
                        c.qualifier(), c.category(), c.core(), c.action(), c.actor(), c.claimant(), c.time(),
                        c.trend(), c.sentence(), c.sentenceStart(), c.cues());
            }

            @Override
            public int size() {
                return claims.size();
            }

            @Override
            public String doc(int i) {
                return claims.get(i).doc();
            }

            @Override
            public String category(int i) {
                return claims.get(i).category();
            }
        };
    }

    static Fact fact(RunClaims claims, int... rows) {
        List<FactMember> members = new java.util.ArrayList<>();
        for (int row : rows) {
            members.add(new FactMember(row, 1, "outlet", "document:" + claims.doc(row)));
        }
        return new Fact("F0001", "missiles", "", true, "", "", "", members, 29.0, 29.0, 29.0,
                "29", Status.AGREE, Grade.CORROBORATED, rows.length, 1, rows.length, "");
    }

    @Test
    void membersKeptAsRowsAreFoundByTheirRowEvenAmongEqualClaims() {
        RunClaims claims = copying(List.of(claim("a.txt", 5, "29"), claim("b.txt", 0, "29"), claim("b.txt", 0, "29")));
        Fact f = fact(claims, 2, 0);
        ClaimLocator loc = new ClaimLocator(claims, 1_048_575);
        assertThat(loc.index(f, 0)).isEqualTo(2); // equal to row 1 in every field: only the row tells them apart
        assertThat(loc.index(f, 1)).isZero();
        assertThat(loc.link(f, 0)).isEqualTo("'Claims'!A4");
        assertThat(f.members()).isSameAs(f.members()).isInstanceOf(FactMembers.class); // kept compact, not copied
    }

    @Test
    void aRowBeyondTheseClaimsIsNoRow() {
        RunClaims theirs = copying(List.of(claim("a.txt", 5, "29"), claim("b.txt", 0, "29")));
        Fact f = fact(theirs, 1);
        ClaimLocator loc = new ClaimLocator(List.of(claim("b.txt", 0, "29")), 1_048_575);
        assertThat(loc.index(f, 0)).isEqualTo(-1); // row 1 means nothing among one claim
    }

    @Test
    void aMemberRowOutsideTheClaimsIsRefused() {
        RunClaims claims = copying(List.of(claim("a.txt", 5, "29")));
        Fact outside = fact(copying(List.of(claim("a.txt", 5, "29"), claim("b.txt", 0, "29"))), 1);
        assertThatThrownBy(() -> new org.claimtally.model.RunResult("", "", List.of(), claims, List.of(outside), List.of()))
                .hasMessageContaining("row 1, outside the run's 1 claims");
        assertThatThrownBy(() -> new FactMember(-2, 1, "", "")).hasMessageContaining("row must be 0 or more");
    }
}
