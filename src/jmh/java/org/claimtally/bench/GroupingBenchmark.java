package org.claimtally.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimtally.aggregate.FactGrouper;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.Qualifier;
import org.claimtally.model.SourceInfo;
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
 * Grouping alone, at 1k, 10k and 100k claims of one category published on one day (the
 * hardest window: every claim is a candidate for every fact). Claims come five to a document,
 * tolls of a few hundred invented incidents, each named by a town and reported with figures
 * that vary. The score is the time of one grouping; divided by {@code claims} it is the time
 * per claim, which should stay flat as the window grows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseSerialGC"})
public class GroupingBenchmark {
    /** The built-in lexicon's grouping words, as a run uses them. */
    static final org.claimtally.event.GroupingWords WORDS =
            org.claimtally.pipeline.LexiconWords.grouping(org.claimtally.extract.Lexicon.builtin());
    @State(Scope.Benchmark)
    public static class Window {
        @Param({"1000", "10000", "100000"})
        int claims;

        List<Claim> list;
        Map<String, DocSummary> docs;

        @Setup(Level.Trial)
        public void make() {
            Random rnd = new Random(42);
            list = new ArrayList<>(claims);
            docs = new HashMap<>();
            int incidents = Math.max(10, claims / 50);
            for (int i = 0; i < claims; i++) {
                String doc = String.format(Locale.ROOT, "doc%06d.txt", i / 5);
                int incident = rnd.nextInt(incidents);
                String town = "Town" + Integer.toString(incident, 26).toUpperCase(Locale.ROOT).replace('0', 'Q');
                double value = 10 + incident % 90 + rnd.nextInt(5);
                String sentence = "Officials said " + (int) value + " people were killed in " + town
                        + " when shells hit the market on Saturday.";
                int start = 15;
                String quote = (int) value + " people were killed";
                list.add(new Claim(doc, start + i * 200, start + i * 200 + quote.length(), quote,
                        Integer.toString((int) value), value, value, value, Qualifier.EXACT, "killed", true, "killed",
                        "", "Officials", "Saturday", null, sentence, i * 200, ""));
                docs.computeIfAbsent(doc, d -> new DocSummary(d, new SourceInfo(d, "Outlet " + d, "", "2024-05-04",
                        "Shelling in " + town, Map.of()), 100, 1000, 5, ""));
            }
        }
    }

    @Benchmark
    public List<Fact> group(Window w) {
        return new FactGrouper(w.docs, WORDS).group(w.list);
    }
}
