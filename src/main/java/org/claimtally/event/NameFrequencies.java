package org.claimtally.event;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.model.Claim;

/**
 * In how many of a run's documents each name (a capitalised word of a claim's sentence or of
 * the title) occurs. A name every article carries ("Syria" in a Syrian corpus) says little
 * about which event two claims report; a town named by two articles says much. Counted while
 * claims are extracted, so grouping needs no second pass over the sentences.
 */
public final class NameFrequencies {
    private final Map<Integer, int[]> counts = new HashMap<>();
    private final Map<String, int[]> leads = new HashMap<>();
    private int documents;
    private final GroupingWords words;

    /** Counts names with the lexicon's grouping words (its stopwords are no names). */
    public NameFrequencies(GroupingWords words) {
        this.words = java.util.Objects.requireNonNull(words, "words");
        java.util.Set<Integer> cal = new java.util.HashSet<>();
        words.weekdays().keySet().forEach(w -> cal.add(w.hashCode()));
        words.months().keySet().forEach(w -> cal.add(w.hashCode()));
        this.calendar = java.util.Set.copyOf(cal);
    }

    /** The hashes of weekdays and months, which names hold as they are written ("Saturday"). */
    private final java.util.Set<Integer> calendar;

    /** Whether a name is a weekday or a month: time, which says when, not where. */
    public boolean isCalendar(int name) {
        return calendar.contains(name);
    }

    /** The grouping words these names were counted with. */
    public GroupingWords words() {
        return words;
    }

    /** Counts the names of one document's title and its claims' sentences. */
    public void add(String title, java.util.List<Claim> claims) {
        add(null, title, "", claims);
    }

    /**
     * Counts the names of one document (its title, its claims' sentences and its lead) and keeps
     * the names of its title and lead: what the article is about, which every claim of it shares.
     */
    public synchronized void add(String doc, String title, String text, java.util.List<Claim> claims) {
        documents++;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.Set<Integer> lead = new java.util.TreeSet<>();
        for (int h : Features.names(title, words.stopwords())) {
            seen.add(h);
            lead.add(h);
        }
        String opening = text.length() > GroupingPolicy.DEFAULT.leadChars()
                ? text.substring(0, GroupingPolicy.DEFAULT.leadChars()) : text;
        Features.sentenceNames(opening, lead, words.stopwords());
        seen.addAll(lead);
        if (doc != null) {
            int[] l = new int[Math.min(lead.size(), GroupingPolicy.DEFAULT.leadNames())];
            int k = 0;
            for (int h : lead) {
                if (k == l.length) {
                    break;
                }
                l[k++] = h;
            }
            leads.put(doc, l);
        }
        String last = null;
        for (Claim c : claims) {
            if (!c.sentence().equals(last)) {
                last = c.sentence();
                Features.sentenceNames(last, seen, words.stopwords());
            }
        }
        for (int h : seen) {
            counts.computeIfAbsent(h, k -> new int[1])[0]++;
        }
    }

    /** The names of a document's title and lead, sorted; empty when not counted. */
    public synchronized int[] lead(String doc) {
        int[] l = leads.get(doc);
        return l == null ? new int[0] : l;
    }

    /**
     * How much a shared name says, in [0, 1]: an inverse document frequency, smoothed so that
     * a small run (five articles on one meeting) still tells names apart. A name never counted
     * (grouping without frequencies) weighs fully.
     */
    public double weight(int name, GroupingPolicy p) {
        int[] c = counts.get(name);
        if (c == null || documents == 0) {
            return 1;
        }
        double n = documents + SMOOTHING;
        double w = Math.log(n / c[0]) / Math.log(n);
        return c[0] > p.distinctiveName() * documents && documents > SMOOTHING ? w / 2 : w;
    }

    /** Documents added to the count of a small run so that one shared name is not everything. */
    private static final int SMOOTHING = 10;
}
