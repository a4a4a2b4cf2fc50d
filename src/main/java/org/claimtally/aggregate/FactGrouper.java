package org.claimtally.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.RunClaims;

/**
 * Groups claims into facts. Claims are blocked by category; within a block each document's
 * claims are assigned to the facts built so far by maximum-weight matching on a similarity
 * of values, time phrases, claimants, names and words, under hard constraints (different
 * actors, actions or time anchors never merge). Documents are taken in id order, so the
 * result does not depend on input order.
 */
public final class FactGrouper {
    /** Similarity needed to link a claim to a fact from other documents. */
    static final double LINK = 0.5;
    private static final int MAX_CANDIDATES = 25;
    static final int MAX_LINKS = 10;

    private final Map<String, DocSummary> docs;
    private final Originators originators;

    public FactGrouper(Map<String, DocSummary> docs) {
        this.docs = docs;
        this.originators = new Originators(docs);
    }

    /** Working state of one fact while grouping. */
    static final class Group {
        final List<Features> members = new ArrayList<>();
        /** How the first documents joined, for the fact's "why"; later joins are only counted. */
        final List<String> links = new ArrayList<>();
        int moreLinks;
        /** The day of the latest document that joined; MIN_VALUE once an undated one has. */
        long lastDay;
        boolean undated;
        /** The finished fact, once no later document can reach the group; its features are then dropped. */
        Fact sealed;
    }

    public List<Fact> group(List<Claim> claims) {
        return group(claims, FactRules.none());
    }

    /** Groups the claims, then applies the user's merge and split rules. */
    public List<Fact> group(List<Claim> claims, FactRules rules) {
        return group(claims, rules, rules.isEmpty());
    }

    /** {@code seal}: finish facts as the date window passes them (only without rules, which need the groups). */
    List<Fact> group(List<Claim> claims, FactRules rules, boolean seal) {
        RunClaims all = RunClaims.of(claims);
        // categories are independent: group them in parallel, then keep category order
        List<List<Group>> perBlock = byCategory(all).parallelStream().map(b -> groupBlock(all, b, seal)).toList();
        List<Group> groups = new ArrayList<>();
        perBlock.forEach(groups::addAll);
        Map<String, Group> byId = new LinkedHashMap<>();
        List<Fact> facts = FactSummary.build(groups, originators, byId, all);
        return rules.isEmpty() ? facts : RuleApplier.apply(facts, byId, rules, originators, all);
    }

    /**
     * The rows of each category's claims, in category order, each block ordered by publication
     * day, then document id, then run order: a fact's candidates lie within three days, so index
     * entries older than that can be dropped and memory follows the window, not the corpus.
     * The order depends only on the documents, never on input order. Reads no claim: a large
     * run keeps them on disk.
     */
    private List<int[]> byCategory(RunClaims claims) {
        Map<String, Integer> rank = documentRanks(claims);
        Map<String, SortKeys> byCategory = new TreeMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byCategory.computeIfAbsent(claims.category(i), k -> new SortKeys()).n++;
        }
        byCategory.values().forEach(k -> k.keys = new long[k.n]);
        for (int i = 0; i < claims.size(); i++) {
            SortKeys k = byCategory.get(claims.category(i));
            k.keys[k.filled++] = (long) rank.get(claims.doc(i)) << 32 | i; // document rank, then row
        }
        List<int[]> blocks = new ArrayList<>();
        for (SortKeys k : byCategory.values()) {
            Arrays.sort(k.keys);
            int[] rows = new int[k.n];
            for (int j = 0; j < rows.length; j++) {
                rows[j] = (int) k.keys[j];
            }
            blocks.add(rows);
        }
        return blocks;
    }

    /** One category's claims as sort keys: counted first, so the array is made once. */
    private static final class SortKeys {
        int n;
        int filled;
        long[] keys;
    }

    /** Each document's place in the order of publication day, then id. */
    private Map<String, Integer> documentRanks(RunClaims claims) {
        Map<String, Long> days = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            days.computeIfAbsent(claims.doc(i), this::day);
        }
        List<String> order = new ArrayList<>(days.keySet());
        order.sort(Comparator.comparingLong((String d) -> days.get(d)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        return rank;
    }

    private long day(String doc) {
        DocSummary ds = docs.get(doc);
        return ds == null ? Long.MIN_VALUE : Features.parseDay(ds.source().published());
    }

    /** Groups one category's claims ({@code block}: their rows, in window order). */
    private List<Group> groupBlock(RunClaims claims, int[] block, boolean seal) {
        List<Group> facts = new ArrayList<>();
        Map<String, List<Group>> index = new HashMap<>();
        java.util.TreeMap<Long, List<String>> keysByBucket = new java.util.TreeMap<>();
        java.util.ArrayDeque<Touch> open = new java.util.ArrayDeque<>();
        for (int from = 0, to; from < block.length; from = to) {
            String doc = claims.doc(block[from]);
            to = from + 1;
            while (to < block.length && claims.doc(block[to]).equals(doc)) {
                to++;
            }
            DocSummary ds = docs.get(doc);
            String published = ds == null ? "" : ds.source().published();
            long today = day(doc);
            evict(index, keysByBucket, today);
            if (seal) {
                sealPassed(open, today, claims);
            }
            List<Group> own = withinDocument(claims, Arrays.copyOfRange(block, from, to), published);
            List<Group> candidates = candidates(own, index);
            double[][] w = new double[own.size()][candidates.size()];
            for (int i = 0; i < own.size(); i++) {
                for (int j = 0; j < candidates.size(); j++) {
                    w[i][j] = similarity(own.get(i), candidates.get(j));
                }
            }
            int[] match = solvePruned(w, own.size(), candidates.size());
            for (int i = 0; i < own.size(); i++) {
                Group g = own.get(i);
                if (match[i] >= 0) {
                    Group target = candidates.get(match[i]);
                    link(target, doc, w[i][match[i]]);
                    target.members.addAll(g.members);
                    indexGroup(target, g, index, keysByBucket);
                    touch(target, today, open);
                } else {
                    facts.add(g);
                    indexGroup(g, g, index, keysByBucket);
                    touch(g, today, open);
                }
            }
        }
        return facts;
    }

    /**
     * Records why a document joined. A fact that a hundred documents repeat would otherwise
     * carry a hundred explanations, more than a cell holds or a reader reads.
     */
    private static void link(Group target, String doc, double similarity) {
        if (target.links.size() < MAX_LINKS) {
            target.links.add(String.format(Locale.ROOT, "%s joined (similarity %.2f)", doc, similarity));
        } else {
            target.moreLinks++;
        }
    }

    /** A group and the day a document touched it, in the order documents come (by day). */
    private record Touch(Group group, long day) {
    }

    private static void touch(Group g, long day, java.util.ArrayDeque<Touch> open) {
        g.undated |= day == Long.MIN_VALUE;
        g.lastDay = day;
        open.addLast(new Touch(g, day)); // a group touched again appears again; its latest touch counts
    }

    /**
     * Finishes the groups no document from {@code today} on can reach (their index buckets are
     * gone, see {@link #evict}): memory then follows the window, not the corpus. Groups an
     * undated document touched stay open, since undated keys are never evicted.
     */
    private void sealPassed(java.util.ArrayDeque<Touch> open, long today, RunClaims claims) {
        if (today == Long.MIN_VALUE) {
            return;
        }
        long oldest = Math.floorDiv(today, 4) - 1;
        while (!open.isEmpty() && (open.peekFirst().day() == Long.MIN_VALUE
                || Math.floorDiv(open.peekFirst().day(), 4) < oldest)) {
            Touch t = open.pollFirst();
            Group g = t.group();
            if (g.sealed == null && !g.undated && g.lastDay == t.day()) {
                g.sealed = FactSummary.fact("", g, originators, claims);
                g.members.clear();
                g.links.clear();
            }
        }
    }

    /** The assignment over only the facts that some claim could join: most fall below the link. */
    private static int[] solvePruned(double[][] w, int rows, int cols) {
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                if (w[i][j] >= LINK) {
                    keep.add(j);
                    break;
                }
            }
        }
        double[][] small = new double[rows][keep.size()];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < keep.size(); k++) {
                small[i][k] = w[i][keep.get(k)];
            }
        }
        int[] m = Assignment.solve(small, LINK);
        for (int i = 0; i < rows; i++) {
            m[i] = m[i] < 0 ? -1 : keep.get(m[i]);
        }
        return m;
    }

    /** One document's claims (their rows): equal figures repeated (headline and body) become one claim. */
    private List<Group> withinDocument(RunClaims claims, int[] rows, String published) {
        List<Group> out = new ArrayList<>();
        Features previous = null;
        String previousSentence = null;
        for (int row : rows) {
            Claim c = claims.get(row);
            Features f = new Features(c, row, published, c.sentence().equals(previousSentence) ? previous : null);
            previous = f;
            previousSentence = c.sentence();
            Group same = null;
            for (Group g : out) {
                Features m = g.members.get(0);
                if (Features.compatible(f, m) && sameFigure(c, m.claim)) {
                    same = g;
                    break;
                }
            }
            if (same != null) {
                Features first = same.members.get(0);
                first.mentions++;
                if (first.claim.actor().isEmpty() && !c.actor().isEmpty()) {
                    f.mentions = first.mentions;
                    same.members.set(0, f); // keep the mention that says most
                }
            } else {
                Group g = new Group();
                g.members.add(f);
                out.add(g);
            }
        }
        return out;
    }

    private static boolean sameFigure(Claim a, Claim b) {
        return a.qualifier() == b.qualifier() && java.util.Objects.equals(a.value(), b.value())
                && java.util.Objects.equals(a.low(), b.low()) && java.util.Objects.equals(a.high(), b.high());
    }

    /** Facts sharing a figure or a name with the document's claims; capped, most recent first. */
    private static List<Group> candidates(List<Group> own, Map<String, List<Group>> index) {
        LinkedHashMap<Group, Boolean> seen = new LinkedHashMap<>();
        for (Group g : own) {
            for (String key : lookupKeys(g.members.get(0))) {
                List<Group> list = index.get(key);
                if (list == null) {
                    continue;
                }
                for (int k = list.size() - 1; k >= 0 && k >= list.size() - MAX_CANDIDATES; k--) {
                    seen.putIfAbsent(list.get(k), Boolean.TRUE);
                }
            }
        }
        List<Group> out = new ArrayList<>(seen.keySet());
        return out.size() > MAX_CANDIDATES * 4 ? out.subList(0, MAX_CANDIDATES * 4) : out;
    }

    /** Index keys: the figure and each name, within a four-day bucket of the publication date. */
    private static List<String> keys(Features f) {
        String bucket = (f.day == Long.MIN_VALUE ? "*" : Long.toString(Math.floorDiv(f.day, 4)))
                + (f.noun.isEmpty() ? "" : "|" + f.noun); // counts of different things never meet
        List<String> keys = new ArrayList<>(f.entities.length + 1);
        keys.add("v:" + f.claim.pointValue() + "|" + bucket);
        for (int e : f.entities) {
            keys.add("e:" + e + "|" + bucket);
        }
        return keys;
    }

    /** Keys to look up: the claim's bucket and its neighbours (±3 days), and undated facts. */
    private static List<String> lookupKeys(Features f) {
        if (f.day == Long.MIN_VALUE) {
            return keys(f);
        }
        long b = Math.floorDiv(f.day, 4);
        List<String> out = new ArrayList<>();
        for (String k : keys(f)) {
            String noun = f.noun.isEmpty() ? "" : "|" + f.noun;
            String base = k.substring(0, k.length() - noun.length());
            base = base.substring(0, base.lastIndexOf('|') + 1);
            for (long d = b - 1; d <= b + 1; d++) {
                out.add(base + d + noun);
            }
            out.add(base + "*" + noun);
        }
        return out;
    }

    private static void indexGroup(Group target, Group added, Map<String, List<Group>> index,
                                   java.util.TreeMap<Long, List<String>> keysByBucket) {
        for (Features f : added.members) {
            for (String key : keys(f)) {
                List<Group> list = index.computeIfAbsent(key, k -> {
                    if (f.day != Long.MIN_VALUE) {
                        keysByBucket.computeIfAbsent(Math.floorDiv(f.day, 4), b -> new ArrayList<>()).add(k);
                    }
                    return new ArrayList<>();
                });
                if (list.isEmpty() || list.get(list.size() - 1) != target) {
                    list.add(target);
                }
            }
        }
    }

    /** Drops index buckets that documents from {@code day} on can no longer reach (over ±3 days). */
    private static void evict(Map<String, List<Group>> index, java.util.TreeMap<Long, List<String>> keysByBucket,
                              long day) {
        if (day == Long.MIN_VALUE) {
            return;
        }
        long oldest = Math.floorDiv(day, 4) - 1;
        while (!keysByBucket.isEmpty() && keysByBucket.firstKey() < oldest) {
            for (String k : keysByBucket.pollFirstEntry().getValue()) {
                index.remove(k);
            }
        }
    }

    /**
     * Mean similarity of a document's claim to a fact's first members (at most
     * {@value #SCORED_MEMBERS}: the mean settles quickly); -1 when any member is incompatible.
     */
    private static double similarity(Group own, Group fact) {
        Features f = own.members.get(0);
        double sum = 0;
        int n = 0;
        boolean evidence = false;
        List<Features> members = fact.members;
        for (; n < members.size() && n < SCORED_MEMBERS; n++) {
            Features m = members.get(n);
            if (m.claim.doc().equals(f.claim.doc()) || !Features.compatible(f, m)) {
                return -1;
            }
            sum += Features.similarity(f, m);
            evidence |= Features.evidence(f, m);
        }
        double mean = sum / n;
        if (!evidence || mean < LINK) {
            return -1; // cheap rejection: most candidates end here
        }
        for (int k = n; k < members.size(); k++) {
            Features m = members.get(k);
            if (m.claim.doc().equals(f.claim.doc()) || !Features.compatible(f, m)) {
                return -1;
            }
        }
        return mean;
    }

    private static final int SCORED_MEMBERS = 4;

    static Comparator<Features> byDoc() {
        return Comparator.comparing(f -> f.claim.doc());
    }
}
