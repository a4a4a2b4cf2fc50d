package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.Grade;
import org.claimtally.model.RunResult;
import org.claimtally.model.Status;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.pipeline.Progress;
import org.claimtally.pipeline.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts on the seeds and on real multi-outlet clusters of the conflict corpus. Expected
 * figures were read from the articles, not copied from the program's output.
 */
class AggregationTest {
    static final Path CORPUS = Path.of(System.getProperty("claimtally.shared", "../shared")).resolve("corpus/conflict");

    @TempDir
    Path tmp;

    static RunResult run(Path... inputs) throws Exception {
        return new Pipeline(RunOptions.of(List.of(inputs))).run(Progress.NONE);
    }

    static Optional<Fact> find(RunResult r, String category, String subject, String action, String actor, double figure) {
        return r.facts().stream().filter(f -> f.category().equals(category) && f.subject().equals(subject)
                && (action == null || f.action().equals(action)) && (actor == null || f.actor().equals(actor))
                && f.members().stream().anyMatch(m -> m.primary() && m.claim(r.claims()).pointValue() == figure)).findFirst();
    }

    /** The documents of a fact's shown figures, one per document. */
    static List<String> docs(RunResult r, Fact f) {
        return f.members().stream().filter(FactMember::primary).map(m -> m.claim(r.claims()).doc()).toList();
    }

    @Test
    void seedFacts() throws Exception {
        RunResult r = run(Path.of("input"));
        Fact missiles = find(r, "missiles", "", "launched", "Russia", 29).orElseThrow();
        assertThat(docs(r, missiles)).containsExactly("000_30be34a3fe51119f.txt", "001_587aaaef3ee328cb.txt");
        assertThat(missiles.status()).isEqualTo(Status.AGREE);
        assertThat(missiles.rangeText()).isEqualTo("29");

        Fact drones = find(r, "drones", "", "launched", "Russia", 396).orElseThrow();
        assertThat(docs(r, drones)).containsExactly("000_30be34a3fe51119f.txt", "001_587aaaef3ee328cb.txt");
        assertThat(drones.status()).isEqualTo(Status.CONSISTENT);
        assertThat(drones.rangeText()).isEqualTo("396–400");
        assertThat(drones.low()).isEqualTo(396.0);
        assertThat(drones.high()).isEqualTo(400.0);
        assertThat(drones.best()).isEqualTo(396.0); // one originator each: the tie goes to the lower figure

        Fact sinceStart = find(r, "missiles", "", "launched", "Russia", 28).orElseThrow();
        assertThat(sinceStart).isNotEqualTo(missiles);
        assertThat(sinceStart.members()).hasSize(1);
        assertThat(sinceStart.grade()).isEqualTo(Grade.SINGLE_SOURCE);

        Fact ukrainian = find(r, "drones", "", "launched", "Ukraine", 150).orElseThrow();
        assertThat(ukrainian.members()).hasSize(1);
        assertThat(ukrainian.rangeText()).isEqualTo(">150");
        assertThat(ukrainian.members().get(0).claim(r.claims()).claimant()).isEqualTo("Russia");
    }

    @Test
    void eachDocumentShowsOneFigureAndNoFactHasTwoActors() throws Exception {
        RunResult r = run(Path.of("input"));
        for (Fact f : r.facts()) {
            assertThat(docs(r, f)).as(f.label()).doesNotHaveDuplicates();
            assertThat(f.documents()).isEqualTo(docs(r, f).size());
            assertThat(f.members().stream().map(m -> m.claim(r.claims()).actor()).filter(a -> !a.isEmpty()).distinct().count())
                    .as(f.label()).isLessThanOrEqualTo(1);
        }
    }

    /** Khan Sheikhoun, 4 April 2017: outlets report "at least 58", "58" and "at least 72" killed. */
    @Test
    void idlibChemicalAttackTollIsOneContestedFact() throws Exception {
        Path in = cluster("fakes-20170404-idlib-");
        RunResult r = run(in);
        Fact toll = find(r, "killed", "", null, null, 58).orElseThrow();
        assertThat(docs(r, toll)).contains("fakes-20170404-idlib-ahram-1923848146.txt",
                "fakes-20170404-idlib-alaraby-1923102872.txt", "fakes-20170404-idlib-asharqalawsat-1918150030.txt",
                "fakes-20170404-idlib-trt-1919191759.txt");
        assertThat(toll.low()).isLessThanOrEqualTo(58.0); // an early "at least 32 are confirmed dead" is the same toll
        // the toll rose through the day: 58, then 72, "more than 100" by the opposition's count
        assertThat(toll.members()).extracting(m -> m.claim(r.claims()).value()).contains(58.0, 72.0);
        assertThat(toll.high()).isGreaterThanOrEqualTo(72.0);
        assertThat(toll.status()).isEqualTo(Status.CONFLICT); // "58 killed" cannot be "at least 72"
        assertThat(toll.grade()).isEqualTo(Grade.CONTESTED);
        for (FactMember m : toll.members()) {
            assertThat(m.claim(r.claims()).sentence()).contains(m.claim(r.claims()).quote());
        }
        // the children among the dead are another fact: nine (Al-Araby) against 11 (the others)
        Fact children = find(r, "killed", "children", null, null, 11).orElseThrow();
        assertThat(children).isNotEqualTo(toll);
        assertThat(children.low()).isEqualTo(9.0);
        assertThat(children.status()).isEqualTo(Status.CONFLICT);
    }

    /** Abu Dhabi talks, 5 February 2026: 314 prisoners exchanged, 157 on each side. */
    @Test
    void prisonerSwapAgreesAcrossOutlets() throws Exception {
        RunResult r = run(cluster("ua26-20260205-"));
        Fact swap = find(r, "prisoners", "", null, null, 314).orElseThrow();
        assertThat(docs(r, swap)).hasSize(2);
        assertThat(swap.status()).isEqualTo(Status.AGREE);
        Fact each = find(r, "prisoners", "each", null, null, 157).orElseThrow(); // "157 … each": a share, not the total
        assertThat(docs(r, each)).contains("ua26-20260205-reuters-ukraine-russia-end-second-round-of-peace.txt");
        assertThat(each).isNotEqualTo(swap);
    }

    /** Ghouta, 21 August 2013: "at least 640" and "at least 1,300" killed can both be true. */
    @Test
    void ghoutaTollsAreConsistent() throws Exception {
        RunResult r = run(cluster("fakes-20130821-damascus-"));
        Fact toll = find(r, "killed", "", null, null, 1300).orElseThrow();
        assertThat(toll.members()).extracting(m -> m.claim(r.claims()).value()).contains(640.0, 1300.0);
        assertThat(toll.status()).isEqualTo(Status.CONSISTENT);
    }

    @Test
    void sameClaimantIsOneOriginator() throws Exception {
        Path dir = tmp.resolve("monitor");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "Blast in Marjeh market\n\nMore than 60 people were wounded in the "
                + "blast in Marjeh, the Syrian Observatory for Human Rights said.\n");
        Files.writeString(dir.resolve("b.txt"), "Marjeh bombing\n\nThe Syrian Observatory for Human Rights said more "
                + "than 60 people were wounded when a car bomb went off in the Marjeh market.\n");
        RunResult r = run(dir);
        Fact wounded = find(r, "injured", "", null, null, 60).orElseThrow();
        assertThat(wounded.documents()).isEqualTo(2);
        assertThat(wounded.originators()).isEqualTo(1); // both outlets cite the Syrian Observatory
        assertThat(wounded.grade()).isEqualTo(Grade.SINGLE_SOURCE);
    }

    @Test
    void syndicatedCopiesShareAGroupAndCountOnce(@TempDir Path dir) throws Exception {
        String story = Files.readString(Path.of("input/000_30be34a3fe51119f.txt"));
        Files.writeString(dir.resolve("a.txt"), story);
        Files.writeString(dir.resolve("b.txt"), "Reposted by a partner site.\n" + story.replace("Tuesday", "Tuesday "));
        RunResult r = run(dir);
        assertThat(r.documents()).extracting(d -> d.syndicationGroup()).containsOnly("a.txt");
        Fact missiles = find(r, "missiles", "", "launched", "Russia", 29).orElseThrow();
        assertThat(missiles.documents()).isEqualTo(2);
        assertThat(missiles.originators()).isEqualTo(1);
    }

    @Test
    void rulesMergeAndSplit() throws Exception {
        RunResult plain = run(Path.of("input"));
        Fact missiles = find(plain, "missiles", "", "launched", "Russia", 29).orElseThrow();
        Fact sinceStart = find(plain, "missiles", "", "launched", "Russia", 28).orElseThrow();
        Path rules = tmp.resolve("rules.csv");
        Files.writeString(rules, "rule,select,with\nsplit," + missiles.id() + ",\nmerge,doc=004*&category=killed,"
                + "doc=004*&category=injured\n");
        RunResult ruled = new Pipeline(new RunOptions(List.of(Path.of("input")), null, null, rules, 0, 1))
                .run(Progress.NONE);
        assertThat(ruled.facts()).filteredOn(f -> f.id().startsWith(missiles.id())).hasSize(2)
                .allMatch(f -> f.why().contains("split by rule at rules.csv line 2"));
        assertThat(ruled.facts()).filteredOn(f -> f.id().equals(sinceStart.id())).hasSize(1);
        assertThat(ruled.facts()).anyMatch(f -> f.why().contains("merged by rule at rules.csv line 3")
                && f.members().size() == 2);
    }

    /**
     * Facts finished early, as the date window passes them (13 years of the conflict corpus),
     * are exactly the facts finished at the end.
     */
    @Test
    void sealingFactsAsTheWindowPassesChangesNothing() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/conflict not present");
        RunResult r = new Pipeline(new RunOptions(List.of(CORPUS), CORPUS.resolve("MANIFEST.csv"), null, null, 0, 0))
                .run(Progress.NONE); // the manifest dates the articles: the window needs dates
        java.util.Map<String, org.claimtally.model.DocSummary> docs = new java.util.HashMap<>();
        r.documents().forEach(d -> docs.put(d.id(), d));
        FactGrouper grouper = new FactGrouper(docs, org.claimtally.pipeline.LexiconWords.grouping(org.claimtally.extract.Lexicon.builtin()));
        List<Fact> sealed = grouper.group(r.claims(), FactRules.none(), true);
        List<Fact> open = grouper.group(r.claims(), FactRules.none(), false);
        assertThat(ShuffleInvarianceTest.csv(sealed, r.claims())).isEqualTo(ShuffleInvarianceTest.csv(open, r.claims()));
        assertThat(sealed).hasSizeGreaterThan(1000);
    }

    /** A figure a hundred outlets repeat explains its first joins and counts the rest: a cell holds 32,767 characters. */
    @Test
    void aWidelyRepeatedFactExplainsItsFirstJoinsAndCountsTheRest() throws Exception {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        int n = FactGrouper.MAX_LINKS + 6;
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "outlet%02d.txt", i)),
                    "Strike on Kharkiv\n\nRussia launched 29 missiles overnight, Ukraine's air force said. Outlet " + i
                            + " reports from a different desk with its own words about the attack.\n");
        }
        RunResult r = run(dir);
        Fact missiles = find(r, "missiles", "", "launched", "Russia", 29).orElseThrow();
        assertThat(missiles.members()).hasSize(n);
        assertThat(missiles.why()).contains("; and 5 more joined");
        assertThat(missiles.why().split("joined \\(similarity")).hasSize(FactGrouper.MAX_LINKS + 1);
    }

    private Path cluster(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/conflict not present");
        Path dir = tmp.resolve(prefix);
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(CORPUS)) {
            s.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(files::add);
        }
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }
}
