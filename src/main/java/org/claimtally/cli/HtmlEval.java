package org.claimtally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtally.eval.ArticleBenchmark;
import org.claimtally.ingest.HtmlArticle;

/**
 * {@code eval --html GROUND_TRUTH.json PAGES_DIR}: the article-extraction benchmark's metric on
 * the article bodies claimtally takes out of saved pages, so its score is reproducible.
 */
final class HtmlEval {
    /** Pages listed with {@code -v}: the worst ones, where a reader learns most. */
    private static final int WORST_SHOWN = 15;

    private HtmlEval() {
    }

    static int run(PrintWriter out, Path groundTruth, List<Path> paths, boolean verbose) throws IOException {
        if (!Files.isRegularFile(groundTruth)) {
            throw new UsageException("--html: no such file: " + groundTruth);
        }
        if (paths.size() != 1 || !Files.isDirectory(paths.get(0))) {
            throw new UsageException("--html needs one folder of pages (KEY.html or KEY.html.gz), e.g. "
                    + "eval --html ground-truth.json html/");
        }
        List<ArticleBenchmark.Page> pages;
        try {
            pages = ArticleBenchmark.read(groundTruth);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UsageException("--html: " + groundTruth + " is not JSON: " + e.getOriginalMessage());
        }
        ArticleBenchmark.Result r = ArticleBenchmark.score(pages, paths.get(0), HtmlArticle::body);
        out.printf(Locale.ROOT, "article extraction: %d pages (%d without a page file)%n", r.pages(), r.missing());
        out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        if (verbose) {
            r.perPage().entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, ArticleBenchmark.Counts> e) -> e.getValue().tp())
                            .thenComparing(Map.Entry::getKey))
                    .limit(WORST_SHOWN)
                    .forEach(e -> out.printf(Locale.ROOT, "  %s  tp %.2f fp %.2f fn %.2f%n", e.getKey(),
                            e.getValue().tp(), e.getValue().fp(), e.getValue().fn()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
