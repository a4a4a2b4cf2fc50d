package org.claimtally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.eval.FactScorer;
import org.claimtally.eval.GoldFile;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.RunResult;
import org.claimtally.pipeline.Progress;

/** {@code eval --facts}: runs the whole pipeline and scores its facts against hand-made ones. */
final class FactsEval {
    private FactsEval() {
    }

    static int run(PrintWriter out, List<Path> goldFiles, InputOptions input, boolean verbose) throws IOException {
        List<FactScorer.GoldFactClaim> gold = new ArrayList<>();
        for (Path g : goldFiles) {
            if (!g.toFile().isFile()) {
                throw new UsageException("--facts: no such file: " + g);
            }
            gold.addAll(GoldFile.readFacts(g));
        }
        RunResult r = InputOptions.pipeline(input.toRunOptions(null)).run(Progress.NONE);
        FactScorer.Result s = FactScorer.score(gold, predicted(r));
        s.lines().forEach(out::println);
        if (verbose) {
            s.wrongMerges().forEach(p -> out.println("WRONG MERGE " + show(p.a(), p.predictedA()) + " <-> "
                    + show(p.b(), p.predictedB())));
            s.missedLinks().forEach(p -> out.println("NOT MERGED  " + show(p.a(), p.predictedA()) + " <-> "
                    + show(p.b(), p.predictedB())));
        }
        out.println(s.lastLine());
        out.flush();
        return ExitCodes.OK;
    }

    private static String show(FactScorer.GoldFactClaim g, String predicted) {
        String doc = g.doc().length() > 40 ? g.doc().substring(0, 40) : g.doc();
        return doc + ":" + g.start() + " '" + g.quote() + "' [" + g.fact() + " | " + predicted + "]";
    }

    /** Every claim of the run with the id of its fact ("" for none). */
    static List<FactScorer.Predicted> predicted(RunResult r) {
        List<Claim> claims = r.claims();
        String[] factOf = new String[claims.size()];
        for (Fact f : r.facts()) {
            for (FactMember m : f.members()) {
                int row = m.row();
                factOf[row] = f.id();
            }
        }
        List<FactScorer.Predicted> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            out.add(new FactScorer.Predicted(c.doc(), c.start(), c.end(), c.quote(), c.category(),
                    factOf[i] == null ? "" : factOf[i]));
        }
        return out;
    }
}
