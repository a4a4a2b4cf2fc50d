package org.claimtally.event;

import java.util.Arrays;
import org.claimtally.model.Scope;

/**
 * What a fact (or a document's local fact) is about, kept as a bounded summary so that a claim
 * is compared with a fact in constant time: its measure's fixed parts (actor, action, side),
 * its days (publication, and the resolved days of its figures), the names and words of its
 * sentences and titles, its claimants and the span of its figures.
 */
public final class Event {
    private static final int[] NONE = new int[0];

    private String actor = "";
    private boolean toll;
    private String action = "";
    private int[] side = NONE;
    private String whole = "";
    private Features head;
    private long firstDay = Long.MIN_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private long whenFrom = Long.MIN_VALUE;
    private long whenTo = Long.MIN_VALUE;
    private boolean resolved;
    private Scope scope = Scope.UNKNOWN;
    private int[] names = NONE;
    /** The names its sentences themselves hold, without its documents' titles and leads. */
    private int[] ownNames = NONE;
    /** The words of the places its sentences name (after "in", "near" …). */
    private int[] places = NONE;
    private int[] words = NONE;
    /**
     * Per outlet and report day, the largest toll it stated that day: an outlet revises its own
     * toll of an event up, so a later report of it with a smaller one tells of another incident.
     */
    private int[] tollOutlets = new int[0];
    private long[] tollDays = new long[0];
    private double[] tollTops = new double[0];
    /** The other figures its sentences state beside its own ({@link Features#companions}). */
    private int[] companions = NONE;
    private final java.util.List<String> claimants = new java.util.ArrayList<>(2);
    private double[] values = new double[0];
    private double minMag = Double.POSITIVE_INFINITY;
    private double maxMag = Double.NEGATIVE_INFINITY;
    /** The span of its vague figures' words ("dozens": 12 to 119), which the figures above leave out. */
    private double vagueLow = Double.POSITIVE_INFINITY;
    private double vagueHigh = Double.NEGATIVE_INFINITY;

    /** A claim joins the summary. */
    public void add(Features f, GroupingPolicy p) {
        if (head == null) {
            head = f;
            toll = f.toll;
        }
        if (actor.isEmpty()) {
            actor = f.actor;
        }
        if (action.isEmpty()) {
            action = f.action;
        }
        if (side.length == 0) {
            side = f.side;
        }
        if (whole.isEmpty()) {
            whole = f.whole;
        }
        if (f.day != Long.MIN_VALUE) {
            firstDay = firstDay == Long.MIN_VALUE ? f.day : Math.min(firstDay, f.day);
            lastDay = Math.max(lastDay, f.day);
        }
        if (f.resolved()) {
            widen(f.whenFrom, f.whenTo, f.scope);
        } else if (scope == Scope.UNKNOWN) {
            scope = f.scope;
        }
        names = union(names, union(f.entities, f.titleNames, p.summaryNames()), p.summaryNames());
        ownNames = union(ownNames, f.entities, p.summaryNames());
        places = union(places, f.placeWords, p.summaryNames());
        words = union(words, f.words, p.summaryWords());
        companions = union(companions, f.companions, p.summaryNames());
        if (f.toll && !f.outlet.isEmpty() && f.day != Long.MIN_VALUE && f.claim.value() != null
                && f.claim.qualifier() != org.claimtally.model.Qualifier.VAGUE) {
            noteToll(f.outlet.hashCode(), f.day, f.claim.value(), p);
        }
        if (!f.claimant.isEmpty() && !claimants.contains(f.claimant) && claimants.size() < p.summaryNames()) {
            claimants.add(f.claimant);
        }
        double m = f.magnitude();
        // vague words ("several", "dozens") span a decade by themselves: they do not set the spread
        if (m > 0 && f.claim.qualifier() != org.claimtally.model.Qualifier.VAGUE) {
            minMag = Math.min(minMag, m);
            maxMag = Math.max(maxMag, m);
        } else if (f.claim.low() != null && f.claim.high() != null && f.claim.low() > 0) {
            vagueLow = Math.min(vagueLow, f.claim.low());
            vagueHigh = Math.max(vagueHigh, f.claim.high());
        }
        double v = f.claim.pointValue();
        if (Arrays.binarySearch(values, v) < 0 && values.length < p.summaryNames()) {
            values = Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = v;
            Arrays.sort(values);
        }
    }

    /** Keeps the largest toll an outlet stated on a day (a bounded number of outlet-days). */
    private void noteToll(int outlet, long day, double value, GroupingPolicy p) {
        for (int i = 0; i < tollOutlets.length; i++) {
            if (tollOutlets[i] == outlet && tollDays[i] == day) {
                tollTops[i] = Math.max(tollTops[i], value);
                return;
            }
        }
        if (tollOutlets.length < p.summaryNames()) {
            int n = tollOutlets.length;
            tollOutlets = Arrays.copyOf(tollOutlets, n + 1);
            tollDays = Arrays.copyOf(tollDays, n + 1);
            tollTops = Arrays.copyOf(tollTops, n + 1);
            tollOutlets[n] = outlet;
            tollDays[n] = day;
            tollTops[n] = value;
        }
    }

    /**
     * Whether an outlet stated a smaller toll in a later report of one than of the other: its
     * own tolls of one event only rise, so a smaller one later is another incident's (a daily
     * round-up's next day), while different outlets' tolls differ as sources do.
     */
    private static boolean outletTollFell(Event a, Event b) {
        for (int i = 0; i < a.tollOutlets.length; i++) {
            for (int j = 0; j < b.tollOutlets.length; j++) {
                if (a.tollOutlets[i] != b.tollOutlets[j] || a.tollDays[i] == b.tollDays[j]) {
                    continue;
                }
                boolean aLater = a.tollDays[i] > b.tollDays[j];
                double later = aLater ? a.tollTops[i] : b.tollTops[j];
                double earlier = aLater ? b.tollTops[j] : a.tollTops[i];
                if (later < earlier) {
                    return true;
                }
            }
        }
        return false;
    }

    private void widen(long from, long to, Scope s) {
        if (!resolved) {
            whenFrom = from;
            whenTo = to;
            resolved = true;
            scope = s;
            return;
        }
        whenFrom = from == Long.MIN_VALUE || whenFrom == Long.MIN_VALUE ? Long.MIN_VALUE : Math.min(whenFrom, from);
        whenTo = to == Long.MIN_VALUE || whenTo == Long.MIN_VALUE ? Math.max(whenTo, to) : Math.max(whenTo, to);
    }

    /** A fact takes in another's summary (a document's local fact joined it). */
    public void absorb(Event o, GroupingPolicy p) {
        if (head == null) {
            head = o.head;
            toll = o.toll;
        }
        if (!resolved && !o.resolved && scope == Scope.UNKNOWN) {
            scope = o.scope;
        }
        if (actor.isEmpty()) {
            actor = o.actor;
        }
        if (action.isEmpty()) {
            action = o.action;
        }
        if (side.length == 0) {
            side = o.side;
        }
        if (whole.isEmpty()) {
            whole = o.whole;
        }
        if (o.firstDay != Long.MIN_VALUE) {
            firstDay = firstDay == Long.MIN_VALUE ? o.firstDay : Math.min(firstDay, o.firstDay);
            lastDay = Math.max(lastDay, o.lastDay);
        }
        if (o.resolved) {
            widen(o.whenFrom, o.whenTo, o.scope);
        }
        names = union(names, o.names, p.summaryNames());
        ownNames = union(ownNames, o.ownNames, p.summaryNames());
        places = union(places, o.places, p.summaryNames());
        words = union(words, o.words, p.summaryWords());
        companions = union(companions, o.companions, p.summaryNames());
        for (int i = 0; i < o.tollOutlets.length; i++) {
            noteToll(o.tollOutlets[i], o.tollDays[i], o.tollTops[i], p);
        }
        for (String c : o.claimants) {
            if (!claimants.contains(c) && claimants.size() < p.summaryNames()) {
                claimants.add(c);
            }
        }
        minMag = Math.min(minMag, o.minMag);
        maxMag = Math.max(maxMag, o.maxMag);
        vagueLow = Math.min(vagueLow, o.vagueLow);
        vagueHigh = Math.max(vagueHigh, o.vagueHigh);
        for (double v : o.values) {
            if (Arrays.binarySearch(values, v) < 0 && values.length < p.summaryNames()) {
                values = Arrays.copyOf(values, values.length + 1);
                values[values.length - 1] = v;
                Arrays.sort(values);
            }
        }
    }

    public void clear() {
        names = NONE;
        ownNames = NONE;
        places = NONE;
        words = NONE;
        companions = NONE;
        tollOutlets = new int[0];
        tollDays = new long[0];
        tollTops = new double[0];
        claimants.clear();
        values = new double[0];
        head = null;
    }

    public long lastDay() {
        return lastDay;
    }

    public long firstDay() {
        return firstDay;
    }

    public boolean periodResolved() {
        return resolved && scope == Scope.PERIOD && whenFrom != Long.MIN_VALUE && whenTo != Long.MIN_VALUE;
    }

    public long whenFrom() {
        return whenFrom;
    }

    public long whenTo() {
        return whenTo;
    }

    public int[] names() {
        return names;
    }

    /** The summary of one claim, to compare with local facts and then to start or join one. */
    public static Event of(Features f, GroupingPolicy p) {
        Event one = new Event();
        one.add(f, p);
        return one;
    }

    /** Whether a claim of the same document ({@code one}: its summary) may join this local fact. */
    public boolean admits(Features f, Event one, GroupingPolicy p) {
        // only a toll gets revised inside an article: its shares, troops, launches and parts are
        // different quantities, and so is a toll said to come on top ("two other people were killed")
        boolean revisable = f.toll && !f.part() && !f.additive;
        if (!revisable && Arrays.binarySearch(values, f.claim.pointValue()) < 0) {
            return false;
        }
        if (f.shift) {
            return false; // "separately, two were killed in …": another incident's toll, even of one figure
        }
        if (f.placeShift && Features.overlap(f.placeWords, places) < f.placeWords.length) {
            return false; // "meanwhile, two were killed in Kelmora", a place the toll so far was not placed in
        }
        return compatible(this, one, p);
    }

    /** True when nothing forbids the two from being one fact: the measure key is the caller's. */
    public static boolean compatible(Event a, Event b, GroupingPolicy p) {
        return whyApart(a, b, p) == null;
    }

    /** Why the two cannot be one fact ("actor", "times", "spread" …), or null when nothing forbids it. */
    public static String whyApart(Event a, Event b, GroupingPolicy p) {
        // whom a report blames for a loss is what sources of one event dispute: evidence, not a veto
        boolean disputed = a.toll && b.toll;
        if (!disputed && (differ(a.actor, b.actor) || differ(a.action, b.action))) {
            return "actor/action " + a.actor + "/" + a.action + " vs " + b.actor + "/" + b.action;
        }
        if (a.side.length > 0 && b.side.length > 0 && Features.overlap(a.side, b.side) == 0) {
            return "side";
        }
        if (differ(a.whole, b.whole)) {
            return "people " + a.whole + " vs " + b.whole; // civilians killed are not soldiers killed
        }
        if (disputed && a.scope != Scope.CUMULATIVE && b.scope != Scope.CUMULATIVE && outletTollFell(a, b)) {
            return "outlet's toll fell"; // a war's running total is quoted from different estimates, not revised
        }
        if ((a.scope == Scope.CUMULATIVE) != (b.scope == Scope.CUMULATIVE) && a.scope != Scope.UNKNOWN
                && b.scope != Scope.UNKNOWN) {
            return "scope " + a.scope + " " + b.scope;
        }
        if (incidentAndPeriod(a, b) && !sharesFigure(a, b, p)) {
            return "scope " + a.scope + " " + b.scope; // a night's launches are not the week's, dated or not
        }
        if (a.resolved && b.resolved) {
            if (!timesMeet(a, b, p)) {
                return "times";
            }
        } else if (!a.resolved && !b.resolved && a.head != null && b.head != null
                && Features.timesDiffer(a.head, b.head)) {
            return "phrases " + a.head.claim.time() + " vs " + b.head.claim.time();
        } else if (a.resolved != b.resolved && (a.resolved ? background(a, b, p) : background(b, a, p))) {
            return "background";
        }
        if (a.firstDay != Long.MIN_VALUE && b.firstDay != Long.MIN_VALUE) {
            int window = a.periodResolved() && b.periodResolved() ? p.periodWindowDays() : p.reportWindowDays();
            if (b.firstDay - a.lastDay > window || a.firstDay - b.lastDay > window) {
                return "window";
            }
        }
        if (a.incidentDay() != Long.MIN_VALUE || b.incidentDay() != Long.MIN_VALUE) {
            long da = a.eventDay();
            long db = b.eventDay();
            // a stated incident day bounds the reports that can be about it: the day itself and the next
            if (da != Long.MIN_VALUE && db != Long.MIN_VALUE && Math.abs(da - db) > p.incidentSlackDays() + 1) {
                return "incident days";
            }
        }
        double lo = Math.min(a.minMag, b.minMag);
        double hi = Math.max(a.maxMag, b.maxMag);
        if (lo > 0 && hi / lo > p.maxSpread()) {
            return "spread";
        }
        if (!disputed && lo > 0 && hi / lo > p.countSpread()) {
            return "count spread"; // a barrage's launches are not revised like a toll: other figures, other nights
        }
        // vague words span a decade each: they meet what comes within the spread of their span
        // ("hundreds" and 120 can be one toll; "hundreds" and "hundreds of thousands" cannot)
        double gapLow = Math.max(Math.min(a.minMag, a.vagueLow), Math.min(b.minMag, b.vagueLow));
        double gapHigh = Math.min(Math.max(a.maxMag, a.vagueHigh), Math.max(b.maxMag, b.vagueHigh));
        return gapHigh > 0 && gapLow / gapHigh > p.maxSpread() ? "spread" : null;
    }

    /**
     * Whether {@code dated}, whose days are stated, ended well before the first report of
     * {@code undated}, whose figures state no day: a report's figures without a time phrase tell
     * of the news of its own days, so a stated past event (an attack years or months before,
     * last year's total) is background, another fact. Running totals end at the report.
     */
    private static boolean background(Event dated, Event undated, GroupingPolicy p) {
        return dated.scope != Scope.CUMULATIVE && dated.whenTo != Long.MIN_VALUE && undated.firstDay != Long.MIN_VALUE
                && dated.whenTo < undated.firstDay - p.backgroundDays();
    }

    private static boolean differ(String x, String y) {
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
    }

    /** Resolved days meet: incidents within the slack, periods overlapping, running totals up to near days. */
    private static boolean timesMeet(Event a, Event b, GroupingPolicy p) {
        boolean incidentA = a.scope == Scope.INCIDENT;
        boolean incidentB = b.scope == Scope.INCIDENT;
        if (incidentA != incidentB && (a.scope == Scope.PERIOD || b.scope == Scope.PERIOD)) {
            return false; // a day's toll is not a month's
        }
        if (a.scope == Scope.CUMULATIVE && b.scope == Scope.CUMULATIVE) {
            return a.whenTo == Long.MIN_VALUE || b.whenTo == Long.MIN_VALUE
                    || Math.abs(a.whenTo - b.whenTo) <= p.reportWindowDays();
        }
        if (incidentA && incidentB && days(a) == 2 && days(b) == 2) {
            return a.whenTo == b.whenTo; // two nights ("overnight into Thursday", "into Friday") share a day, not a barrage
        }
        // a day reported as the day before or after ("Tuesday" and "Wednesday" of one strike near midnight)
        long slack = incidentA && incidentB && (days(a) == 1 || days(b) == 1) ? p.incidentSlackDays() : 0;
        long aFrom = a.whenFrom == Long.MIN_VALUE ? Long.MIN_VALUE / 2 : a.whenFrom;
        long bFrom = b.whenFrom == Long.MIN_VALUE ? Long.MIN_VALUE / 2 : b.whenFrom;
        long aTo = a.whenTo == Long.MIN_VALUE ? Long.MAX_VALUE / 2 : a.whenTo;
        long bTo = b.whenTo == Long.MIN_VALUE ? Long.MAX_VALUE / 2 : b.whenTo;
        return aFrom <= bTo + slack && bFrom <= aTo + slack;
    }

    /** How many calendar days the stated span covers; 0 when an end is open. */
    private static long days(Event e) {
        return e.whenFrom == Long.MIN_VALUE || e.whenTo == Long.MIN_VALUE ? 0 : e.whenTo - e.whenFrom + 1;
    }

    /**
     * Similarity in [0, 1] of a document's local fact ({@code a}, of core claims or not) to an
     * open fact ({@code b}); -1 when they cannot be one.
     */
    public static double similarity(Event a, boolean core, Event b, NameFrequencies freq, GroupingPolicy p) {
        if (!compatible(a, b, p)) {
            return -1;
        }
        // a second figure of the sentence repeated in the other report ("71 missiles and 450
        // drones" both times) tells of one event as surely as a rare place both name
        double shared = Features.overlap(a.companions, b.companions) > 0 ? Math.max(p.fullNames(),
                sharedNames(a.names, b.names, freq, p)) : sharedNames(a.names, b.names, freq, p);
        double j = Features.jaccard(a.words, b.words);
        if (shared + j < p.minSharedNames()) {
            return -1; // equal numbers alone prove nothing
        }
        if (sharedPlaces(a.names, b.names, freq) == 0 && rarest(a.ownNames, freq, p) >= p.fullNames()
                && rarest(b.ownNames, freq, p) >= p.fullNames()) {
            // the figures' own sentences each name a rare place and share no name: common words do
            // not make one event (a lead's places say what else the article covers, not where this was)
            return -1;
        }
        double value = core && stated(a) && stated(b) ? Math.max(p.revisedFigure(), valueSimilarity(a, b, p))
                : valueSimilarity(a, b, p);
        if (value < 1 && !core && !magnitudesOverlap(a, b)) {
            return -1; // a share, a sum, a duration is not revised like a toll: other figures are other facts
        }
        double time = timeCloseness(a, b, p);
        double claimant = a.claimants.isEmpty() || b.claimants.isEmpty() ? p.unknownClaimant()
                : sharesClaimant(a, b) ? 1 : p.otherClaimant();
        double sim = p.valueWeight() * value + p.timeWeight() * time + p.claimantWeight() * claimant
                + p.namesWeight() * Math.min(1, shared / p.fullNames()) + p.wordsWeight() * Math.min(1, j / p.fullWords());
        // the places the figures' sentences put them in ("in Kelmora", "near the border") differ:
        // evidence against one event, which the rest of the evidence must outweigh (not a veto: a
        // district and its city, or a town and its province, are different names of one place)
        return placesDiffer(a, b) ? sim * p.otherPlace() : sim;
    }

    /**
     * How close the two are in time: stated days that meet count fully; otherwise each side's
     * day (its stated incident day, else its latest report) is compared, and closeness falls off
     * with the days between them, to nothing at the report window's end. Undated: no evidence.
     */
    private static double timeCloseness(Event a, Event b, GroupingPolicy p) {
        if (a.resolved && b.resolved && a.scope == b.scope) {
            return 1;
        }
        long da = a.eventDay();
        long db = b.eventDay();
        if (da == Long.MIN_VALUE || db == Long.MIN_VALUE) {
            return p.undatedTime();
        }
        long apart = Math.abs(da - db);
        return apart > p.reportWindowDays() ? 0 : p.sameDayTime() * (1 - apart / (double) (p.reportWindowDays() + 1));
    }

    /** Both summaries name the places of their figures and share none of their words. */
    private static boolean placesDiffer(Event a, Event b) {
        return a.places.length > 0 && b.places.length > 0 && Features.overlap(a.places, b.places) == 0;
    }

    /** The day the event is on: its stated incident day, else its latest report's day. */
    private long eventDay() {
        long d = incidentDay();
        return d != Long.MIN_VALUE ? d : lastDay;
    }

    /** The last stated day of an incident, or MIN_VALUE when no incident day is stated. */
    private long incidentDay() {
        return resolved && scope == Scope.INCIDENT && whenTo != Long.MIN_VALUE ? whenTo : Long.MIN_VALUE;
    }

    private static boolean sharesClaimant(Event a, Event b) {
        for (String x : a.claimants) {
            for (String y : b.claimants) {
                if (x.contains(y) || y.contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the summary holds a stated figure (not only vague words such as "thousands"). */
    private static boolean stated(Event e) {
        return e.minMag <= e.maxMag;
    }

    /** One is a single incident or day, the other a period ("during the week", "last month"). */
    private static boolean incidentAndPeriod(Event a, Event b) {
        return a.scope == Scope.INCIDENT && b.scope == Scope.PERIOD || a.scope == Scope.PERIOD && b.scope == Scope.INCIDENT;
    }

    /** Both state one figure (written the same, or within rounding). */
    private static boolean sharesFigure(Event a, Event b, GroupingPolicy p) {
        return valueSimilarity(a, b, p) >= 1;
    }

    /** The spans of stated figures meet. */
    private static boolean magnitudesOverlap(Event a, Event b) {
        return a.minMag <= b.maxMag && b.minMag <= a.maxMag;
    }

    /** 1 for a figure both state; less as their nearest figures part (a rising toll still counts some). */
    private static double valueSimilarity(Event a, Event b, GroupingPolicy p) {
        double best = 0;
        for (double x : a.values) {
            for (double y : b.values) {
                double r = x <= 0 || y <= 0 ? 0 : Math.min(x, y) / Math.max(x, y);
                best = Math.max(best, r >= p.sameFigure() ? 1 : p.nearFigure() * r);
            }
        }
        return best;
    }

    /** How many names other than weekdays and months both summaries hold (both sorted). */
    private static double sharedPlaces(int[] a, int[] b, NameFrequencies freq) {
        return Features.overlap(a, b, n -> freq.isCalendar(n) ? 0 : 1);
    }

    /** The weight (squared, as shared names count) of the summary's rarest name that is no weekday or month. */
    private static double rarest(int[] names, NameFrequencies freq, GroupingPolicy p) {
        double best = 0;
        for (int n : names) {
            double w = freq.isCalendar(n) ? 0 : freq.weight(n, p);
            best = Math.max(best, w * w);
        }
        return best;
    }

    /** The weight of the names both summaries hold: a rare name counts fully, one every article has little. */
    private static double sharedNames(int[] a, int[] b, NameFrequencies freq, GroupingPolicy p) {
        // squared: one rare name (a town) outweighs many common ones (a monitor's name)
        return Features.overlap(a, b, n -> {
            double w = freq.weight(n, p);
            return w * w;
        });
    }

    /** Whether sorted distinct {@code b} is a subset of sorted distinct {@code a}. */
    private static boolean contains(int[] a, int[] b) {
        return b.length <= a.length && Features.overlap(a, b) == b.length;
    }

    /** The sorted union of two sorted distinct arrays, at most {@code cap} long (the smallest kept). */
    public static int[] union(int[] a, int[] b, int cap) {
        if (b.length == 0 || a == b) {
            return a.length <= cap ? a : Arrays.copyOf(a, cap);
        }
        if (a.length == 0) {
            return b.length <= cap ? b : Arrays.copyOf(b, cap);
        }
        if (a.length <= cap && contains(a, b)) {
            return a; // the claims of one sentence bring the same names again: nothing to copy
        }
        int[] out = new int[Math.min(cap, a.length + b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < out.length && (i < a.length || j < b.length)) {
            int v;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            out[n++] = v;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
