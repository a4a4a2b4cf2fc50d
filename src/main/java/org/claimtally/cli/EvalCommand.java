package org.claimtally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtally.eval.GoldClaim;
import org.claimtally.eval.GoldFile;
import org.claimtally.eval.GoldScorer;
import org.claimtally.eval.NewsQuant;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.extract.LexiconException;
import org.claimtally.model.Claim;
import org.claimtally.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimtally eval}: scores extraction against gold claims or the NewsQuant benchmark. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores extracted claims against gold annotations.",
            "  --gold FILE.csv[,FILE.csv…] [PATH…]   claims in the format of the annotation guidelines",
            "  --newsquant FILE.json                  the NewsQuant quantity benchmark",
            "  --facts FILE.csv[,FILE.csv…] [PATH…]  the grouping of claims into facts (guidelines, Facts)",
            "  --html GROUND_TRUTH.json PAGES_DIR    the article text taken out of saved web pages"})
final class EvalCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--gold", split = ",", paramLabel = "FILE.csv", description = "Gold claim files.")
        List<Path> gold;

        @Option(names = "--newsquant", paramLabel = "FILE.json", description = "A NewsQuant benchmark file.")
        Path newsquant;

        @Option(names = "--facts", split = ",", paramLabel = "FILE.csv",
                description = "Hand-made facts (doc,start,end,category,fact): scores the grouping into facts.")
        List<Path> facts;

        @Option(names = "--html", paramLabel = "GROUND_TRUTH.json",
                description = "An article-extraction benchmark's truth (key -> articleBody): scores the article "
                        + "text taken out of the pages in PATH (KEY.html or KEY.html.gz).")
        Path html;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    InputOptions input;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and false alarm with its sentence.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (source.newsquant != null) {
            return newsquant(out);
        }
        if (source.html != null) {
            return HtmlEval.run(out, source.html, input.paths, verbose);
        }
        if (source.facts != null) {
            return FactsEval.run(out, source.facts, input, verbose);
        }
        List<GoldClaim> gold = new ArrayList<>();
        for (Path g : source.gold) {
            if (!g.toFile().isFile()) {
                throw new UsageException("--gold: no such file: " + g);
            }
            gold.addAll(GoldFile.read(g, pipelineCore()));
        }
        List<Claim> predicted = new ArrayList<>();
        java.util.Set<String> goldDocs = new java.util.HashSet<>();
        gold.forEach(g -> goldDocs.add(g.doc()));
        java.util.Map<String, String> texts = new java.util.HashMap<>(); // to quote the sentence of each miss
        Pipeline pipeline = InputOptions.pipeline(input.toRunOptions(null));
        pipeline.streamDocuments((d, claims) -> {
            predicted.addAll(claims);
            if (verbose && goldDocs.contains(d.id())) {
                texts.put(d.id(), d.text());
            }
        }, org.claimtally.pipeline.Progress.NONE);
        GoldScorer.Result r = GoldScorer.score(gold, predicted);
        EvalReport.gold(out, r, gold, verbose, texts);
        return ExitCodes.OK;
    }

    /** Which categories are core, by the lexicon in use (for gold files without a core column). */
    private java.util.function.Predicate<String> pipelineCore() {
        try {
            Lexicon lex = Lexicon.load(input.lexicon);
            return lex::isCore;
        } catch (LexiconException e) {
            throw new UsageException("lexicon: " + e.getMessage());
        }
    }

    private int newsquant(PrintWriter out) throws IOException {
        if (!source.newsquant.toFile().isFile()) {
            throw new UsageException("--newsquant: no such file: " + source.newsquant);
        }
        ClaimExtractor ex;
        try {
            ex = new ClaimExtractor(Lexicon.load(input.lexicon));
        } catch (LexiconException e) {
            throw new UsageException("lexicon: " + e.getMessage());
        }
        List<NewsQuant.Sentence> sentences = NewsQuant.read(source.newsquant);
        NewsQuant.Result r = NewsQuant.score(sentences, ex, verbose);
        out.println("NewsQuant: " + sentences.size() + " sentences, "
                + sentences.stream().mapToInt(s -> s.gold().size()).sum() + " gold quantities");
        out.println(r.value().line("value"));
        out.println(r.valueChange().line("value+change"));
        if (verbose) {
            r.details().forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
