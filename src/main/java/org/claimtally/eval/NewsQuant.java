package org.claimtally.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtally.extract.ClaimExtractor;
import org.claimtally.extract.Lexicon;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.claimtally.model.Trend;

/**
 * Scores the extractor on the NewsQuant benchmark as its paper does: each sentence is a
 * document; a predicted quantity matches a gold one of the same sentence when the values are
 * equal (a range at both ends), and for value+change also the change label. Claims map to
 * quantities by the benchmark's conventions: exact "=", approx "~", min ">", max "<",
 * rises and falls "up"/"down"; vague plurals are [n, 10n]; "a few" and "several" carry no
 * quantity there, so claims of that magnitude are left out.
 */
public final class NewsQuant {
    /** A quantity: its change label and value (lo == hi unless a range). */
    public record Quantity(String change, double lo, double hi) {
        boolean sameValue(Quantity o) {
            return close(lo, o.lo) && close(hi, o.hi) || close(lo, o.hi) && close(hi, o.lo);
        }

        /** "~ 19", "= 252–287", "up 5": the change label, then the value. */
        @Override
        public String toString() {
            String v = lo == hi ? org.claimtally.model.Numbers.plain(lo)
                    : org.claimtally.model.Numbers.plain(lo) + "–" + org.claimtally.model.Numbers.plain(hi);
            return change + " " + v;
        }

        /** Equal up to the rounding of written shares (two-thirds as 0.6667). */
        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a));
        }
    }

    /** One benchmark sentence with its gold quantities. */
    public record Sentence(String text, List<Quantity> gold) {
    }

    /** Value and value+change scores, and per-sentence details for --verbose. */
    public record Result(PRF value, PRF valueChange, List<String> details) {
    }

    private NewsQuant() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON array of {text, quantities}");
        }
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : root) {
            i++;
            if (!s.hasNonNull("text")) {
                throw new IOException(file + ": sentence " + i + " has no text");
            }
            List<Quantity> gold = new ArrayList<>();
            for (JsonNode q : s.path("quantities")) {
                Quantity parsed = parse(q.path("change").asText("="), q.path("value").asText(""));
                if (parsed != null) {
                    gold.add(parsed);
                }
            }
            out.add(new Sentence(s.get("text").asText(), gold));
        }
        return out;
    }

    /**
     * "275.0", "12-120", "3.0 - 4.0"; a leading minus sign is a negative number, and one after
     * an exponent's "E" is the exponent's ("2.998E-08" is one number, not a range).
     */
    static Quantity parse(String change, String value) {
        String v = value.strip();
        int dash = v.indexOf('-', 1);
        while (dash > 0 && (v.charAt(dash - 1) == 'E' || v.charAt(dash - 1) == 'e')) {
            dash = v.indexOf('-', dash + 1);
        }
        try {
            if (dash > 0) {
                return new Quantity(change, Double.parseDouble(v.substring(0, dash).strip()),
                        Double.parseDouble(v.substring(dash + 1).strip()));
            }
            double d = Double.parseDouble(v);
            return new Quantity(change, d, d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The quantity a claim stands for in the benchmark's terms, or null if none. A range
     * hedged "about 14-18" is approximate there ("~"); the guidelines keep it a range.
     */
    static Quantity of(Claim c, Lexicon lex) {
        Qualifier hedge = c.qualifier() == Qualifier.RANGE && lex.leadingHedge(c.figure()) == Qualifier.APPROX
                ? Qualifier.APPROX : c.qualifier();
        if (hedge == Qualifier.MAX && nearly(c.figure())) {
            hedge = Qualifier.APPROX; // the benchmark reads "nearly" and "almost" as "~", the guidelines as at most
        }
        String change = switch (hedge) {
            case APPROX -> "~";
            case MIN -> ">";
            case MAX -> "<";
            default -> "=";
        };
        if (c.trend() == Trend.UP) {
            change = "up";
        } else if (c.trend() == Trend.DOWN) {
            change = "down";
        }
        if (c.qualifier() == Qualifier.VAGUE) {
            String f = c.figure().toLowerCase(java.util.Locale.ROOT);
            if (c.low() == null || c.low() < 10 || f.startsWith("several") || f.startsWith("a few")) {
                return null; // "a few", "several", "several hundred": no quantity in this benchmark
            }
            return new Quantity(change, c.low(), c.high() + 1);
        }
        if (c.qualifier() == Qualifier.RANGE) {
            return new Quantity(change, c.low(), c.high());
        }
        if (c.value() == null) {
            return null;
        }
        double v = isWordFraction(c) ? c.value() / 100 : c.value();
        return new Quantity(change, v, v);
    }

    private static boolean nearly(String figure) {
        String f = figure.toLowerCase(java.util.Locale.ROOT);
        return f.startsWith("nearly ") || f.startsWith("almost ");
    }

    /**
     * The guidelines write "one-fifth" as 20 (percent); the benchmark writes shares as ratios
     * (0.2). Word fractions are converted; written percentages ("20%") stay as they are.
     */
    static boolean isWordFraction(Claim c) {
        if (!"percent".equals(c.category())) {
            return false;
        }
        String f = c.figure().toLowerCase(java.util.Locale.ROOT);
        return !(f.contains("%") || f.contains("per") || f.contains("pct") || f.contains("pc"));
    }

    public static Result score(List<Sentence> sentences, ClaimExtractor extractor, boolean verbose) {
        int[] v = new int[3];
        int[] vc = new int[3];
        List<String> details = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Quantity> pred = new ArrayList<>();
            for (Claim c : extractor.extract("newsquant#" + i, s.text())) {
                Quantity q = of(c, extractor.lexicon());
                if (q != null) {
                    pred.add(q);
                }
            }
            int tp = match(s.gold(), pred, false);
            int tpChange = match(s.gold(), pred, true);
            add(v, tp, pred.size(), s.gold().size());
            add(vc, tpChange, pred.size(), s.gold().size());
            if (verbose && (tp < s.gold().size() || tp < pred.size() || tpChange < tp)) {
                details.add("sentence " + i + ": " + s.text() + "\n  gold: " + s.gold() + "\n  got:  " + pred);
            }
        }
        return new Result(new PRF(v[0], v[1], v[2]), new PRF(vc[0], vc[1], vc[2]), details);
    }

    private static void add(int[] acc, int tp, int predicted, int gold) {
        acc[0] += tp;
        acc[1] += predicted - tp;
        acc[2] += gold - tp;
    }

    /** One-to-one greedy matching in order; returns the number of matches. */
    static int match(List<Quantity> gold, List<Quantity> pred, boolean withChange) {
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        for (Quantity g : gold) {
            for (int j = 0; j < pred.size(); j++) {
                Quantity p = pred.get(j);
                if (!used[j] && g.sameValue(p) && (!withChange || g.change().equals(p.change()))) {
                    used[j] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }
}
