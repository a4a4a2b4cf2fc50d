package org.claimtally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.claimtally.model.Claim;

/** Properties of the number grammar and of every claim the extractor makes. */
class NumberPropertiesTest {

    @Property(tries = 300)
    void digitsWithSeparatorsParseBack(@ForAll @IntRange(min = 0, max = 999_999_999) int n,
                                       @ForAll("separators") String sep) {
        String written = group(n, sep);
        List<Claim> claims = Extract.claims("Officials counted " + written + " drones.");
        assertThat(claims).as(written).hasSize(1);
        assertThat(claims.get(0).value()).as(written).isEqualTo((double) n);
    }

    @Property(tries = 300)
    void wordsParseBack(@ForAll @IntRange(min = 1, max = 999_999) int n) {
        String written = Words.render(n);
        List<Claim> claims = Extract.claims("Officials counted " + written + " drones.");
        assertThat(claims).as(written).hasSize(1);
        assertThat(claims.get(0).value()).as(written).isEqualTo((double) n);
    }

    @Property(tries = 400)
    void everyClaimQuotesItsSpanAndKeepsItsBounds(@ForAll("newsText") String text) {
        Extract.checked(text);
    }

    @Property(tries = 200)
    void arbitraryTextNeverBreaksTheExtractor(@ForAll @StringLength(max = 300) String text) {
        Extract.checked(text);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", ",", "\u2009", "\u202F");
    }

    @Provide
    Arbitrary<String> newsText() {
        Arbitrary<String> word = Arbitraries.of("at least", "nearly", "more than", "about", "between", "and", "or",
                "to", "-", "drones", "people", "killed", "wounded", "hundreds", "of", "thousands", "tens", "dozens",
                "several", "a", "few", "half", "million", "one-fifth", "per cent", "%", "$", "Russia", "said",
                "overnight", "2,514", "29", "1.5", "2022", "Su-34", "twenty-five", "one hundred", ".", ",", "\n");
        Arbitrary<String> number = Arbitraries.integers().between(0, 5_000_000).map(i -> Integer.toString(i));
        return Arbitraries.oneOf(word, word, word, number).list().ofMaxSize(40)
                .map(l -> String.join(" ", l));
    }

    static String group(int n, String sep) {
        String plain = Integer.toString(n);
        if (sep.isEmpty()) {
            return plain;
        }
        StringBuilder sb = new StringBuilder();
        int lead = plain.length() % 3;
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(plain.charAt(i));
        }
        return sb.toString();
    }

    /** English number words for 1..999,999, as newsrooms write them. */
    static final class Words {
        private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
        private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

        static String render(int n) {
            if (n >= 1000) {
                String rest = n % 1000 == 0 ? "" : (n % 1000 < 100 ? " and " : " ") + below1000(n % 1000);
                return below1000(n / 1000) + " thousand" + rest;
            }
            return below1000(n);
        }

        private static String below1000(int n) {
            if (n >= 100) {
                String rest = n % 100 == 0 ? "" : " and " + below100(n % 100);
                return ONES[n / 100] + " hundred" + rest;
            }
            return below100(n);
        }

        private static String below100(int n) {
            if (n < 20) {
                return ONES[n];
            }
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }

        static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
