package org.claimtally.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.aggregate.FactGrouper;
import org.claimtally.aggregate.FactRules;
import org.claimtally.event.NameFrequencies;
import org.claimtally.aggregate.RulesException;
import org.claimtally.aggregate.Syndication;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.extract.LexiconException;
import org.claimtally.ingest.Ingest;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Document;
import org.claimtally.model.Fact;
import org.claimtally.model.RunClaims;
import org.claimtally.model.Problem;
import org.claimtally.model.RunResult;

/** The stages in order: ingest → extract → aggregate. Reports are written by the caller. */
public final class Pipeline {
    private final RunOptions options;
    private final ClaimExtractor extractor;
    private final FactRules rules;

    /** Loads the lexicon and the rules; both are user files whose errors name the line. */
    public Pipeline(RunOptions options) throws ConfigException {
        this.options = options;
        try {
            this.extractor = new ClaimExtractor(Lexicon.load(options.lexiconFile()));
        } catch (LexiconException e) {
            throw new ConfigException("lexicon: " + e.getMessage(), e);
        }
        try {
            this.rules = options.rulesFile() == null ? FactRules.none() : FactRules.read(options.rulesFile());
        } catch (RulesException e) {
            throw new ConfigException("rules: " + e.getMessage(), e);
        }
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    /** Receives each document's claims in input order (for streaming output). */
    public interface ClaimSink {
        void accept(DocSummary doc, List<Claim> claims) throws IOException;
    }

    /** Receives each document, text included, with its claims (evaluation quotes missed sentences). */
    public interface DocumentSink {
        void accept(Document doc, List<Claim> claims) throws IOException;
    }

    /** Streams every document's claims to {@code sink}; returns the problems met. */
    public List<Problem> stream(ClaimSink sink, Progress progress) throws IOException {
        return streamDocuments((doc, claims) -> sink.accept(summary(doc, claims), claims), progress);
    }

    /** As {@link #stream}, handing over each document itself. */
    public List<Problem> streamDocuments(DocumentSink sink, Progress progress) throws IOException {
        Ingest ingest = ingest();
        long[] count = new long[3];
        List<Problem> skipped;
        try (ExtractionStream ex = new ExtractionStream(extractor, options.threads())) {
            ex.run(ingest.iterator(), (doc, claims) -> {
                sink.accept(doc, claims);
                progress(progress, ingest, count, doc, claims);
            });
            skipped = ex.problems();
        }
        progress.finish();
        ingest.reportUnmatchedSources();
        return sorted(concat(ingest.problems(), skipped));
    }

    /** The whole run: documents, claims, facts and problems. */
    public RunResult run(Progress progress) throws IOException {
        Timings timings = new Timings();
        Ingest ingest = ingest();
        Collected in = collect(ingest, progress, timings);
        ingest.reportUnmatchedSources();
        List<DocSummary> docList = new ArrayList<>(in.docs().values());
        docList.sort(Comparator.comparing(DocSummary::id));
        RunClaims claims = in.claims();
        progress.stage(String.format(java.util.Locale.ROOT, "grouping %,d claims into facts …", claims.size()));
        List<Fact> facts = new FactGrouper(in.docs(), in.names()).group(claims, rules);
        progress.finish();
        timings.lap("grouping");
        List<Problem> problems = concat(ingest.problems(), in.skipped());
        if (undated(docList)) {
            problems = concat(problems, List.of(Problem.warning("(all articles)", "", "no article has a publication "
                    + "date, so facts of different days and years cannot be told apart; give dates with --sources "
                    + "FILE (columns file,published), a 'published' field in JSON lines or CSV, or a date in each file "
                    + "name (2024-05-04-….txt)")));
        }
        return new RunResult(options.describe(), extractor.lexicon().description(), docList, claims, facts,
                sorted(problems));
    }

    /** Several articles and not one with a publication day: grouping runs blind to time. */
    private static boolean undated(List<DocSummary> docs) {
        return docs.size() > 1 && docs.stream()
                .allMatch(d -> org.claimtally.event.Features.parseDay(d.source().published()) == Long.MIN_VALUE);
    }

    private record Collected(Map<String, DocSummary> docs, RunClaims claims, NameFrequencies names,
                             List<Problem> skipped) {
    }

    /**
     * Extracts every document's claims into a spill file and finds syndicated copies. A method
     * of its own so that its working state (text pool, syndication signatures) is garbage
     * before grouping.
     */
    private Collected collect(Ingest ingest, Progress progress, Timings timings) throws IOException {
        Map<String, DocSummary> docs = new LinkedHashMap<>();
        Syndication syndication = new Syndication();
        NameFrequencies names = new NameFrequencies(LexiconWords.grouping(extractor.lexicon()));
        SharedText shared = new SharedText();
        long[] count = new long[3];
        ClaimSpill spill = ClaimSpill.create();
        RunClaims claims = null;
        List<Problem> skipped;
        try (ExtractionStream ex = new ExtractionStream(extractor, options.threads())) {
            ex.run(ingest.iterator(), (doc, found) -> {
                docs.put(doc.id(), shared.share(summary(doc, found)));
                spill.add(doc.id(), found);
                syndication.add(doc.id(), doc.text());
                names.add(doc.id(), doc.source().title(), doc.text(), found);
                progress(progress, ingest, count, doc, found);
            });
            claims = spill.finish(); // the spill stays open as long as the claims are used
            skipped = ex.problems();
        } finally {
            if (claims == null) {
                spill.close();
            }
        }
        progress.finish();
        timings.lap("ingest+extract");
        Map<String, String> groups = syndication.groups();
        docs.replaceAll((id, d) -> d.withSyndicationGroup(groups.getOrDefault(id, "")));
        timings.lap("syndication");
        return new Collected(docs, claims, names, skipped);
    }

    private Ingest ingest() {
        return new Ingest(new Ingest.Options(options.inputs(), options.sourcesFile(), options.maxFileBytes(),
                options.fields()));
    }

    private static DocSummary summary(Document doc, List<Claim> claims) {
        return new DocSummary(doc.id(), doc.source(), doc.wordCount(), doc.text().length(), claims.size(),
                doc.syndicationGroup());
    }

    private static void progress(Progress p, Ingest ingest, long[] count, Document doc, List<Claim> claims) {
        count[0]++;
        count[1] += doc.text().length();
        count[2] += claims.size();
        p.update(count[0], ingest.fileCount(), count[1], count[2]);
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        List<Problem> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(Problem::file).thenComparing(Problem::where).thenComparing(Problem::message));
        return out;
    }
}
