package org.claimtally.aggregate;

import org.claimtally.event.Features;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.model.FactMembers;
import org.claimtally.model.Grade;
import org.claimtally.model.Numbers;
import org.claimtally.model.Qualifier;
import org.claimtally.model.RunClaims;
import org.claimtally.model.Scope;
import org.claimtally.model.Status;
import org.claimtally.model.When;

/**
 * Turns grouped claims into {@link Fact}s: the range across sources (lowest and highest
 * stated figure), the best figure (stated by most independent originators, ties to the
 * lower, as ACLED's conservative rule), agreement status and corroboration grade.
 */
final class FactSummary {
    private FactSummary() {
    }

    /** Numbers the facts in report order; {@code byId} receives each fact's group (for rules). */
    static List<Fact> build(List<FactGrouper.Group> groups, Originators docs,
                            Map<String, FactGrouper.Group> byId, RunClaims claims) {
        List<Fact> unnumbered = new ArrayList<>();
        Map<Fact, FactGrouper.Group> groupOf = new java.util.IdentityHashMap<>();
        for (FactGrouper.Group g : groups) {
            Fact f = g.sealed != null ? g.sealed : fact("", g, docs, claims);
            unnumbered.add(f);
            groupOf.put(f, g);
        }
        List<String> firstClaims = sort(unnumbered, claims);
        List<Fact> out = new ArrayList<>(unnumbered.size());
        Map<String, String> ids = stableIds(unnumbered, firstClaims);
        for (int i = 0; i < unnumbered.size(); i++) {
            Fact f = unnumbered.get(i);
            String id = ids.get(firstClaims.get(i));
            byId.put(id, groupOf.get(f));
            out.add(new Fact(id, f.category(), f.subject(), f.core(), f.action(), f.actor(), f.time(), f.members(), f.low(),
                    f.high(), f.best(), f.rangeText(), f.status(), f.grade(), f.documents(), f.outlets(),
                    f.originators(), f.why(), f.when(), f.reports()));
        }
        return out;
    }

    /**
     * Sorts facts in report order: core facts first, then the most documents, then category and
     * figure, then label and first claim: stable and useful. Each fact's label and first claim
     * id are worked out once (the claim may have to be read from disk).
     */
    static List<String> sort(List<Fact> facts, RunClaims claims) {
        List<Keyed> keyed = new ArrayList<>(facts.size());
        facts.forEach(f -> keyed.add(new Keyed(f, f.label(), f.members().get(0).claim(claims).id())));
        keyed.sort(ORDER);
        List<String> firstClaims = new ArrayList<>(keyed.size());
        for (int i = 0; i < keyed.size(); i++) {
            facts.set(i, keyed.get(i).fact());
            firstClaims.add(keyed.get(i).firstClaim());
        }
        return firstClaims;
    }

    /** Digits of a fact id: room for a hundred million facts, so that two facts seldom draw one number. */
    static final int ID_DIGITS = 8;
    private static final long ID_SPACE = 100_000_000L;

    /**
     * Each fact's id from what it is, not from where it falls in the run: its category and its
     * first claim (the first document's first mention, by document id and offset), hashed to
     * {@link #ID_DIGITS} digits. Adding an article leaves the id of every fact it does not join,
     * or joins after its first claim; the rules and notes that name the fact still find it. Two
     * facts that draw one number take the next free one, in the order of their first claims.
     */
    static Map<String, String> stableIds(List<Fact> facts, List<String> firstClaims) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(firstClaims::get));
        Set<Long> taken = new HashSet<>();
        Map<String, String> out = new HashMap<>();
        for (int i : order) {
            String key = facts.get(i).category() + "|" + firstClaims.get(i);
            long n = Math.floorMod(hash64(key), ID_SPACE);
            while (!taken.add(n)) {
                n = (n + 1) % ID_SPACE;
            }
            out.put(firstClaims.get(i), "F" + String.format(Locale.ROOT, "%0" + ID_DIGITS + "d", n));
        }
        return out;
    }

    /** FNV-1a over the UTF-16 units, then a mix: stable across runs and JVMs, unlike String.hashCode's spread. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    private record Keyed(Fact fact, String label, String firstClaim) {
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparing((Keyed k) -> !k.fact().core())
            .thenComparing(k -> -k.fact().documents())
            .thenComparing(k -> k.fact().category())
            .thenComparing(k -> k.fact().low() == null ? 0 : -k.fact().low())
            .thenComparing(Keyed::label)
            .thenComparing(Keyed::firstClaim);

    static Fact withId(Fact f, String id, String whyMore) {
        return new Fact(id, f.category(), f.subject(), f.core(), f.action(), f.actor(), f.time(), f.members(), f.low(),
                f.high(), f.best(), f.rangeText(), f.status(), f.grade(), f.documents(), f.outlets(), f.originators(),
                whyMore.isEmpty() ? f.why() : f.why() + "; " + whyMore, f.when(), f.reports());
    }

    /** A member while its fact is summed up: the plain member and its claim, at hand. */
    record Mention(FactMember m, Claim c) {
    }

    /** The fact of a group; it keeps its members as rows of the run's claims, not as claim objects. */
    static Fact fact(String id, FactGrouper.Group g, Originators docs, RunClaims claims) {
        List<Features> sorted = new ArrayList<>(g.members);
        sorted.sort(FactGrouper.byDoc()); // once, for the members and for the place and report days
        List<Mention> members = members(sorted, docs);
        List<Mention> shown = new ArrayList<>();
        List<FactMember> plain = new ArrayList<>(members.size());
        for (Mention m : members) {
            plain.add(m.m());
            if (m.m().primary()) {
                shown.add(m);
            }
        }
        Claim first = shown.get(0).c();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Mention m : shown) {
            lo = Math.min(lo, m.c().statedLow());
            hi = Math.max(hi, m.c().statedHigh());
        }
        Status status = status(shown);
        List<Mention> latest = shown; // the mentions the best figure is chosen from
        if (status == Status.CONFLICT && g.members.get(0).toll) { // only then are report days read
            java.util.NavigableMap<java.time.LocalDate, List<Mention>> byDay = byReportDay(shown, docs);
            if (rising(byDay)) {
                status = Status.REVISED;
                latest = byDay.lastEntry().getValue();
            }
        }
        Set<String> originators = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        shown.forEach(m -> {
            originators.add(m.m().originator());
            outlets.add(m.m().outlet());
        });
        Grade grade = originators.size() < 2 ? Grade.SINGLE_SOURCE
                : status == Status.CONFLICT ? Grade.CONTESTED : Grade.CORROBORATED;
        String why = why(first, g, shown.size());
        return new Fact(id, first.category(), g.members.get(0).subgroup, first.core(),
                docs.shared(pick(members, "action")), docs.shared(pick(members, "actor")),
                docs.shared(pick(members, "time")), FactMembers.of(plain), lo, hi,
                best(latest), rangeText(shown, lo, hi), status, grade, shown.size(), outlets.size(),
                originators.size(), why, when(shown), reports(sorted, docs));
    }

    /**
     * The place most of its documents name (a name named by more documents wins; then the one
     * named first, in document order), and the first and last days its documents were published;
     * {@code sorted}: its members in document order.
     */
    static Fact.Reports reports(List<Features> sorted, Originators docs) {
        Map<String, Set<String>> docsNaming = new java.util.LinkedHashMap<>();
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (Features f : sorted) {
            for (String place : f.places) {
                docsNaming.computeIfAbsent(place, k -> new HashSet<>()).add(f.claim.doc());
            }
            java.time.LocalDate day = docs.published(f.claim);
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        String place = "";
        int most = 0;
        for (Map.Entry<String, Set<String>> e : docsNaming.entrySet()) {
            if (e.getValue().size() > most) {
                place = e.getKey();
                most = e.getValue().size();
            }
        }
        return new Fact.Reports(docs.shared(place), first, last);
    }

    /**
     * The days the sources' figures refer to: from the earliest resolved start to the latest
     * end, an open end where any figure leaves it open; the scope when they share one.
     */
    static When when(List<Mention> shown) {
        java.time.LocalDate from = null;
        java.time.LocalDate to = null;
        boolean openStart = false;
        boolean openEnd = false;
        Scope scope = null;
        for (Mention m : shown) {
            When w = m.c().when();
            if (w.scope() != Scope.UNKNOWN) {
                scope = scope == null || scope == w.scope() ? w.scope() : Scope.UNKNOWN;
            }
            if (!w.known()) {
                continue;
            }
            openStart |= w.from() == null;
            openEnd |= w.to() == null;
            from = w.from() == null || from != null && from.isBefore(w.from()) ? from : w.from();
            to = w.to() == null || to != null && to.isAfter(w.to()) ? to : w.to();
        }
        Scope s = scope == null ? Scope.UNKNOWN : scope;
        if (from == null && to == null) {
            return s == Scope.UNKNOWN ? When.UNKNOWN : new When(null, null, s);
        }
        return new When(openStart ? null : from, openEnd ? null : to, s);
    }

    /**
     * Every mention, by document and position; per document the primary is the most specific
     * figure (exact, then a range, then a bound or hedge, then vague words), among those the one
     * the document repeats most, then the highest (a toll revised rises), then the first.
     */
    private static List<Mention> members(List<Features> sorted, Originators docs) {
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int from = 0, to; from < sorted.size(); from = to) {
            String doc = sorted.get(from).claim.doc();
            to = from + 1;
            while (to < sorted.size() && sorted.get(to).claim.doc().equals(doc)) {
                to++;
            }
            List<Features> same = sorted.subList(from, to);
            Features primary = primary(same);
            for (Features f : same) {
                Claim c = f.claim;
                out.add(new Mention(new FactMember(f.row, f == primary ? same.size() : 1, docs.outlet(c), docs.of(c),
                        f == primary), c));
            }
        }
        return out;
    }

    private static Features primary(List<Features> same) {
        // how often each figure is stated, counted once: a document may mention one fact thousands of times
        Map<List<Object>, Integer> stated = new HashMap<>();
        for (Features f : same) {
            stated.merge(figureKey(f.claim), 1, Integer::sum);
        }
        Features best = null;
        int bestRepeats = 0;
        for (Features f : same) {
            int repeats = stated.get(figureKey(f.claim));
            if (best == null || better(f, repeats, best, bestRepeats)) {
                best = f;
                bestRepeats = repeats;
            }
        }
        return best;
    }

    private static boolean better(Features f, int repeats, Features best, int bestRepeats) {
        int s = specificity(f.claim);
        int t = specificity(best.claim);
        if (s != t) {
            return s < t;
        }
        if (repeats != bestRepeats) {
            return repeats > bestRepeats;
        }
        return f.claim.pointValue() > best.claim.pointValue();
    }

    /** Lower is more specific. */
    private static int specificity(Claim c) {
        return switch (c.qualifier()) {
            case EXACT -> 0;
            case RANGE -> 1;
            case MIN, MAX, APPROX -> 2;
            case VAGUE -> 3;
        };
    }

    /** What makes two statements the same figure: qualifier, value and bounds. */
    private static List<Object> figureKey(Claim c) {
        return java.util.Arrays.asList(c.qualifier(), c.value(), c.low(), c.high());
    }

    static Status status(List<Mention> members) {
        if (members.size() == 1) {
            return Status.SINGLE;
        }
        boolean equal = true;
        Double v0 = members.get(0).c().value();
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (Mention m : members) {
            Claim c = m.c();
            if (c.value() == null || !c.value().equals(v0) || c.qualifier() != members.get(0).c().qualifier()) {
                equal = false;
            }
            lo = Math.max(lo, c.intervalLow());
            hi = Math.min(hi, c.intervalHigh());
        }
        if (equal) {
            return Status.AGREE;
        }
        return lo <= hi ? Status.CONSISTENT : Status.CONFLICT;
    }

    /** The shown mentions by their documents' publication day; empty when any is undated. */
    static java.util.NavigableMap<java.time.LocalDate, List<Mention>> byReportDay(List<Mention> shown, Originators docs) {
        java.util.NavigableMap<java.time.LocalDate, List<Mention>> out = new TreeMap<>();
        for (Mention m : shown) {
            java.time.LocalDate day = docs.published(m.c());
            if (day == null) {
                return new TreeMap<>();
            }
            out.computeIfAbsent(day, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /**
     * Whether the figures rose as reports came in: on more than one day, each day's figures can
     * all be true together, and each day's common interval starts and ends no lower than the
     * day's before.
     */
    static boolean rising(java.util.NavigableMap<java.time.LocalDate, List<Mention>> byDay) {
        if (byDay.size() < 2) {
            return false;
        }
        double prevLo = Double.NEGATIVE_INFINITY;
        double prevHi = Double.NEGATIVE_INFINITY;
        for (List<Mention> day : byDay.values()) {
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            for (Mention m : day) {
                lo = Math.max(lo, m.c().intervalLow());
                hi = Math.min(hi, m.c().intervalHigh());
            }
            if (lo > hi || lo < prevLo || hi < prevHi) {
                return false; // sources disagree on one day, or a later day's figure is lower
            }
            prevLo = lo;
            prevHi = hi;
        }
        return true;
    }

    /** The figure stated by most originators; ties go to the lower figure. */
    static Double best(List<Mention> members) {
        Map<Double, Set<String>> votes = new TreeMap<>();
        for (Mention m : members) {
            Double v = m.c().value();
            if (v != null) {
                votes.computeIfAbsent(v, k -> new HashSet<>()).add(m.m().originator());
            }
        }
        Double best = null;
        int most = 0;
        for (Map.Entry<Double, Set<String>> e : votes.entrySet()) {
            if (e.getValue().size() > most) {
                most = e.getValue().size();
                best = e.getKey();
            }
        }
        return best;
    }

    /** "29", "396–400", ">150", "~55,000", "hundreds of thousands". */
    static String rangeText(List<Mention> members, double lo, double hi) {
        Claim c = members.get(0).c();
        boolean same = members.stream().allMatch(m -> m.c().qualifier() == c.qualifier()
                && java.util.Objects.equals(m.c().value(), c.value())
                && java.util.Objects.equals(m.c().low(), c.low()));
        if (same) {
            return single(c);
        }
        if (lo == hi) {
            return Numbers.grouped(lo);
        }
        return Numbers.grouped(lo) + "\u2013" + Numbers.grouped(hi);
    }

    private static String single(Claim c) {
        return switch (c.qualifier()) {
            case EXACT -> Numbers.grouped(c.value());
            case MIN -> ">" + Numbers.grouped(c.value());
            case MAX -> "<" + Numbers.grouped(c.value());
            case APPROX -> "~" + Numbers.grouped(c.value());
            case RANGE -> Numbers.grouped(c.low()) + "\u2013" + Numbers.grouped(c.high());
            case VAGUE -> vagueWords(c);
        };
    }

    private static String vagueWords(Claim c) {
        String f = c.figure().toLowerCase(Locale.ROOT).strip();
        return f.isEmpty() ? Numbers.grouped(c.low()) + "\u2013" + Numbers.grouped(c.high()) : f;
    }

    private static String pick(List<Mention> members, String field) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : members) {
            String v = switch (field) {
                case "action" -> m.c().action();
                case "actor" -> m.c().actor();
                default -> m.c().time();
            };
            if (!v.isEmpty()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            // ties go to the more specific wording: "overnight into Tuesday" over "Tuesday"
            if (e.getValue() > most || e.getValue() == most && e.getKey().length() > best.length()) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String why(Claim first, FactGrouper.Group g, int docs) {
        StringBuilder sb = new StringBuilder("key: ").append(first.category());
        if (!first.action().isEmpty()) {
            sb.append(", action ").append(first.action());
        }
        if (!first.actor().isEmpty()) {
            sb.append(", actor ").append(first.actor());
        }
        if (docs == 1) {
            sb.append("; one document");
        } else {
            // the document the fact started from, then those that joined it, in the order they met
            sb.append("; first ").append(g.members.get(0).claim.doc()).append("; ").append(String.join("; ", g.links));
            if (g.moreLinks > 0) {
                sb.append("; and ").append(g.moreLinks).append(" more joined");
            }
        }
        return sb.toString();
    }

    static boolean isVague(Claim c) {
        return c.qualifier() == Qualifier.VAGUE;
    }
}
