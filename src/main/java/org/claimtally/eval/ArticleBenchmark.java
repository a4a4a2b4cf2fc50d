package org.claimtally.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark's own metric (scrapinghub's): per page, the text's tokens
 * are its {@code \w+} matches; the 4-token shingles of the true and the extracted body are
 * counted; shared counts are true positives, extra ones false positives, missing ones false
 * negatives, normalised per page so the three sum to one. Precision and recall are means over
 * pages (a page with nothing extracted, or nothing to extract, is left out of that mean), and
 * F1 is taken of the two means.
 */
public final class ArticleBenchmark {
    /** Shingles of this many tokens, as the benchmark counts them. */
    static final int SHINGLE = 4;

    private ArticleBenchmark() {
    }

    /** One page's truth: its key (the page file's name without {@code .html[.gz]}), body and URL. */
    public record Page(String key, String body, String url) {
    }

    /** One page's normalised counts. */
    public record Counts(double tp, double fp, double fn) {
    }

    /** What a run measured, with every page's counts (worst first) for {@code -v}. */
    public record Result(double precision, double recall, int pages, int missing, Map<String, Counts> perPage) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** Reads the ground truth ({@code {"key": {"articleBody": "...", "url": "..."}, ...}}), sorted by key. */
    public static List<Page> read(Path groundTruth) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(groundTruth)) {
            root = new ObjectMapper().readTree(in);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(groundTruth + ": expected a JSON object of page key -> {articleBody, url}");
        }
        Map<String, Page> pages = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.put(e.getKey(), new Page(e.getKey(), e.getValue().path("articleBody").asText(""),
                    e.getValue().path("url").asText("")));
        }
        return new ArrayList<>(pages.values());
    }

    /** The page file of a key: {@code key.html.gz} or {@code key.html} in the folder, or null. */
    public static Path pageFile(Path dir, String key) {
        for (String ext : new String[] {".html.gz", ".html"}) {
            Path p = dir.resolve(key + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A page's HTML, gunzipped when its name ends in {@code .gz}, as UTF-8 (the benchmark's encoding). */
    public static String html(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                raw = in.readAllBytes();
            }
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    /**
     * Scores an extractor ({@code html, url -> body text}) on the pages found in {@code dir};
     * a page without its file counts as nothing extracted.
     */
    public static Result score(List<Page> pages, Path dir, BiFunction<String, String, String> extractor)
            throws IOException {
        Map<String, Counts> per = new TreeMap<>();
        int missing = 0;
        for (Page p : pages) {
            Path f = pageFile(dir, p.key());
            String got = "";
            if (f == null) {
                missing++;
            } else {
                got = extractor.apply(html(f), p.url());
            }
            per.put(p.key(), counts(p.body(), got));
        }
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        for (Counts c : per.values()) {
            if (c.tp() + c.fp() > 0) {
                ps += c.tp() / (c.tp() + c.fp());
                pn++;
            }
            if (c.tp() + c.fn() > 0) {
                rs += c.tp() / (c.tp() + c.fn());
                rn++;
            }
        }
        return new Result(pn == 0 ? 0 : ps / pn, rn == 0 ? 0 : rs / rn, pages.size(), missing, per);
    }

    /** One page's counts, normalised to sum to one (all zero when both texts have no tokens). */
    public static Counts counts(String truth, String extracted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> e = shingles(extracted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> x : t.entrySet()) {
            int got = e.getOrDefault(x.getKey(), 0);
            tp += Math.min(x.getValue(), got);
            fn += Math.max(0, x.getValue() - got);
        }
        for (Map.Entry<String, Integer> x : e.entrySet()) {
            fp += Math.max(0, x.getValue() - t.getOrDefault(x.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
    }

    /**
     * The {@code \\w+} runs of a text as Python's {@code re} reads them (the benchmark's scorer is
     * Python): letters, digits and other numerals ("²", "Ⅳ"), and the underscore.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            boolean word = Character.isLetter(cp) || cp == '_' || switch (Character.getType(cp)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The text's shingles with their counts; a text shorter than a shingle is one shingle of all its tokens. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!s.isEmpty()) {
                out.merge(s, 1, Integer::sum);
            }
        }
        return out;
    }
}
