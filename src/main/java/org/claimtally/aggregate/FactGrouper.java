package org.claimtally.aggregate;

import org.claimtally.event.Event;
import org.claimtally.event.Features;
import org.claimtally.event.GroupingPolicy;
import org.claimtally.event.GroupingWords;
import org.claimtally.event.NameFrequencies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.RunClaims;

/**
 * Groups claims into facts, in two steps per category:
 * <ol>
 * <li>within a document, every mention of one measure (category, part of a toll, side, action,
 *     scope) at one time joins one local fact, repeated or revised ("at least 58 … later 72");</li>
 * <li>across documents, taken by publication day, each local fact joins the open fact of the
 *     same event that resembles it most: its {@link Event} (resolved days, places and incident
 *     names, weighted by how rare they are in the run; the sentence's and the title's words) and
 *     its figures; different actors, actions, sides, scopes or days never merge.</li>
 * </ol>
 * Candidates come from an index keyed by measure, four-day bucket and name, the most recent
 * ones per key; pairs are assigned greedily, best first, one local fact per fact. Every step
 * costs a bounded amount per claim, so grouping is linear in the claims. Documents are taken in
 * day, size and id order, so the result depends neither on input order nor on file names.
 */
public final class FactGrouper {
    static final GroupingPolicy POLICY = GroupingPolicy.DEFAULT;
    static final int MAX_LINKS = POLICY.maxLinks();
    /** Days per index bucket: lookups cover a bucket and its neighbours, so at least the report window. */
    private static final int BUCKET_DAYS = POLICY.reportWindowDays() + 1;

    private final Map<String, DocSummary> docs;
    private final Originators originators;
    private final NameFrequencies names;
    /**
     * Comparisons made so far (a local fact against an open fact, a claim against a local
     * fact): the work grouping does, counted so that tests can check it grows linearly with
     * the claims at any shape, without timing anything.
     */
    private final java.util.concurrent.atomic.LongAdder comparisons = new java.util.concurrent.atomic.LongAdder();

    /** Groups without name frequencies (every name counts alike), with the lexicon's grouping words. */
    public FactGrouper(Map<String, DocSummary> docs, GroupingWords words) {
        this(docs, new NameFrequencies(words));
    }

    public FactGrouper(Map<String, DocSummary> docs, NameFrequencies names) {
        this.docs = docs;
        this.originators = new Originators(docs);
        this.names = names;
    }

    /** Working state of one fact while grouping: its members and a bounded summary to compare with. */
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
        final Event event = new Event();
        /** Creation order within its block: ties in assignment go to the older fact. */
        int seq;
        /** The fact this one was merged into when a report showed both to be one event; null while it stands. */
        Group mergedInto;
        /**
         * The documents of its members (two facts holding local facts of one document were kept
         * apart there): its first document, and a set only once a second one joins, since most
         * facts have one.
         */
        private String firstDoc;
        private java.util.Set<String> moreDocs;

        void addDoc(String doc) {
            if (firstDoc == null || firstDoc.equals(doc)) {
                firstDoc = doc;
                return;
            }
            if (moreDocs == null) {
                moreDocs = new java.util.HashSet<>();
            }
            moreDocs.add(doc);
        }

        boolean hasDoc(String doc) {
            return doc.equals(firstDoc) || moreDocs != null && moreDocs.contains(doc);
        }

        /** Whether the two hold a document in common; looks up the smaller's documents in the larger's. */
        boolean sharesDoc(Group o) {
            Group small = docCount() <= o.docCount() ? this : o;
            Group big = small == this ? o : this;
            if (small.firstDoc == null) {
                return false;
            }
            if (big.hasDoc(small.firstDoc)) {
                return true;
            }
            if (small.moreDocs != null) {
                for (String d : small.moreDocs) {
                    if (big.hasDoc(d)) {
                        return true;
                    }
                }
            }
            return false;
        }

        int docCount() {
            return (firstDoc == null ? 0 : 1) + (moreDocs == null ? 0 : moreDocs.size());
        }

        void takeDocs(Group o) {
            if (o.firstDoc != null) {
                addDoc(o.firstDoc);
            }
            if (o.moreDocs != null) {
                o.moreDocs.forEach(this::addDoc);
            }
        }

        void clearDocs() {
            moreDocs = null;
        }

        /** The standing fact this one is now part of (itself unless merged). */
        Group root() {
            Group g = this;
            while (g.mergedInto != null) {
                g = g.mergedInto;
            }
            return g;
        }
        private String measure;

        /** The measure of its claims (category, part, counted noun, scope class). */
        String measure() {
            if (measure == null) {
                measure = members.get(0).measure();
            }
            return measure;
        }

        long measureHash() {
            return measure().hashCode();
        }
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
        int[][] companions = Companions.of(all, POLICY);
        List<List<Group>> perBlock = byCategory(all).parallelStream().map(b -> groupBlock(all, companions, b, seal))
                .toList();
        List<Group> groups = new ArrayList<>();
        perBlock.forEach(groups::addAll);
        Map<String, Group> byId = new LinkedHashMap<>();
        List<Fact> facts = FactSummary.build(groups, originators, byId, all);
        return rules.isEmpty() ? facts : RuleApplier.apply(facts, byId, rules, originators, all);
    }

    /**
     * The rows of each category's claims, in category order, each block ordered by publication
     * day, then document id, then run order. Reads no claim: a large run keeps them on disk.
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

    /**
     * Each document's place in the order of publication day, then its size (characters, words),
     * then id: what a document says, not what its file is called, decides the order in which it
     * meets the others, so renaming files changes no fact.
     */
    private Map<String, Integer> documentRanks(RunClaims claims) {
        Map<String, Long> days = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            days.computeIfAbsent(claims.doc(i), this::day);
        }
        List<String> order = new ArrayList<>(days.keySet());
        order.sort(Comparator.comparingLong((String d) -> days.get(d)).thenComparingInt(this::chars)
                .thenComparingInt(this::words).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        return rank;
    }

    private int chars(String doc) {
        DocSummary ds = docs.get(doc);
        return ds == null ? 0 : ds.chars();
    }

    private int words(String doc) {
        DocSummary ds = docs.get(doc);
        return ds == null ? 0 : ds.words();
    }

    private long day(String doc) {
        DocSummary ds = docs.get(doc);
        return ds == null ? Long.MIN_VALUE : Features.parseDay(ds.source().published());
    }

    /**
     * The grouping of one category's claims ({@code block}: their rows, in window order;
     * {@code companions}: per row, see {@link Companions}).
     */
    private List<Group> groupBlock(RunClaims claims, int[][] companions, int[] block, boolean seal) {
        BlockState st = new BlockState();
        for (int from = 0, to; from < block.length; from = to) {
            String doc = claims.doc(block[from]);
            to = from + 1;
            while (to < block.length && claims.doc(block[to]).equals(doc)) {
                to++;
            }
            long today = day(doc);
            st.index.evict(today);
            if (seal) {
                sealPassed(st, today, claims);
            }
            List<Group> own = withinDocument(claims, companions, Arrays.copyOfRange(block, from, to), doc);
            assign(st, own, doc, today);
        }
        return st.facts;
    }

    /** What grouping one category holds: the facts, their index and the order in which they expire. */
    private final class BlockState {
        final List<Group> facts = new ArrayList<>();
        final FactIndex index = new FactIndex(BUCKET_DAYS, POLICY, names);
        final PriorityQueue<long[]> expiry = new PriorityQueue<>(Comparator.<long[]>comparingLong(e -> e[0])
                .thenComparingLong(e -> e[1]));
        final List<Group> bySeq = new ArrayList<>();
        /** Whether a merge left a merged fact in {@link #facts}, to drop once the document is done. */
        boolean merged;
        /** Whether any fact of the block was merged: only then can the index lead to a merged fact. */
        boolean anyMerged;
    }

    /** Links a document's local facts to open facts, best pairs first; the rest become facts. */
    private void assign(BlockState st, List<Group> own, String doc, long today) {
        List<Candidate> pairs = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            Group local = own.get(i);
            for (Group g : st.anyMerged ? roots(st.index.candidates(local)) : st.index.candidates(local)) {
                if (!g.measure().equals(local.measure())) {
                    continue; // a key collision
                }
                comparisons.increment();
                double s = Event.similarity(local.event, local.members.get(0).claim.core(), g.event, names, POLICY);
                if (s >= POLICY.link()) {
                    pairs.add(new Candidate(i, g, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::local)
                .thenComparingInt(c -> c.fact().seq));
        Group[] target = new Group[own.size()];
        java.util.Set<Group> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : pairs) {
            if (target[c.local()] == null && !taken.contains(c.fact())) {
                target[c.local()] = c.fact();
                taken.add(c.fact());
                link(c.fact(), doc, c.score());
            }
        }
        for (int i = 0; i < own.size(); i++) {
            Group local = own.get(i);
            Group g = target[i];
            if (g == null) {
                g = local;
                g.seq = st.bySeq.size();
                st.bySeq.add(g);
                st.facts.add(g);
                g.addDoc(doc);
            } else {
                g.members.addAll(local.members);
                g.event.absorb(local.event, POLICY);
                g.addDoc(doc);
                g = bridge(st, g, i, pairs, taken);
            }
            st.index.add(g, local);
            touch(st, g, today);
        }
        if (st.merged) {
            st.facts.removeIf(f -> f.mergedInto != null);
            st.merged = false;
        }
    }

    /** The standing facts among candidates, each once: a merged fact's index entries lead to its root. */
    private static List<Group> roots(List<Group> candidates) {
        List<Group> out = new ArrayList<>(candidates.size());
        java.util.Set<Group> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Group g : candidates) {
            Group r = g.root();
            if (r.sealed == null && seen.add(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A report that links to two open facts of one measure shows them to be one event told twice
     * (the first reports each began a fact of its own: one named the town, the other the
     * province, and a later one names both): the facts it links to strongly enough merge with the
     * one it joined, unless another of its local facts holds one of them, they share a document
     * (whose local facts were kept apart there) or their events cannot be one. Single-pass
     * grouping otherwise keeps whichever facts the first reports began; merging the smaller into
     * the larger keeps the cost of all merges near-linear. Two facts that many reports each joined
     * (more than {@code bridgeDocs}) were kept apart by many comparisons and stay apart, which
     * also bounds the work of looking for a shared document.
     */
    private Group bridge(BlockState st, Group joined, int local, List<Candidate> pairs, java.util.Set<Group> taken) {
        Group into = joined;
        for (Candidate c : pairs) {
            Group other = c.fact().root();
            if (c.local() != local || other == into || c.score() < POLICY.bridge() || taken.contains(other)
                    || other.sealed != null || Math.min(other.docCount(), into.docCount()) > POLICY.bridgeDocs()) {
                continue;
            }
            comparisons.increment();
            if (!Event.compatible(into.event, other.event, POLICY) || other.sharesDoc(into)) {
                continue;
            }
            Group big = into.members.size() >= other.members.size() ? into : other;
            Group small = big == into ? other : into;
            big.members.addAll(small.members);
            big.event.absorb(small.event, POLICY);
            big.takeDocs(small);
            big.undated |= small.undated;
            big.lastDay = Math.max(big.lastDay, small.lastDay);
            if (big.links.size() < MAX_LINKS) {
                big.links.add(String.format(Locale.ROOT, "merged with the fact of %s (similarity %.2f)",
                        small.members.get(0).claim.doc(), c.score()));
            } else {
                big.moreLinks++;
            }
            small.mergedInto = big;
            small.members.clear();
            small.event.clear();
            taken.add(big);
            st.merged = true;
            st.anyMerged = true;
            into = big;
        }
        return into;
    }

    private record Candidate(int local, Group fact, double score) {
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

    private static void touch(BlockState st, Group g, long day) {
        g.undated |= day == Long.MIN_VALUE;
        g.lastDay = day;
        if (day != Long.MIN_VALUE) {
            st.expiry.add(new long[] {day + st.index.horizon(g), g.seq});
        }
    }

    /**
     * Finishes the groups no document from {@code today} on can reach: memory then follows the
     * window, not the corpus. Groups an undated document touched stay open, since undated keys
     * are never evicted.
     */
    private void sealPassed(BlockState st, long today, RunClaims claims) {
        if (today == Long.MIN_VALUE) {
            return;
        }
        while (!st.expiry.isEmpty() && st.expiry.peek()[0] < today) {
            long[] e = st.expiry.poll();
            Group g = st.bySeq.get((int) e[1]).root();
            if (g.sealed == null && g.mergedInto == null && !g.undated && g.lastDay + st.index.horizon(g) < today) {
                g.sealed = FactSummary.fact("", g, originators, claims);
                g.members.clear();
                g.links.clear();
                g.clearDocs();
                g.event.clear();
            }
        }
    }

    /**
     * One document's claims (their rows) as local facts: each claim joins the latest local fact
     * of its measure that it is compatible with (among the last few), else starts one.
     */
    private List<Group> withinDocument(RunClaims claims, int[][] companions, int[] rows, String doc) {
        DocSummary ds = docs.get(doc);
        String published = ds == null ? "" : ds.source().published();
        String outlet = ds == null ? "" : ds.source().outlet();
        int[] title = Event.union(ds == null ? new int[0] : Features.names(ds.source().title(), names.words().stopwords()), names.lead(doc),
                POLICY.summaryNames());
        List<Group> out = new ArrayList<>();
        Map<String, List<Group>> byMeasure = new HashMap<>();
        Features previous = null;
        String previousSentence = null;
        // by position in the text, not by run row: the result must not depend on input order. Only
        // the sort keys are kept from a first read; claims are read again one at a time, so a
        // document of a million figures does not hold a million claims with their sentences
        int[] starts = new int[rows.length];
        int[] ends = new int[rows.length];
        String[] categories = new String[rows.length];
        Integer[] order = new Integer[rows.length];
        for (int k = 0; k < rows.length; k++) {
            Claim c = claims.get(rows[k]);
            starts[k] = c.start();
            ends[k] = c.end();
            categories[k] = c.category();
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> starts[k]).thenComparingInt(k -> ends[k])
                .thenComparing(k -> categories[k]));
        for (int at : order) {
            int row = rows[at];
            Claim c = claims.get(row);
            Features f = new Features(c, row, published, outlet, c.sentence().equals(previousSentence) ? previous : null,
                    names.words(), title, companions[row]);
            previous = f;
            previousSentence = c.sentence();
            List<Group> same = byMeasure.computeIfAbsent(f.measure(), m -> new ArrayList<>());
            Group joined = null;
            Event one = Event.of(f, POLICY);
            for (int j = same.size() - 1; j >= 0 && j >= same.size() - POLICY.localScan(); j--) {
                comparisons.increment();
                if (same.get(j).event.admits(f, one, POLICY)) {
                    joined = same.get(j);
                    break;
                }
            }
            if (joined == null) {
                joined = new Group();
                same.add(joined);
                out.add(joined);
            }
            joined.members.add(f);
            joined.event.absorb(one, POLICY);
        }
        return out;
    }

    /** The comparisons this grouper has made, over all its runs. */
    public long comparisons() {
        return comparisons.sum();
    }

    static Comparator<Features> byDoc() {
        return Comparator.comparing((Features f) -> f.claim.doc()).thenComparingInt(f -> f.claim.start());
    }
}
