package org.claimtally.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.claimtally.model.RunClaims;
import org.claimtally.model.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims kept on disk must read back exactly as written, in run order, from any thread. */
class ClaimSpillTest {
    @TempDir
    Path tmp;

    /** Texts of every kind: empty, ASCII, accents, emoji (paired surrogates), a lone surrogate, long. */
    private static String text(Random r, int max) {
        return switch (r.nextInt(6)) {
            case 0 -> "";
            case 1 -> "Ukraine's air force said";
            case 2 -> "Zelenskyy: «près de 400» drones — " + r.nextInt(1000);
            case 3 -> "drones \uD83D\uDE80 and \uD83C\uDDFA\uD83C\uDDE6";
            case 4 -> "broken \uD800 surrogate \uDC00 here";
            default -> "x".repeat(r.nextInt(max + 1));
        };
    }

    private static Double number(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> 0.0;
            case 2 -> -0.0;
            case 3 -> 1e300 * r.nextDouble();
            default -> (double) r.nextInt(1_000_000);
        };
    }

    /** A random claim of {@code doc}; {@code sentence} is shared with the claims around it. */
    static Claim claim(Random r, String doc, String sentence) {
        String quote = text(r, 40);
        int start = r.nextInt(1 << 20);
        Double value = number(r);
        Double low = r.nextBoolean() ? value : number(r);
        Double high = r.nextBoolean() ? value : number(r);
        if (low != null && high != null && low > high) {
            Double t = low;
            low = high;
            high = t;
        }
        return new Claim(doc, start, start + quote.length(), quote, text(r, 20), value, low, high,
                Qualifier.values()[r.nextInt(Qualifier.values().length)], "cat" + r.nextInt(4), r.nextBoolean(),
                text(r, 10), text(r, 10), text(r, 10), text(r, 10), Trend.values()[r.nextInt(Trend.values().length)],
                sentence, start - r.nextInt(300), text(r, 50)).withSentenceClaims(1 + r.nextInt(r.nextBoolean() ? 3 : 5_000));
    }

    /** Documents in random order (ids shuffled), claims in random order within each. */
    static Map<String, List<Claim>> documents(Random r) {
        Map<String, List<Claim>> docs = new LinkedHashMap<>();
        int n = r.nextInt(30);
        for (int d = 0; d < n; d++) {
            String id = "doc-" + r.nextInt(1000) + "-" + d;
            List<Claim> claims = new ArrayList<>();
            String sentence = text(r, 500);
            for (int k = r.nextInt(12); k > 0; k--) {
                if (r.nextInt(3) == 0) {
                    sentence = text(r, 500);
                }
                claims.add(claim(r, id, sentence));
            }
            docs.put(id, claims);
        }
        return docs;
    }

    private RunClaims spill(Map<String, List<Claim>> docs) throws IOException {
        ClaimSpill spill = tmp == null ? ClaimSpill.create() : ClaimSpill.create(tmp); // jqwik has no @TempDir
        for (Map.Entry<String, List<Claim>> e : docs.entrySet()) {
            spill.add(e.getKey(), e.getValue());
        }
        return spill.finish();
    }

    /** What the run held in memory before: all claims, sorted by document, start and end. */
    private static List<Claim> runOrder(Map<String, List<Claim>> docs) {
        List<Claim> all = new ArrayList<>();
        docs.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Claim::doc).thenComparingInt(Claim::start).thenComparingInt(Claim::end));
        return all;
    }

    @Property(tries = 200)
    void claimsReadBackExactlyInRunOrder(@ForAll long seed) throws IOException {
        Map<String, List<Claim>> docs = documents(new Random(seed));
        RunClaims stored = spill(docs);
        List<Claim> expected = runOrder(docs);
        assertThat(stored).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(stored.get(i)).as("claim %d", i).isEqualTo(expected.get(i));
            assertThat(stored.doc(i)).isEqualTo(expected.get(i).doc());
            assertThat(stored.category(i)).isEqualTo(expected.get(i).category());
            assertThat(stored.core(i)).isEqualTo(expected.get(i).core());
        }
        assertThat(stored.coreCount()).isEqualTo(expected.stream().filter(Claim::core).count());
    }

    @Test
    void aClaimLargerThanAReadBlockReadsBack() throws IOException {
        String huge = "a table pasted without full stops ".repeat(10_000); // 340,000 characters
        Claim big = new Claim("t.txt", 100, 102, "29", "29", 29.0, 29.0, 29.0, Qualifier.EXACT, "missiles", true,
                "launched", "Russia", "", "", Trend.NONE, huge, 0, "cue");
        Claim next = new Claim("t.txt", 200, 202, "30", "30", 30.0, 30.0, 30.0, Qualifier.EXACT, "missiles", true,
                "", "", "", "", Trend.NONE, huge, 0, "");
        RunClaims stored = spill(Map.of("t.txt", List.of(next, big)));
        assertThat(stored).containsExactly(big, next);
        assertThat(stored.get(1).sentence()).isEqualTo(huge); // a pointer back to the first copy
    }

    @Test
    void readsFromManyThreadsAtOnceGiveTheSameClaims() throws Exception {
        Map<String, List<Claim>> docs = new LinkedHashMap<>();
        Random r = new Random(7);
        for (int d = 0; d < 300; d++) {
            String id = "d" + d;
            List<Claim> claims = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                claims.add(claim(r, id, "sentence " + k / 3 + " of " + id));
            }
            docs.put(id, claims);
        }
        RunClaims stored = spill(docs);
        List<Claim> expected = runOrder(docs);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    Random pick = new Random(seed);
                    for (int n = 0; n < 20_000; n++) {
                        int i = pick.nextInt(expected.size()); // random jumps, the order facts read members in
                        if (!stored.get(i).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentsWithoutClaimsTakeNoRowsAndRowsOutsideAreRefused() throws IOException {
        Random r = new Random(1);
        Map<String, List<Claim>> docs = new LinkedHashMap<>();
        docs.put("b", List.of(claim(r, "b", "s")));
        docs.put("empty", List.of());
        docs.put("a", List.of(claim(r, "a", "s")));
        RunClaims stored = spill(docs);
        assertThat(stored).hasSize(2);
        assertThat(stored.doc(0)).isEqualTo("a");
        assertThatThrownBy(() -> stored.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> stored.doc(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aClaimOfAnotherDocumentIsRefused() throws IOException {
        ClaimSpill spill = ClaimSpill.create(tmp);
        Random r = new Random(2);
        assertThatThrownBy(() -> spill.add("a", List.of(claim(r, "a", "s"), claim(r, "b", "s"))))
                .hasMessageContaining("claim of b among the claims of a");
        spill.add("c", List.of(claim(r, "c", "s")));
        assertThat(spill.finish()).extracting(Claim::doc).containsExactly("c"); // nothing of "a" was kept
        spill.close();
    }

    @Test
    void theTemporaryFileIsGoneAsSoonAsItIsOpen() throws IOException {
        ClaimSpill spill = ClaimSpill.create(tmp);
        spill.add("a", List.of(claim(new Random(3), "a", "s")));
        RunClaims stored = spill.finish();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty(); // nothing to clean up, even after a kill
        }
        assertThat(stored).hasSize(1);
        spill.close();
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenIsNamedWithTheFix() {
        Path missing = tmp.resolve("no-such-folder");
        assertThatThrownBy(() -> ClaimSpill.create(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot create a temporary file for the claims in " + missing)
                .hasMessageContaining("set TMPDIR to a writable folder");
    }

    @Test
    void aFailedWriteSaysWhereAndWhatToDo() throws IOException {
        ClaimSpill spill = ClaimSpill.create(tmp);
        spill.close(); // as a full disk would, writing fails
        spill.add("a", List.of(claim(new Random(4), "a", "s")));
        assertThatThrownBy(spill::finish).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write the claims' temporary file in " + tmp)
                .hasMessageContaining("free space there or set TMPDIR to another folder");
    }

    @Test
    void textsWithLoneSurrogatesAreTold() {
        assertThat(ClaimCodec.wellFormed("ok \uD83D\uDE80")).isTrue();
        assertThat(ClaimCodec.wellFormed("lone \uD800")).isFalse();
        assertThat(ClaimCodec.wellFormed("\uDC00 first")).isFalse();
        assertThat(ClaimCodec.wellFormed("")).isTrue();
    }
}
