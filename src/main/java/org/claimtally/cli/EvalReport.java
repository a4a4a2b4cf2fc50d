package org.claimtally.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.claimtally.eval.GoldClaim;
import org.claimtally.eval.GoldScorer;
import org.claimtally.extract.SentenceSplitter;
import org.claimtally.model.Claim;
import org.claimtally.model.Numbers;

/** Prints gold-evaluation results for people. */
final class EvalReport {
    private EvalReport() {
    }

    static void gold(PrintWriter out, GoldScorer.Result r, List<GoldClaim> gold, boolean verbose,
                     Map<String, String> texts) {
        long docs = gold.stream().map(GoldClaim::doc).distinct().count();
        out.println("Gold: " + gold.size() + " claims (" + gold.stream().filter(GoldClaim::core).count()
                + " core) in " + docs + " documents");
        out.println(r.core().line("core claims"));
        out.println(r.all().line("all claims"));
        out.println("Agreement on " + r.pairs().size() + " matched pairs (free text: shares a content word):");
        for (String f : List.of("qualifier", "action", "actor", "claimant", "time")) {
            int[] a = r.agreement().get(f);
            int[] c = r.coreAgreement().get(f);
            out.printf(java.util.Locale.ROOT, "  %-10s %s (%d/%d); core %s (%d/%d)%n", f, fmt(r.agreement(f)), a[0], a[1],
                    fmt(r.coreAgreement(f)), c[0], c[1]);
        }
        if (verbose) {
            out.println();
            out.println("Misses (gold not found):");
            SentenceSplitter splitter = r.misses().isEmpty() ? null : new SentenceSplitter();
            Map<String, List<int[]>> sentences = new java.util.HashMap<>(); // each document split once
            for (GoldClaim g : r.misses()) {
                out.printf("  %s %d-%d [%s %s %s] %s%n", g.doc(), g.start(), g.end(), g.category(),
                        g.qualifier().label(), g.value() == null ? Numbers.plain(g.low()) : Numbers.plain(g.value()),
                        g.quote());
                String text = texts.get(g.doc());
                String sentence = text == null ? ""
                        : sentenceAt(text, g.start(), sentences.computeIfAbsent(g.doc(), d -> splitter.split(text)));
                if (!sentence.isEmpty()) {
                    out.printf("      in: %s%n", sentence);
                }
            }
            out.println("False alarms (found, not in gold):");
            for (Claim c : r.falseAlarms()) {
                out.printf("  %s %d-%d [%s %s %s] %s%n      in: %s%n", c.doc(), c.start(), c.end(), c.category(),
                        c.qualifier().label(), c.value() == null ? Numbers.plain(c.low()) : Numbers.plain(c.value()),
                        c.quote(), c.sentence());
            }
            out.println("Disagreements on matched pairs:");
            for (GoldScorer.Pair p : r.pairs()) {
                String d = diff(p);
                if (!d.isEmpty()) {
                    out.printf("  %s %d '%s':%s%n", p.gold().doc(), p.gold().start(), p.gold().quote(), d);
                }
            }
        }
        out.flush();
    }

    /** The sentence of {@code text} holding offset {@code at}, or "". */
    static String sentenceAt(String text, int at, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] <= at && at < span[1]) {
                return text.substring(span[0], span[1]).replace('\n', ' ');
            }
        }
        return "";
    }

    private static String diff(GoldScorer.Pair p) {
        StringBuilder sb = new StringBuilder();
        GoldClaim g = p.gold();
        Claim c = p.predicted();
        if (g.qualifier() != c.qualifier()) {
            sb.append(" qualifier ").append(g.qualifier().label()).append("≠").append(c.qualifier().label());
        }
        add(sb, "actor", g.actor(), c.actor());
        add(sb, "claimant", g.claimant(), c.claimant());
        add(sb, "time", g.time(), c.time());
        add(sb, "action", g.action(), c.action());
        return sb.toString();
    }

    private static void add(StringBuilder sb, String f, String g, String c) {
        if (!g.equalsIgnoreCase(c)) {
            sb.append(" ").append(f).append(" '").append(g).append("'≠'").append(c).append("'");
        }
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", d);
    }
}
