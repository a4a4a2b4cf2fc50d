package org.claimtally.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.ingest.Ingest;
import org.claimtally.model.Document;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extractor alone on real news text: the first 5,000 stories of the Reuters corpus
 * (../shared/corpus/general/articles.jsonl, or -Dclaimtally.corpus=FILE). Reports documents,
 * characters and claims per second; characters/s ÷ 1e6 is MB/s for this ASCII text.
 * One thread and two threads sharing one extractor, to show how extraction scales.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC"})
public class ExtractorBenchmark {
    static final int STORIES = 5_000;

    /** The corpus and one shared extractor, loaded once. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Document> docs;
        ClaimExtractor extractor;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void load() {
            Path file = Path.of(System.getProperty("claimtally.corpus", "../shared/corpus/general/articles.jsonl"));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("benchmark corpus not found: " + file
                        + " (needs ../shared beside the repository, or -Dclaimtally.corpus=FILE)");
            }
            docs = new ArrayList<>();
            for (Document d : new Ingest(new Ingest.Options(List.of(file)))) {
                docs.add(d);
                if (docs.size() == STORIES) {
                    break;
                }
            }
            extractor = new ClaimExtractor(Lexicon.builtin());
        }

        Document take() {
            return docs.get(Math.floorMod(next.getAndIncrement(), docs.size()));
        }
    }

    /** Per-thread counters JMH reports as rates: characters and claims per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        public long chars;
        public long claims;
    }

    @Benchmark
    @Threads(1)
    public int oneThread(Corpus c, Rates r) {
        return extract(c, r);
    }

    @Benchmark
    @Threads(2)
    public int twoThreads(Corpus c, Rates r) {
        return extract(c, r);
    }

    private static int extract(Corpus c, Rates r) {
        Document d = c.take();
        int n = c.extractor.extract(d.id(), d.text()).size();
        r.chars += d.text().length();
        r.claims += n;
        return n;
    }
}
