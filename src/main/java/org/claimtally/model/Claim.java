package org.claimtally.model;

import java.util.Objects;

/**
 * One figure claim, as the annotation guidelines define it. Offsets are Java {@code String}
 * indexes into the document's decoded text; {@code quote} is exactly {@code text[start,end)}.
 * {@code figure} is the figure as written ("nearly 400"), {@code sentence} the sentence
 * holding it, {@code cues} the words that decided category, qualifier and claimant,
 * {@code sentenceClaims} how many claims the extractor found in that sentence (this one included).
 */
public record Claim(String doc, int start, int end, String quote, String figure,
                    Double value, Double low, Double high, Qualifier qualifier,
                    String category, boolean core, String action, String actor,
                    String claimant, String time, Trend trend,
                    String sentence, int sentenceStart, String cues, When when, int sentenceClaims) {

    /**
     * The cue the extractor gives a figure it counted as part of the figure before it ("including
     * 12 over the coast", "90 of which were shot down"): grouping keeps parts apart from the whole.
     */
    public static final String PART_OF = "counted as the figure it is part of";

    /**
     * The cue of a figure that comes on top of the one of its kind before it ("two other people
     * were killed" after a toll): grouping does not read it as that toll revised.
     */
    public static final String ADDS_TO = "adds to the figure before";

    /** A claim whose calendar time is not resolved yet (the extractor's output). */
    public Claim(String doc, int start, int end, String quote, String figure, Double value, Double low, Double high,
                 Qualifier qualifier, String category, boolean core, String action, String actor, String claimant,
                 String time, Trend trend, String sentence, int sentenceStart, String cues) {
        this(doc, start, end, quote, figure, value, low, high, qualifier, category, core, action, actor, claimant,
                time, trend, sentence, sentenceStart, cues, When.UNKNOWN, 1);
    }

    /** A claim alone in its sentence, its calendar time {@code when}. */
    public Claim(String doc, int start, int end, String quote, String figure, Double value, Double low, Double high,
                 Qualifier qualifier, String category, boolean core, String action, String actor, String claimant,
                 String time, Trend trend, String sentence, int sentenceStart, String cues, When when) {
        this(doc, start, end, quote, figure, value, low, high, qualifier, category, core, action, actor, claimant,
                time, trend, sentence, sentenceStart, cues, when, 1);
    }

    public Claim {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(category, "category");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + doc);
        }
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("quote length " + quote.length()
                    + " does not match span " + start + ".." + end + " in " + doc);
        }
        if (sentenceClaims < 1) {
            throw new IllegalArgumentException("a claim's sentence holds at least the claim, not " + sentenceClaims
                    + ", in " + doc);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " > high " + high + " in " + doc);
        }
        // one Double where the bounds equal the value (most claims): a run keeps millions of these
        low = value != null && value.equals(low) ? value : low;
        high = value != null && value.equals(high) ? value : high;
        figure = nz(figure);
        action = nz(action);
        actor = nz(actor);
        claimant = nz(claimant);
        time = nz(time);
        trend = trend == null ? Trend.NONE : trend;
        sentence = nz(sentence);
        cues = nz(cues);
        when = when == null ? When.UNKNOWN : when;
    }

    /** The same claim with one more cue. */
    public Claim withCue(String cue) {
        return new Claim(doc, start, end, quote, figure, value, low, high, qualifier, category, core, action, actor,
                claimant, time, trend, sentence, sentenceStart, cues.isEmpty() ? cue : cues + ", " + cue, when,
                sentenceClaims);
    }

    /** The same claim with its time resolved to the calendar. */
    public Claim withWhen(When w) {
        return w.equals(when) ? this : new Claim(doc, start, end, quote, figure, value, low, high, qualifier, category,
                core, action, actor, claimant, time, trend, sentence, sentenceStart, cues, w, sentenceClaims);
    }

    /**
     * The same claim, one of {@code n} the extractor found in its sentence: a report pays each
     * claim's quote of the sentence from its share of it, so a sentence dense with figures costs
     * its output in proportion to its length, not to its length times its figures.
     */
    public Claim withSentenceClaims(int n) {
        return n == sentenceClaims ? this : new Claim(doc, start, end, quote, figure, value, low, high, qualifier,
                category, core, action, actor, claimant, time, trend, sentence, sentenceStart, cues, when, n);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * The same claim without its sentence and cues, for holding many claims at once (grouping
     * keeps a window of them): what is compared and summed up stays.
     */
    public Claim withoutContext() {
        return sentence.isEmpty() && cues.isEmpty() ? this : new Claim(doc, start, end, quote, figure, value, low, high,
                qualifier, category, core, action, actor, claimant, time, trend, "", sentenceStart, "", when, sentenceClaims);
    }

    /** A stable, readable key: {@code doc@start}. */
    public String id() {
        return doc + "@" + start;
    }

    /**
     * The interval the words allow, for comparing claims: open ends are infinite; an
     * approximate figure is allowed a tenth either side (the guidelines leave it open).
     */
    public double intervalLow() {
        if (qualifier == Qualifier.APPROX && value != null) {
            return value * 0.9;
        }
        if (low != null) {
            return low;
        }
        return qualifier == Qualifier.MAX ? 0 : Double.NEGATIVE_INFINITY;
    }

    public double intervalHigh() {
        if (qualifier == Qualifier.APPROX && value != null) {
            return value * 1.1;
        }
        if (high != null) {
            return high;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The lowest figure the claim states: its value, else its low end, else its high end (0 for none). */
    public double statedLow() {
        return pointValue();
    }

    /** The highest figure the claim states: its value, else its high end, else its low end (0 for none). */
    public double statedHigh() {
        if (value != null) {
            return value;
        }
        if (high != null) {
            return high;
        }
        return low == null ? 0 : low;
    }

    /** A single number standing for this claim when sorting and ranging. */
    public double pointValue() {
        if (value != null) {
            return value;
        }
        if (low != null) {
            return low;
        }
        return high == null ? 0 : high;
    }
}
