package org.claimtally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.claimtally.model.Trend;

/**
 * Finds every figure claim in a text: a single left-to-right pass of the number grammar over
 * the tokens, then, for each figure, the qualifier, what is counted, the action, actor,
 * claimant and time from its sentence. Thread-safe: share one instance across threads.
 */
public final class ClaimExtractor {
    /** Tokens either side of a figure that its actor and time are looked for in. */
    static final int WINDOW = 60;

    private final Lexicon lex;
    private final NumberGrammar grammar;
    private final Qualifiers qualifiers;
    private final Counted counted;
    private final Attribution attribution;
    private final TimeAnchor time;
    private final Trends trends;
    private final SentenceSplitter splitter;

    public ClaimExtractor(Lexicon lex) {
        this(lex, new SentenceSplitter());
    }

    public ClaimExtractor(Lexicon lex, SentenceSplitter splitter) {
        this.lex = lex;
        this.grammar = new NumberGrammar(lex);
        this.qualifiers = new Qualifiers(lex);
        this.counted = new Counted(lex);
        this.attribution = new Attribution(lex);
        this.time = new TimeAnchor(lex);
        this.trends = new Trends(lex);
        this.splitter = splitter;
    }

    public Lexicon lexicon() {
        return lex;
    }

    /** All claims of one document, in text order. */
    public List<Claim> extract(String docId, String text) {
        return extract(docId, text, note -> { });
    }

    /**
     * All claims of one document, in text order; {@code notes} hears of each figure that is no
     * claim for a reason the user should know ("offset N: …"), such as a number beyond what a
     * report can hold.
     */
    public List<Claim> extract(String docId, String text, java.util.function.Consumer<String> notes) {
        Tokens t = Tokenizer.tokenize(text);
        List<NumberExpr> exprs = DataLists.withoutLists(t, findNumbers(t, text), notes);
        if (exprs.isEmpty()) {
            return List.of();
        }
        Sentences sentences = new Sentences(t, joinAcrossFigures(splitter.split(text), t, exprs));
        DocContext ctx = new DocContext(notes);
        List<Claim> out = new ArrayList<>();
        java.util.Set<String> coreSeen = new java.util.HashSet<>();
        for (NumberExpr e : exprs) {
            Claim c = build(docId, t, e, sentences, ctx, out);
            if (c != null) {
                partOfThis(t, out, c);
                out.add(addsTo(t, e, out, coreSeen, c));
                if (c.core()) {
                    coreSeen.add(c.category());
                }
            }
        }
        shareVerbBackward(t, out);
        countPerSentence(out);
        return out;
    }

    /**
     * "12 children and 9 women were among the dead": a people figure with no verb of its
     * own, coordinated with the people figure after it, shares that one's verb (its category and
     * action). Runs right to left, so a list of three shares the last one's verb.
     */
    private void shareVerbBackward(Tokens t, List<Claim> out) {
        for (int i = out.size() - 2; i >= 0; i--) {
            Claim c = out.get(i);
            Claim next = out.get(i + 1);
            // its kind came from its noun alone ("40 soldiers" are troops until a verb says otherwise)
            if (c.sentenceStart() != next.sentenceStart() || !c.cues().contains("person noun") || c.cues().contains("verb")
                    || c.cues().contains(PART_CUE) || c.cues().contains("coordinated")
                    || !next.core() || !lex.isPeople(next.category())
                    || next.start() <= c.end()) {
                continue;
            }
            if (coordinates(t.text.substring(c.end(), next.start()).strip())) {
                out.set(i, new Claim(c.doc(), c.start(), c.end(), c.quote(), c.figure(), c.value(), c.low(), c.high(),
                        c.qualifier(), next.category(), true, next.action(), next.actor(), c.claimant(), c.time(),
                        c.trend(), c.sentence(), c.sentenceStart(), c.cues() + ", coordinated with the figure after"));
            }
        }
    }

    /** Tells each claim how many its sentence holds: claims are in text order, so a sentence's are adjacent. */
    private static void countPerSentence(List<Claim> out) {
        int from = 0;
        for (int i = 1; i <= out.size(); i++) {
            if (i == out.size() || out.get(i).sentenceStart() != out.get(from).sentenceStart()) {
                for (int k = from; i - from > 1 && k < i; k++) {
                    out.set(k, out.get(k).withSentenceClaims(i - from));
                }
                from = i;
            }
        }
    }

    private List<NumberExpr> findNumbers(Tokens t, String text) {
        List<NumberExpr> exprs = new ArrayList<>();
        boolean[] furniture = boilerplateLines(t, text);
        int all = t.size;
        int i = 0;
        int lineEnd = 0;
        try {
            while (i < all) {
                if (i >= lineEnd) {
                    // a figure never runs across a line break ("one\nhundred"): the grammar sees one line at a time
                    lineEnd = lineEnd(t, i, all);
                    t.size = lineEnd;
                }
                if (!furniture[i] && grammar.mayStart(t, i)) {
                    NumberExpr e = grammar.parse(t, i);
                    if (e != null) {
                        exprs.add(e);
                        i = Math.max(e.to(), i + 1);
                        continue;
                    }
                }
                i++;
            }
        } finally {
            t.size = all;
        }
        return exprs;
    }

    /**
     * Joins sentences that the model split inside a figure ("$2 million to $2.5 million"): a
     * figure is evidence that no sentence ends there. Spans and figures are both in text order.
     */
    static List<int[]> joinAcrossFigures(List<int[]> spans, Tokens t, List<NumberExpr> exprs) {
        List<int[]> out = new ArrayList<>(spans.size());
        int k = 0;
        for (int[] span : spans) {
            if (out.isEmpty()) {
                out.add(span);
                continue;
            }
            int[] last = out.get(out.size() - 1);
            while (k < exprs.size() && t.end[exprs.get(k).to() - 1] <= span[0]) {
                k++; // ends before this sentence begins, so crosses neither this boundary nor a later one
            }
            if (k < exprs.size() && t.start[exprs.get(k).from()] < last[1]) {
                out.set(out.size() - 1, new int[] {last[0], span[1]});
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** The index of the first token of the line after token {@code i}'s, or {@code all}. */
    private static int lineEnd(Tokens t, int i, int all) {
        int k = i + 1;
        while (k < all && !t.lineStart[k]) {
            k++;
        }
        return k;
    }

    /** The longest line that a furniture cue marks whole: a byline or a link row, not a paragraph. */
    private static final int FURNITURE_LINE = 300;

    /** Marks tokens on lines that are page furniture ("Legal Disclaimer:", "Leave a Comment"). */
    private boolean[] boilerplateLines(Tokens t, String text) {
        boolean[] marks = new boolean[t.size];
        boolean on = false;
        for (int i = 0; i < t.size; i++) {
            if (t.lineStart[i] || i == 0) {
                int lineEnd = text.indexOf('\n', t.start[i]);
                int end = lineEnd < 0 ? text.length() : lineEnd;
                String line = text.substring(t.start[i], Math.min(end, t.start[i] + 60)).toLowerCase(Locale.ROOT);
                // furniture is a short line; a long one that opens with a cue ("Posted on …") is the article
                on = end - t.start[i] <= FURNITURE_LINE && lex.boilerplate(line);
            } else if (on && i > 0 && sentenceEnd(t, i - 1) && t.isWord(i) && Character.isUpperCase(t.firstChar(i))) {
                on = false; // "Posted on 4 April by Staff. At least 58 people …": the article goes on the same line
            }
            marks[i] = on;
        }
        return marks;
    }

    private static boolean sentenceEnd(Tokens t, int k) {
        return t.isPunct(k, '.') || t.isPunct(k, '!') || t.isPunct(k, '?');
    }

    /** State carried across the figures of one document: the claimant of the current sentence. */
    private static final class DocContext {
        final java.util.function.Consumer<String> notes;
        int sentenceIndex = -1;

        DocContext(java.util.function.Consumer<String> notes) {
            this.notes = notes;
        }

        String sentenceText;

        String sentence(int si, Sentences sentences, String text) {
            if (si != sentenceIndex) {
                sentenceIndex = si;
                sentenceText = text.substring(sentences.charStart(si), sentences.charEnd(si));
            }
            return sentenceText;
        }

        int speakerCacheSentence = -1;
        String speakerCache = "";
        String speakerCue = "";
    }

    private Claim build(String docId, Tokens t, NumberExpr e, Sentences sentences, DocContext ctx, List<Claim> prior) {
        int si = sentences.indexOf(e.from());
        int s = sentences.firstToken(si);
        int end = sentences.endToken(si);
        if (e.to() > end) {
            return null; // the sentence model cut through the figure: no sentence to quote it from
        }
        if (!finite(e.value()) || !finite(e.low()) || !finite(e.high())) {
            // "10^999", a 400-digit run, "trillion" said thirty times: beyond what a double holds
            String written = t.text.substring(t.start[e.from()], t.end[e.to() - 1]);
            ctx.notes.accept("offset " + t.start[e.from()] + ": the figure '" + (written.length() > NOTE_QUOTE ? written.substring(0, NOTE_QUOTE) + "…" : written)
                    + "' is beyond what a number can hold; not a claim");
            return null;
        }
        Qualifiers.Found q = qualifiers.find(t, e, s, end);
        // "30 or more drones": a hedge right after the number stands before its noun
        int nounFrom = Math.max(q.to(), e.to());
        Counted.Found what = inherit(t, counted.find(t, e, q.from(), nounFrom, s, end), e, q.from(), end, prior,
                sentences.charStart(si));
        if (nameLike(t, e, what)) {
            return null;
        }
        q = qualifiers.afterNoun(t, q, what.to(), end);
        Qualifier qualifier = qualifier(e, q, prior, t, docId);
        int from = Math.min(q.from(), what.from());
        int to = Math.max(q.to(), Math.max(what.to(), e.to()));
        if (q.to() > what.to() && q.from() >= e.from()) {
            to = q.to(); // "20 drones or more": the hedge after the noun belongs to the quote
        }
        // the quote stays inside its sentence even where the model drew a boundary mid-phrase
        from = Math.max(from, s);
        to = Math.min(to, Math.max(end, e.to()));
        int cs = t.start[from];
        int ce = t.end[to - 1];
        String claimant = claimant(t, sentences, si, e.from(), ctx);
        String actor = actor(t, e, what, s, end, prior, docId, si, sentences);
        if (actor.equals(Attribution.SPEAKER)) {
            actor = attribution.speakerSide(claimant);
        }
        String when = time.find(t, from, to, Math.max(s, from - WINDOW), Math.min(end, to + WINDOW));
        Double value = e.value();
        Double low = e.low();
        Double high = e.high();
        switch (qualifier) {
            case APPROX -> {
                low = null;
                high = null;
            }
            case MIN -> high = null;
            case MAX -> low = null;
            default -> {
            }
        }
        if (qualifier == Qualifier.RANGE || qualifier == Qualifier.VAGUE) {
            value = null;
        }
        String category = lex.isCategory(what.category()) ? what.category() : "count";
        String figure = t.text.substring(t.start[Math.min(q.from(), e.from())], t.end[Math.max(q.to(), e.to()) - 1]);
        String sentence = ctx.sentence(si, sentences, t.text); // one copy per sentence, shared by its figures
        Trends.Found trend = trends.find(t, e, q, category);
        if (trend.trend() == Trend.NONE) {
            trend = Trends.inherited(t, q, prior, sentences.charStart(si));
        }
        String cues = cues(q, what, ctx, trend);
        return new Claim(docId, cs, ce, t.text.substring(cs, ce), figure, value, low, high, qualifier,
                category, lex.isCore(category), what.action(), actor, claimant, when,
                trend.trend(), sentence, sentences.charStart(si), cues);
    }

    /**
     * A figure that is part of the one before it in its sentence counts what that one counts:
     * a people figure introduced by "including" or "among" ("fifteen children …, including seven
     * children"), and a bare number with no noun of its own introduced so ("including 12 over
     * the coast"), followed by a partitive ("90 of which were shot down", "five of them hit
     * targets") or coordinated with such a part ("… and three over the bay"). Its action is the
     * verb after it, else the figure's before it.
     */
    private Counted.Found inherit(Tokens t, Counted.Found what, NumberExpr e, int qualFrom, int sentEnd,
                                  List<Claim> prior, int sentStart) {
        if (prior.isEmpty()) {
            return what;
        }
        Claim last = prior.get(prior.size() - 1);
        if (last.sentenceStart() != sentStart || !last.core()) {
            return what;
        }
        // "including 7", "among them 3", "of whom 4": an opener, perhaps with a function word ("them")
        boolean introduced = counted.opensInsertion(t, qualFrom - 1)
                || counted.opensInsertion(t, qualFrom - 2) && t.isWord(qualFrom - 1) && lex.is(WordClass.FUNCTION_WORD, t.lower(qualFrom - 1))
                || t.is(qualFrom - 2, "of") && t.is(qualFrom - 1, "whom");
        boolean person = what.cue().startsWith("person noun");
        boolean bare = "count".equals(what.category()) && what.noun().isEmpty();
        boolean partitive = t.is(e.to(), "of") && (t.is(e.to() + 1, "which") || t.is(e.to() + 1, "them")
                || t.is(e.to() + 1, "whom"));
        boolean coordinated = t.is(qualFrom - 1, "and") && last.cues().contains(PART_CUE);
        // (the figure before took its kind from a verb, its own or shared: "40 soldiers, 15 medics" share none)
        if (person && !introduced && lex.isPeople(last.category()) && joinedTo(t, last, qualFrom)
                && (last.cues().contains("verb") || last.cues().contains(COORDINATED_BEFORE))) {
            // "killed 3 civilians and 4 soldiers": people with no verb of their own share the verb before
            return new Counted.Found(last.category(), last.action(), what.from(), what.to(), what.cue()
                    + ", " + COORDINATED_BEFORE, what.noun());
        }
        if (!(person && introduced) && !(bare && (introduced || partitive || coordinated))) {
            return what;
        }
        int verb = partitive ? counted.verbAfter(t, e.to() + 2, sentEnd) : -1;
        String action = verb >= 0 ? counted.actionAt(t, verb) : last.action();
        int to = verb >= 0 ? (t.is(verb + 1, "down") ? verb + 2 : verb + 1) : what.to();
        return new Counted.Found(last.category(), action, what.from(), Math.max(to, what.to()),
                (what.cue().isEmpty() ? "" : what.cue() + ", ") + PART_CUE, what.noun());
    }

    /** Only a comma or "and"/"or" stands between the claim before and the figure at {@code qualFrom}. */
    private static boolean joinedTo(Tokens t, Claim last, int qualFrom) {
        if (qualFrom <= 0 || t.start[qualFrom] < last.end()) {
            return false;
        }
        return coordinates(t.text.substring(last.end(), t.start[qualFrom]).strip());
    }

    /** What joins two coordinated figures: a comma, "and", "or" or ", and". */
    private static boolean coordinates(String between) {
        return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and");
    }

    /**
     * "Two medics were among at least 32 people killed", "3 medics among 32 dead": a people figure
     * with no verb of its own, followed by "among" and a core figure of the same sentence, is part
     * of that figure and counts what it counts. Fixes the claim before {@code c} in place.
     */
    private void partOfThis(Tokens t, List<Claim> out, Claim c) {
        if (out.isEmpty() || !c.core()) {
            return;
        }
        Claim last = out.get(out.size() - 1);
        if (last.core() || last.sentenceStart() != c.sentenceStart() || !last.cues().contains("person noun")) {
            return;
        }
        String between = t.text.substring(last.end(), c.start()).strip().toLowerCase(Locale.ROOT);
        if (!(between.equals("among") || between.endsWith(" among") && between.split(" ").length <= 2)
                || between.contains(",")) {
            return;
        }
        out.set(out.size() - 1, new Claim(last.doc(), last.start(), last.end(), last.quote(), last.figure(),
                last.value(), last.low(), last.high(), last.qualifier(), c.category(), true, c.action(), c.actor(),
                last.claimant(), last.time().isEmpty() ? c.time() : last.time(), last.trend(), last.sentence(),
                last.sentenceStart(), last.cues() + ", " + PART_CUE));
    }

    /**
     * "Two other people were killed", "another five", "dozens more": a core figure whose own
     * phrase has an additive word comes on top of an earlier figure of its kind in the document
     * ({@code coreSeen}: the core categories so far); not when it follows a figure of another
     * kind in its sentence, whose others it names ("killed 12 and injured 30 others").
     */
    private Claim addsTo(Tokens t, NumberExpr e, List<Claim> out, java.util.Set<String> coreSeen, Claim c) {
        if (!c.core() || !coreSeen.contains(c.category())) {
            return c;
        }
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceStart() == c.sentenceStart(); i--) {
            if (out.get(i).core()) {
                if (!out.get(i).category().equals(c.category())) {
                    return c;
                }
                break;
            }
        }
        // the figure's own phrase: the word right before it, then its quote up to another figure
        for (int k = e.from() - 1; k < t.size && (k < e.to() || t.start[k] < c.end() && !t.isNum(k)); k++) {
            if (k >= 0 && (k < e.from() || k >= e.to()) && t.isWord(k) && lex.is(WordClass.ADDITIVE, t.lower(k))) {
                return c.withCue(Claim.ADDS_TO);
            }
        }
        return c;
    }

    /** The guidelines' action of weapons downed: its actor is who downed them, never whose they were. */
    private static final String INTERCEPTED = "intercepted";

    /** How much of a skipped figure a note quotes: enough to find it, never a megabyte of digits. */
    private static final int NOTE_QUOTE = 40;

    /** A value that is a number a report can hold: not infinite, not NaN (null is no value, and fine). */
    private static boolean finite(Double d) {
        return d == null || Double.isFinite(d);
    }

    /** The cue of a people figure that shares the verb of the figure before it. */
    private static final String COORDINATED_BEFORE = "coordinated with the figure before";

    /** The cue of a figure counted as part of the one before it; grouping reads it as a part. */
    static final String PART_CUE = Claim.PART_OF;

    /**
     * A bare number beside a capitalised word is part of a name: "France 2", "Pixel 12 Pro",
     * "Game 7", "787 Dreamliner". A number that counts something keeps ("Kharkiv 12 people").
     */
    private boolean nameLike(Tokens t, NumberExpr e, Counted.Found what) {
        int prev = e.from() - 1;
        int next = e.to();
        if (e.kind() == NumberExpr.Kind.PLAIN && t.isNum(e.from()) && t.isWord(prev) && t.spaced[e.from()]
                && !t.lineStart[e.from()] && brandCase(t.raw(prev))) {
            return true; // "iPhone 12", "iOS 17", "eBay 2": a product's version, whatever follows
        }
        if (!what.category().equals("count") || !what.noun().isEmpty() || e.kind() != NumberExpr.Kind.PLAIN
                || !e.unit().isEmpty() || !t.isNum(e.from())) {
            return false;
        }
        boolean before = t.isWord(prev) && !t.lineStart[prev] && hasUpper(t.raw(prev))
                || t.isWord(prev) && !t.spaced[e.from()];
        String raw = t.raw(e.from());
        boolean shortBare = raw.length() <= 5 && raw.indexOf(',') < 0 && raw.indexOf('.') < 0;
        return before || shortBare && t.capitalized(next) && t.spaced[next] && !lex.unit(t.lower(next));
    }

    /** A lower-case first letter and a capital after it: "iPhone", "iOS", "macOS", "eBay". */
    private static boolean brandCase(String w) {
        if (w.length() < 2 || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Kyiv", "iPhone": any capital letter makes a word name-like. */
    private static boolean hasUpper(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Qualifier qualifier(NumberExpr e, Qualifiers.Found q, List<Claim> prior, Tokens t, String docId) {
        if (e.kind() == NumberExpr.Kind.RANGE) {
            return Qualifier.RANGE;
        }
        if (e.kind() == NumberExpr.Kind.VAGUE) {
            return Qualifier.VAGUE;
        }
        if (q.qualifier() != null) {
            return q.qualifier();
        }
        // "at least 2,515 killed and 12,143 injured", "about 91 miles wide and 176 miles long":
        // a hedge distributes over the coordination; "some seven miles (12 km)": over a conversion
        if (!prior.isEmpty() && (t.is(e.from() - 1, "and") || t.isPunct(e.from() - 1, ',')
                || t.isPunct(e.from() - 1, '(') || t.isPunct(e.from() - 1, '/'))) {
            Claim last = prior.get(prior.size() - 1);
            int gapFrom = t.start[e.from() - 1];
            boolean conversion = t.isPunct(e.from() - 1, '(') || t.isPunct(e.from() - 1, '/');
            if (last.end() <= gapFrom && shortGap(t.text.substring(last.end(), gapFrom))
                    && (last.qualifier() == Qualifier.MIN || last.qualifier() == Qualifier.MAX
                    || last.qualifier() == Qualifier.APPROX) && !last.figure().isEmpty()
                    && (!Character.isDigit(last.figure().charAt(0)) || conversion)) {
                return last.qualifier();
            }
        }
        return Qualifier.EXACT;
    }

    /** At most two words between a hedged figure and the next one ("wide and", "in Aleppo and"). */
    private static boolean shortGap(String gap) {
        String g = gap.strip();
        if (g.isEmpty()) {
            return true;
        }
        int words = 0;
        for (String w : g.split("[\\s,()/]+")) {
            if (!w.isEmpty()) {
                words++;
            }
        }
        return words <= 2 && g.indexOf('.') < 0 && g.indexOf(';') < 0;
    }

    private String claimant(Tokens t, Sentences sentences, int si, int near, DocContext ctx) {
        if (ctx.speakerCacheSentence == si) {
            return ctx.speakerCache;
        }
        Attribution.Speaker sp = attribution.claimant(t, sentences.firstToken(si), sentences.endToken(si), near);
        if (sp == null && sentences.opensQuote(si)) {
            // reported speech: the attribution closes the quotation a sentence or two later
            for (int k = si + 1; k < sentences.size() && k <= si + 3 && sp == null; k++) {
                sp = attribution.claimant(t, sentences.firstToken(k), sentences.endToken(k), sentences.firstToken(k));
                if (sentences.closesQuote(k)) {
                    break;
                }
            }
        }
        String name = "";
        String cue = "";
        if (sp != null) {
            cue = sp.cue();
            name = sp.pronoun() ? lastNamedSpeaker(t, sentences, si) : sp.name();
            if (name.isEmpty() && sp.pronoun() && !Character.isLowerCase(sp.name().charAt(0)) ) {
                name = sp.name();
            }
        } else if (sentences.sameParagraph(si - 1, si) && !sentences.hasQuote(si)) {
            // a paragraph that opens "According to X, …" goes on giving X's figures
            Attribution.Speaker prev = attribution.claimant(t, sentences.firstToken(si - 1), sentences.endToken(si - 1),
                    sentences.endToken(si - 1));
            if (prev != null && !prev.pronoun()) {
                name = prev.name();
                cue = "carried from the sentence before";
            }
        }
        ctx.speakerCacheSentence = si;
        ctx.speakerCache = name;
        ctx.speakerCue = cue;
        return name;
    }

    /** "…, it said": the nearest speaker named in the few sentences before. */
    private String lastNamedSpeaker(Tokens t, Sentences sentences, int si) {
        for (int k = si - 1; k >= 0 && k >= si - 6; k--) {
            int s = sentences.firstToken(k);
            Attribution.Speaker sp = attribution.claimant(t, s, sentences.endToken(k), sentences.endToken(k));
            if (sp != null && !sp.pronoun()) {
                return sp.name();
            }
        }
        return "";
    }

    private String actor(Tokens t, NumberExpr e, Counted.Found what, int s, int end, List<Claim> prior,
                         String docId, int si, Sentences sentences) {
        // look within a window of the figure: a "sentence" can be a megabyte of pasted table
        int ws = Math.max(s, e.from() - WINDOW);
        int we = Math.min(end, e.to() + WINDOW);
        String accused = attribution.accusedObject(t, ws, we);
        if (!accused.isEmpty()) {
            return accused;
        }
        int verb = verbToken(t, e, what, s, end);
        boolean peopleBefore = verb >= e.to() && lex.isPeople(what.category()); // the people figure is the subject
        String a = attribution.actor(t, verb, ws, we, !peopleBefore);
        if (a.isEmpty() && !prior.isEmpty() && (verb < 0 || verb < e.from())) {
            Claim last = prior.get(prior.size() - 1);
            if (last.sentenceStart() == sentences.charStart(si) && !last.actor().isEmpty()) {
                a = last.actor(); // "…firing 14 rockets and 230 drones, killing three people"
            }
        }
        if (a.isEmpty() && !what.action().isEmpty() && !INTERCEPTED.equals(what.action())) {
            // "in a Russian attack"; but "shot down 25 Russian missiles" names whose missiles were downed
            a = attribution.attackDemonym(t, ws, we);
        }
        return a;
    }

    /** The token of the action verb that goes with the figure, or -1. */
    private int verbToken(Tokens t, NumberExpr e, Counted.Found what, int s, int end) {
        if (what.action().isEmpty()) {
            return -1;
        }
        for (int k = Math.max(s, e.from() - 12); k < Math.min(end, what.to() + 1); k++) {
            if (t.isWord(k) && (lex.action(t.lower(k)) != null || lex.verbs().forward(t, k) != null)) {
                if (k >= e.from() && k < e.to()) {
                    continue;
                }
                int best = k;
                if (k < e.from()) {
                    // the last such verb before the number wins
                    for (int j = k + 1; j < e.from(); j++) {
                        if (t.isWord(j) && (lex.action(t.lower(j)) != null || lex.verbs().forward(t, j) != null)) {
                            best = j;
                        }
                    }
                }
                return best;
            }
        }
        return -1;
    }

    private static String cues(Qualifiers.Found q, Counted.Found what, DocContext ctx, Trends.Found trend) {
        StringBuilder sb = new StringBuilder();
        cue(sb, "qualifier: '", q.cue(), "'");
        cue(sb, "category: ", what.cue(), "");
        cue(sb, "claimant: '", ctx.speakerCue, "'");
        cue(sb, "trend: ", trend.cue(), "");
        return sb.toString();
    }

    private static void cue(StringBuilder sb, String label, String cue, String close) {
        if (cue.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(label).append(cue).append(close);
    }
}
