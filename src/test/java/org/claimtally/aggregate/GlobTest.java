package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Rule globs match as a regular expression of their parts would, without its backtracking. */
class GlobTest {

    static boolean byRegex(String glob, String value) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    @Property(tries = 2000)
    void agreesWithTheRegularExpression(@ForAll @Chars({'a', 'b', '*'}) @StringLength(max = 7) String glob,
                                        @ForAll @Chars({'a', 'b', 'A'}) @StringLength(max = 9) String value) {
        assertThat(FactRules.globMatches(glob, value)).as(glob + " ~ " + value).isEqualTo(byRegex(glob, value));
    }

    @Test
    void theBacktrackingCaseIsOneScan() {
        String value = "a".repeat(100_000);
        assertThat(FactRules.globMatches("*a*a*a*a*a*b", value)).isFalse();
        assertThat(FactRules.globMatches("*a*a*a*a*a*", value)).isTrue();
        assertThat(FactRules.globMatches("Kyiv*", "kyiv region")).isTrue();
    }
}
