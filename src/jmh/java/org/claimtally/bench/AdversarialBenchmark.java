package org.claimtally.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.model.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extractor on adversarial text: one pattern repeated to 100 KB and to 1 MB. Time should
 * grow ten times with the size (the unit test {@code AdversarialTextTest} guards the same
 * shapes by counting allocation and output, which a loaded machine does not disturb).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC"})
public class AdversarialBenchmark {
    /** The patterns of the unit guard, by name. */
    public enum Pattern {
        DIGITS("1,000,000 12 3,4 5, 6 ,7 1 000 000 "),
        QUALIFIERS("at least more than nearly about up to some an estimated over 150-plus or more "),
        RANGES("20-30-40-50 between 1 and 2 and 3 to 4 or 5 - - -- "),
        NUMBER_WORDS("one hundred and twelve thousand and twenty-five-and-a-half dozens of hundreds of thousands ");

        final String unit;

        Pattern(String unit) {
            this.unit = unit;
        }
    }

    @State(Scope.Benchmark)
    public static class Text {
        @Param({"DIGITS", "QUALIFIERS", "RANGES", "NUMBER_WORDS"})
        Pattern pattern;

        @Param({"100000", "1000000"})
        int chars;

        String text;
        ClaimExtractor extractor;

        @Setup(Level.Trial)
        public void make() {
            text = pattern.unit.repeat(chars / pattern.unit.length());
            extractor = new ClaimExtractor(Lexicon.builtin());
        }
    }

    @Benchmark
    public List<Claim> extract(Text t) {
        return t.extractor.extract("x.txt", t.text);
    }
}
