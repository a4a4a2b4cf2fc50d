package org.claimtally.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two free-text fields (claimant, actor, time, action) name the same thing: both
 * empty, or they share a content word after folding case, apostrophes and possessives
 * ("Ukraine's general staff" ~ "Ukraine’s General Staff"; "Zelenskyy" ~ "President Zelenskyy").
 */
final class TextAgreement {
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "s", "in", "on", "at", "to", "and",
            "since", "for", "by", "president", "minister", "mr", "ms");

    private TextAgreement() {
    }

    static boolean agrees(String gold, String predicted) {
        Set<String> g = words(gold);
        Set<String> p = words(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return g.isEmpty() && p.isEmpty();
        }
        for (String w : g) {
            if (p.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Light folding so "Zelensky" and "Zelenskyy", "launch" and "launched" meet. */
    private static String stem(String w) {
        String s = w;
        if (s.endsWith("yy")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String suf : new String[] {"ing", "ed", "es", "s"}) {
            if (s.length() > suf.length() + 3 && s.endsWith(suf)) {
                return s.substring(0, s.length() - suf.length());
            }
        }
        return s;
    }
}
