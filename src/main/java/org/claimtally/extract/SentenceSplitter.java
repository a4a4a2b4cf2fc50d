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
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

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
