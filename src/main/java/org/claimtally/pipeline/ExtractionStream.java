package org.claimtally.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.model.Claim;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;

/**
 * Runs the extractor over a stream of documents on several threads while handing results on
 * in input order: documents are taken in small batches, extracted in parallel, then
 * delivered one by one. Memory holds one batch of texts at a time.
 */
final class ExtractionStream implements AutoCloseable {
    private static final int BATCH = 64;
    private final ClaimExtractor extractor;
    private final CalendarStage calendar;
    private final ExecutorService pool;
    private final int threads;
    /** Figures the extractor skipped for a reason the user should know, in input order. */
    private final List<Problem> problems = new ArrayList<>();

    ExtractionStream(ClaimExtractor extractor, int threads) {
        this.extractor = extractor;
        this.calendar = new CalendarStage(extractor.lexicon().calendar());
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "claimtally-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands each document with its claims to {@code sink}, in input order, on the calling thread. */
    void run(Iterator<Document> docs, Pipeline.DocumentSink sink) throws java.io.IOException {
        List<Document> batch = new ArrayList<>(BATCH);
        while (docs.hasNext()) {
            batch.add(docs.next());
            if (batch.size() == BATCH * threads) {
                flush(batch, sink);
            }
        }
        flush(batch, sink);
    }

    private void flush(List<Document> batch, Pipeline.DocumentSink sink) throws java.io.IOException {
        if (batch.isEmpty()) {
            return;
        }
        if (pool == null) {
            for (Document d : batch) {
                Document dated = calendar.date(d);
                List<String> notes = new ArrayList<>();
                List<Claim> claims = calendar.resolve(dated, extractor.extract(d.id(), d.text(), notes::add));
                report(d, notes);
                sink.accept(dated, claims);
            }
        } else {
            List<Document> dated = new ArrayList<>(batch.size());
            List<List<String>> notes = new ArrayList<>(batch.size());
            List<Future<List<Claim>>> futures = new ArrayList<>(batch.size());
            for (Document d : batch) {
                Document dd = calendar.date(d);
                List<String> n = new ArrayList<>();
                dated.add(dd);
                notes.add(n);
                futures.add(pool.submit(() -> calendar.resolve(dd, extractor.extract(dd.id(), dd.text(), n::add))));
            }
            for (int i = 0; i < batch.size(); i++) {
                List<Claim> claims = await(futures.get(i));
                report(batch.get(i), notes.get(i));
                sink.accept(dated.get(i), claims);
            }
        }
        batch.clear();
    }

    private void report(Document d, List<String> notes) {
        for (String n : notes) {
            int colon = n.indexOf(": ");
            problems.add(Problem.warning(d.id(), colon > 0 ? n.substring(0, colon) : "", colon > 0 ? n.substring(colon + 2) : n));
        }
    }

    /** The figures skipped so far, as problems of their documents. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static List<Claim> await(Future<List<Claim>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
