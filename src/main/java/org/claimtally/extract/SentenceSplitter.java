package org.claimtally.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from OpenNLP's English model, applied paragraph by paragraph: a line
 * break always ends a sentence (headlines, captions and bylines have no full stop). The
 * model is loaded once; detectors are not thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED = loadModel();
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED));

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model missing from the classpath: " + MODEL);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load OpenNLP sentence model", e);
        }
    }

    /** Sentence spans [start, end) over {@code text}, in order, trimmed of surrounding space. */
    public List<int[]> split(String text) {
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++; // a lone CR ends a line too (old Mac files): else the file is one "line"
            }
            splitLine(text, lineStart, lineEnd, lines);
            lineStart = lineEnd + 1;
        }
        List<int[]> out = new ArrayList<>(lines.size());
        for (int[] sp : lines) {
            bounded(text, sp[0], sp[1], out);
        }
        return out;
    }

    /**
     * A sentence of at most {@link #MAX_SENTENCE} characters: a longer one (a table pasted without
     * full stops, a list of numbers) is cut at the last ";" before the limit, else the last ",",
     * else the last space, so the work and the memory of a figure's sentence stay bounded.
     */
    private static void bounded(String text, int from, int to, List<int[]> out) {
        while (to - from > MAX_SENTENCE) {
            int cut = lastBefore(text, from, from + MAX_SENTENCE, ';');
            if (cut < 0) {
                cut = lastBefore(text, from, from + MAX_SENTENCE, ',');
            }
            if (cut < 0) {
                cut = lastBefore(text, from, from + MAX_SENTENCE, ' ');
            }
            int end = cut < 0 ? from + MAX_SENTENCE : cut + 1;
            int trimmed = end;
            while (trimmed > from && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > from) {
                out.add(new int[] {from, trimmed});
            }
            from = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (to > from) {
            out.add(new int[] {from, to});
        }
    }

    /** The last {@code c} in [from + MIN_PIECE, limit), or -1: a piece is never a sliver. */
    private static int lastBefore(String text, int from, int limit, char c) {
        int i = text.lastIndexOf(c, limit - 1);
        return i >= from + MIN_PIECE ? i : -1;
    }

    /**
     * Longer than any sentence of prose (news sentences run to a few hundred characters; the
     * longest legal and academic ones to about two thousand), short enough that a pasted table
     * costs each of its figures a bounded sentence.
     */
    static final int MAX_SENTENCE = 2_000;
    /** A cut leaves pieces of at least a quarter of the limit, so cuts are few. */
    private static final int MIN_PIECE = MAX_SENTENCE / 4;

    private void splitLine(String text, int from, int to, List<int[]> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        String line = text.substring(from, to);
        if (!mayHoldSeveral(line)) {
            out.add(new int[] {from, to});
            return;
        }
        for (Span s : detector.get().sentPosDetect(line)) {
            out.add(new int[] {from + s.getStart(), from + s.getEnd()});
        }
    }

    /** Skips the model for lines with no sentence-ending mark before their last character. */
    private static boolean mayHoldSeveral(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }
}
