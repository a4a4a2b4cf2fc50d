package org.claimtally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.claimtally.model.Claim;
import org.claimtally.event.NameFrequencies;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.claimtally.pipeline.Pipeline;
import org.claimtally.pipeline.Progress;
import org.claimtally.pipeline.Reports;
import org.claimtally.pipeline.RunOptions;

/** The order in which claims arrive never changes the facts. */
class ShuffleInvarianceTest {
    static final RunResult SEEDS = seeds();
    static final String EXPECTED = csv(SEEDS);

    static RunResult seeds() {
        try {
            return new Pipeline(RunOptions.of(List.of(Path.of("input")))).run(Progress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(RunResult r) {
        return csv(r.facts(), r.claims());
    }

    /** The facts' CSV; {@code claims} are the claims the facts' rows point into. */
    static String csv(List<Fact> facts, List<Claim> claims) {
        try {
            StringWriter w = new StringWriter();
            Reports.facts(facts, claims, "csv", w);
            return w.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run's name frequencies, as the pipeline counts them: they depend on the documents, not their order. */
    static NameFrequencies frequencies(RunResult r) {
        NameFrequencies f = new NameFrequencies(org.claimtally.pipeline.LexiconWords.grouping(org.claimtally.extract.Lexicon.builtin()));
        Map<String, List<Claim>> byDoc = new HashMap<>();
        r.claims().forEach(c -> byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c));
        for (DocSummary d : r.documents()) {
            String text;
            try {
                text = java.nio.file.Files.readString(Path.of("input", d.id()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            f.add(d.id(), d.source().title(), text, byDoc.getOrDefault(d.id(), List.of()));
        }
        return f;
    }

    @Property(tries = 25)
    void shuffledClaimsGiveTheSameFacts(@ForAll long seed) {
        List<Claim> claims = new ArrayList<>(SEEDS.claims());
        Collections.shuffle(claims, new Random(seed));
        Map<String, DocSummary> docs = new HashMap<>();
        List<DocSummary> docList = new ArrayList<>(SEEDS.documents());
        Collections.shuffle(docList, new Random(seed + 1));
        docList.forEach(d -> docs.put(d.id(), d));
        assertThat(csv(new FactGrouper(docs, frequencies(SEEDS)).group(claims), claims)).isEqualTo(EXPECTED);
    }

    @Property(tries = 5)
    void inputPathOrderDoesNotMatter(@ForAll long seed) throws Exception {
        List<Path> files = new ArrayList<>();
        for (DocSummary d : SEEDS.documents()) {
            files.add(Path.of("input", d.id()));
        }
        Collections.shuffle(files, new Random(seed));
        RunResult r = new Pipeline(new RunOptions(files, Path.of("input/sources.csv"), null, null, 0, 2))
                .run(Progress.NONE);
        assertThat(csv(r)).isEqualTo(EXPECTED);
    }
}
