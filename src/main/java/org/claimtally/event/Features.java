package org.claimtally.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtally.model.Claim;

/**
 * What the grouping compares of a claim, computed once per claim and kept compact: time
 * anchors as bit masks, words and names as sorted hash arrays (a claim is compared with many
 * facts, so comparisons must not allocate).
 */
public final class Features {
    /** The claim without its sentence (grouping holds a window of claims; their words are below). */
    public final Claim claim;
    /** The claim's place among the run's claims. */
    public final int row;
    public final String subgroup;
    /** Whether its sentence turns to another incident by the figure ("Meanwhile, four were killed"). */
    public final boolean shift;
    /** Whether the figure adds to those before it ("two other people", "another five"). */
    public final boolean additive;
    /**
     * Whether a word that turns to another incident only with a place of its own ("meanwhile")
     * comes before the figure in a sentence that names a place.
     */
    public final boolean placeShift;
    /** The words of {@link #places}, hashed as a sentence's words are. */
    public final int[] placeWords;
    /**
     * The kind of people a whole toll names ("civilians", "soldiers"), or "": tolls of two kinds
     * are two facts, since one event's civilian and military dead are counted apart.
     */
    public final String whole;
    /** Whether {@code subgroup} is a part of a toll (children), not possibly its whole (civilians). */
    private final boolean partOfToll;
    /** For plain counts, the counted noun ("villages", "mths"): nine villages are not nine months. */
    public final String noun;
    public final String actor;
    /** Whether the actor is whom the report blames for a loss, which reports of one event dispute. */
    public final boolean toll;
    public final String action;
    public final String claimant;
    public final long day;
    public final boolean hasTime;
    /** The resolved calendar days of the figure (epoch days), {@link Long#MIN_VALUE} when open or unknown. */
    public final long whenFrom;
    public final long whenTo;
    public final org.claimtally.model.Scope scope;
    /** Capitalised words inside the quote after its first: whose people or weapons ("Ukrainian drones"). */
    public final int[] side;
    /** The names of the document's title: what the article is about. */
    public final int[] titleNames;

    private final int weekdays;
    private final int months;
    private final int relative;
    private final int[] years;
    public final int[] entities;
    /**
     * The places its sentence names after a preposition of place ("in Dorvask", "near the town
     * of Kelmora"), as written: where its event was, for the reader.
     */
    public final List<String> places;
    public final int[] words;
    /**
     * The other figures stated in its sentence (hashed with their categories, see {@link #companion}):
     * a second figure that another report states again in its sentence marks one event.
     */
    public final int[] companions;
    /** The outlet of its article (normalised), or "": one outlet's tolls of an event do not fall. */
    public final String outlet;

    /** How often the document states this same figure (headline and body); counted while grouping. */
    public int mentions = 1;

    private static final int[] NONE = new int[0];

    /** {@code sameSentence}: the claim before, when it is in the same sentence: its word sets are shared. */
    /**
     * {@code sameSentence}: the claim before, when it is in the same sentence (its word sets are
     * shared); {@code outlet}: its article's outlet; {@code title}: the names of the document's title and lead; {@code companions}: the
     * {@link #companion} keys of the sentence's other claims.
     */
    public Features(Claim c, int row, String published, String outlet, Features sameSentence, GroupingWords lex,
            int[] title, int[] companions) {
        this.titleNames = title;
        this.outlet = outlet == null ? "" : norm(outlet);
        this.companions = distinctSorted(companions, companions.length);
        this.claim = c.withoutContext();
        this.row = row;
        this.actor = norm(c.actor());
        this.toll = lex.tolls().contains(c.category());
        this.action = norm(c.action());
        this.claimant = norm(c.claimant());
        String named = subgroup(ownWords(c), lex);
        boolean stated = partitive(c) || c.cues().contains(Claim.PART_OF);
        this.subgroup = !named.isEmpty() ? named : stated ? PART : distributive(c) ? EACH : "";
        // "including 5 soldiers": a part stated as such is a part, even of a kind that may be a whole
        this.partOfToll = named.isEmpty() ? !subgroup.isEmpty() : lex.isPart(named) || stated;
        this.whole = !named.isEmpty() && !partOfToll ? named : "";
        this.noun = "count".equals(c.category()) ? lastWord(c.quote()) : "";
        int wd = 0;
        int mo = 0;
        int rel = 0;
        int[] yr = new int[4];
        int ny = 0;
        for (String w : lowerWords(c.time())) {
            int i;
            Integer n;
            if ((n = lex.weekdays().get(w)) != null) {
                wd |= 1 << n;
            } else if ((n = lex.months().get(w)) != null) {
                mo |= 1 << n;
            } else if ((i = lex.relative().indexOf(w)) >= 0) {
                rel |= 1 << i;
            } else if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && isDigits(w) && ny < yr.length) {
                yr[ny++] = Integer.parseInt(w);
            }
        }
        this.weekdays = wd;
        this.months = mo;
        this.relative = rel;
        this.years = ny == 0 ? NONE : Arrays.copyOf(yr, ny);
        this.hasTime = wd != 0 || mo != 0 || rel != 0 || ny > 0;
        if (sameSentence != null) {
            this.words = sameSentence.words; // same sentence: same words (never mutated)
            this.entities = sameSentence.entities;
            this.places = sameSentence.places;
        } else {
            int[][] sets = wordSets(c.sentence(), lex.stopwords());
            this.words = sets[0];
            this.entities = sets[1];
            // the sentence's own: a title names the article's main event, not every figure's
            this.places = places(c.sentence(), lex, GroupingPolicy.DEFAULT);
        }
        this.day = parseDay(published);
        org.claimtally.model.When w = c.when();
        this.whenFrom = w.from() == null ? Long.MIN_VALUE : w.from().toEpochDay();
        this.whenTo = w.to() == null ? Long.MIN_VALUE : w.to().toEpochDay();
        this.scope = w.scope();
        this.side = side(c.quote());
        this.shift = shifted(c, lex.shifts());
        this.additive = c.cues().contains(Claim.ADDS_TO);
        this.placeWords = sameSentence != null ? sameSentence.placeWords : placeWords(places, lex);
        this.placeShift = placeWords.length > 0 && shifted(c, lex.placeShifts());
    }

    /** "AFP", "REUTERS": a word of two letters or more, all capitals (countries so written are peoples, no places). */
    private static boolean allCapitals(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence is written in title case: of its words of four letters or more, at
     * least {@link #TITLE_CASE_WORDS} and nearly all ({@link #TITLE_CASE_SHARE}) are capitalised.
     */
    static boolean titleCase(String s) {
        int words = 0;
        int capitals = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i - st >= TITLE_CASE_LETTERS) {
                words++;
                capitals += Character.isUpperCase(s.charAt(st)) ? 1 : 0;
            }
        }
        return words >= TITLE_CASE_WORDS && capitals >= TITLE_CASE_SHARE * words;
    }

    /** Words shorter than this ("in", "to", "of") are left lower case by some title styles. */
    private static final int TITLE_CASE_LETTERS = 4;
    /** A title has a few words at least; a name alone is no title. */
    private static final int TITLE_CASE_WORDS = 4;
    /** All but the odd word: a sentence naming several places still has its verbs in lower case. */
    private static final double TITLE_CASE_SHARE = 0.85;

    /** The words of the places, hashed as a sentence's words are (lower case, stopwords left out). */
    private static int[] placeWords(List<String> places, GroupingWords lex) {
        return wordSets(String.join(" ", places), lex.stopwords())[0];
    }

    /** A word of {@code shifts} in the sentence up to the end of the claim's quote. */
    private static boolean shifted(Claim c, Set<String> shifts) {
        int end = c.end() - c.sentenceStart();
        if (shifts.isEmpty() || c.sentence().isEmpty() || end <= 0 || end > c.sentence().length()) {
            return false;
        }
        for (String w : lowerWords(c.sentence().substring(0, end))) {
            if (shifts.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words of a quote after its first word, when the quote is written in sentence
     * case: "41 Ukrainian drones", "325,001 Russian battlefield fatalities". A headline in title
     * case capitalises every word, so it names no side.
     */
    public static int[] side(String quote) {
        List<String> w = new java.util.ArrayList<>();
        boolean lower = false;
        int i = 0;
        boolean first = true;
        while (i < quote.length()) {
            while (i < quote.length() && !Character.isLetter(quote.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < quote.length() && Character.isLetter(quote.charAt(i))) {
                i++;
            }
            if (i > st) {
                char c = quote.charAt(st);
                if (Character.isLowerCase(c)) {
                    lower = true;
                } else if (!first && i - st > 2) {
                    w.add(quote.substring(st, i).toLowerCase(Locale.ROOT));
                }
                first = false;
            }
        }
        if (!lower || w.isEmpty()) {
            return NONE;
        }
        int[] h = new int[w.size()];
        for (int k = 0; k < h.length; k++) {
            h[k] = w.get(k).hashCode();
        }
        return distinctSorted(h, h.length);
    }

    /** The capitalised words of a title (every word of a title-case headline), as sorted distinct hashes. */
    public static int[] names(String title, Set<String> stop) {
        int[] out = new int[8];
        int n = 0;
        int i = 0;
        while (i < title.length()) {
            while (i < title.length() && !Character.isLetter(title.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < title.length() && (Character.isLetter(title.charAt(i)) || title.charAt(i) == '-')) {
                i++;
            }
            if (i - st > 2 && Character.isUpperCase(title.charAt(st))) {
                String lw = title.substring(st, i).toLowerCase(Locale.ROOT);
                if (!stop.contains(lw)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = lw.hashCode();
                }
            }
        }
        return distinctSorted(out, n);
    }

    /** The claim's size for comparing figures: a vague magnitude stands at the middle (geometric) of its words' range. */
    public double magnitude() {
        if (claim.qualifier() == org.claimtally.model.Qualifier.VAGUE && claim.low() != null && claim.high() != null
                && claim.low() > 0) {
            return Math.sqrt(claim.low() * claim.high());
        }
        return claim.pointValue();
    }

    public boolean resolved() {
        return whenFrom != Long.MIN_VALUE || whenTo != Long.MIN_VALUE;
    }

    /** Category, part of a toll and counted noun: only claims of one such measure are compared. */
    public String measure() {
        return claim.category() + "|" + (partOfToll ? subgroup : "") + "|" + noun;
    }

    /** A part of a toll, a share per party, or a part stated as such: its figures are not revised, they differ. */
    public boolean part() {
        return partOfToll;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lowerWords(String s) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                out.add(s.substring(st, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Content words and capitalised names of the sentence, as sorted distinct hashes. */
    /**
     * Adds the hashes of a sentence's names (capitalised words past its start, as {@link #wordSets}
     * finds them) to {@code out}, lower-casing only those words.
     */
    public static void sentenceNames(String s, java.util.Set<Integer> out, Set<String> stop) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i - st > 2 && st > 0 && Character.isUpperCase(s.charAt(st))) {
                String lw = s.substring(st, i).toLowerCase(Locale.ROOT);
                if (!stop.contains(lw)) {
                    out.add(lw.hashCode());
                }
            }
        }
    }

    /**
     * The names a preposition of place introduces ("in Dorvask", "near the town of Kelmora"), as
     * written: capitalised words after the preposition and at most {@code placeGap} lower-case
     * words, not weekdays or months ("on Monday", "in April" say when, not where), at most
     * {@code placesKept} of them.
     */
    public static List<String> places(String s, GroupingWords lex, GroupingPolicy p) {
        if (lex.locatives().isEmpty() || s.isEmpty() || titleCase(s)) {
            return List.of(); // "Toll in Market Shelling Near Border Rises": a headline capitalises every word
        }
        List<String> out = new java.util.ArrayList<>(2);
        StringBuilder name = new StringBuilder();
        int gap = -1; // lower-case words since the last preposition; -1: no place is open
        int i = 0;
        while (i < s.length() && out.size() < p.placesKept()) {
            int st = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '\''
                    || s.charAt(i) == '\u2019')) {
                i++;
            }
            if (i == st) {
                if (s.charAt(i) != ' ') {
                    gap = end(name, out, -1); // punctuation ends a name and the preposition's reach
                }
                i++;
                continue;
            }
            String w = s.substring(st, i);
            String lw = w.toLowerCase(Locale.ROOT);
            int hyphen = w.lastIndexOf('-');
            // "Russian-controlled", "rebel-held": a hyphened adjective, not a name
            boolean adjective = hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1));
            boolean named = Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !adjective && !lex.weekdays().containsKey(lw)
                    && !lex.months().containsKey(lw) && !lex.stopwords().contains(lw) && !people(lw, lex);
            if (named && name.length() > 0 && allCapitals(w)) {
                gap = end(name, out, -1); // "in Dorvask AFP": an agency's byline in capitals ends the place
            } else if (named && name.length() == 0 && lex.personTitles().contains(lw)) {
                gap = end(name, out, -1); // "in President Mara Velt's speech": a person, not a place
            } else if (named && (lw.endsWith("'s") || lw.endsWith("\u2019s"))) {
                name.setLength(0); // "in Russia's Krasnodar region": the possessor qualifies the place that follows
                gap = 0;
            } else if (named && name.length() > 0 && words(name) >= p.placeWords()) {
                gap = end(name, out, -1); // "in Dorvask Reuters": text without punctuation runs on into a byline
            } else if (named && (gap >= 0 || name.length() > 0)) {
                name.append(name.length() > 0 ? " " : "").append(w);
                gap = 0;
            } else if (lex.locatives().contains(lw)) {
                gap = end(name, out, 0);
            } else if (name.length() > 0 && innerArticle(w)) {
                name.append(' ').append(w); // "Salah al-Din": a lower-case article glued to a name's next word
            } else {
                // only the kinds of place, articles and hyphened adjectives stand between ("in the
                // rebel-held town of …"); any other word ("in a statement by …") closes the reach
                boolean between = lex.stopwords().contains(lw) || lex.placeWords().contains(lw) || lw.indexOf('-') > 0;
                gap = end(name, out, gap >= 0 && between && ++gap <= p.placeGap() && !named ? gap : -1);
            }
        }
        end(name, out, -1);
        // kept by every claim of the sentence while its fact is open: no empty list per sentence
        return out.isEmpty() ? List.of() : List.copyOf(out.size() > p.placesKept() ? out.subList(0, p.placesKept()) : out);
    }

    /** A people's name, plural or not ("Syrian", "Ukrainians"). */
    private static boolean people(String lw, GroupingWords lex) {
        return lex.peoples().contains(lw) || lw.endsWith("s") && lex.peoples().contains(lw.substring(0, lw.length() - 1));
    }

    private static int words(StringBuilder name) {
        int n = 1;
        for (int i = 0; i < name.length(); i++) {
            n += name.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** "al-Din", "ez-Zor": lower case before a hyphen, a capital after it. */
    private static boolean innerArticle(String w) {
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(h + 1));
    }

    /** Ends the name being read, if any, adding it to {@code out}; returns {@code gap} when none was read. */
    private static int end(StringBuilder name, List<String> out, int gap) {
        if (name.length() == 0) {
            return gap;
        }
        String n = name.toString();
        if (!out.contains(n)) {
            out.add(n);
        }
        name.setLength(0);
        return -1;
    }

    public static int[][] wordSets(String s, Set<String> stop) {
        int[] words = new int[16];
        int[] names = new int[8];
        int nw = 0;
        int nn = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i - st > 2) {
                String lw = s.substring(st, i).toLowerCase(Locale.ROOT);
                if (!stop.contains(lw)) {
                    if (nw == words.length) {
                        words = Arrays.copyOf(words, nw * 2);
                    }
                    words[nw++] = lw.hashCode();
                    if (Character.isUpperCase(s.charAt(st)) && st > 0) {
                        if (nn == names.length) {
                            names = Arrays.copyOf(names, nn * 2);
                        }
                        names[nn++] = lw.hashCode();
                    }
                }
            }
        }
        return new int[][] {distinctSorted(words, nw), distinctSorted(names, nn)};
    }

    /**
     * The key by which a figure is recognised as a companion of another in a second report: its
     * category and stated value; 0 when it can be no evidence (vague, not core, or a count small
     * enough to coincide by chance, below {@link GroupingPolicy#companionFigure}).
     */
    public static int companion(Claim c, GroupingPolicy p) {
        if (!c.core() || c.qualifier() == org.claimtally.model.Qualifier.VAGUE || c.value() == null
                || c.value() < p.companionFigure()) {
            return 0;
        }
        int h = 31 * c.category().hashCode() + Double.hashCode(c.value());
        return h == 0 ? 1 : h;
    }

    private static int[] distinctSorted(int[] a, int n) {
        if (n == 0) {
            return NONE;
        }
        int[] b = Arrays.copyOf(a, n);
        Arrays.sort(b);
        int k = 0;
        for (int i = 0; i < b.length; i++) {
            if (i == 0 || b[i] != b[i - 1]) {
                b[k++] = b[i];
            }
        }
        return Arrays.copyOf(b, k);
    }

    private static String lastWord(String quote) {
        List<String> w = lowerWords(quote);
        if (w.isEmpty()) {
            return "";
        }
        String last = w.get(w.size() - 1);
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }

    /** The subject of a part of a toll stated as such ("16 of the wounded", "two of them"). */
    static final String PART = "part";

    /**
     * A stated number followed by "of" is a part of something counted before ("15 of the wounded
     * were in critical condition", "111 of which were shot down"); vague magnitudes ("dozens of
     * children") are not, they count what follows.
     */
    private static boolean partitive(Claim c) {
        if (!c.core() || c.qualifier() == org.claimtally.model.Qualifier.VAGUE || c.figure().isEmpty()) {
            return false; // "one-fifth of Ukraine" is a share of a whole, not a part of a toll
        }
        int at = c.quote().indexOf(c.figure());
        if (at < 0) {
            return false;
        }
        int end = c.start() - c.sentenceStart() + at + c.figure().length();
        String rest = c.sentence().isEmpty() || end < 0 || end > c.sentence().length()
                ? c.quote().substring(at + c.figure().length()) : c.sentence().substring(end);
        rest = rest.stripLeading();
        return rest.startsWith("of ");
    }

    /** The subject of a share per party ("157 prisoners each"): not the total. */
    static final String EACH = "each";

    /** "158 prisoners of war each": the distributive word closes the counted phrase, a few words after the quote. */
    private static boolean distributive(Claim c) {
        int end = c.end() - c.sentenceStart();
        if (c.sentence().isEmpty() || end < 0 || end > c.sentence().length()) {
            return false;
        }
        List<String> after = lowerWords(c.sentence().substring(end, Math.min(c.sentence().length(), end + DISTRIBUTIVE_REACH)));
        return after.contains(EACH) && (after.indexOf(EACH) + 1 >= after.size() || after.indexOf(EACH) <= 3);
    }

    /** Characters after a quote where a distributive "each" still closes its phrase. */
    private static final int DISTRIBUTIVE_REACH = 24;

    /**
     * The quote up to the end of its own noun phrase: before a comma or another figure after
     * its own ("30 people, including 7 children", "56 civilians among them 11 children"), so that
     * a part's people do not name the whole's.
     */
    private static String ownWords(Claim c) {
        String q = c.quote();
        int at = c.figure().isEmpty() ? -1 : q.indexOf(c.figure());
        int from = at < 0 ? 0 : at + c.figure().length();
        for (int i = from; i < q.length(); i++) {
            char ch = q.charAt(i);
            if (ch == ',' || Character.isDigit(ch) && i > from && !Character.isDigit(q.charAt(i - 1))) {
                return q.substring(0, i);
            }
        }
        return q;
    }

    private static String subgroup(String quote, GroupingWords lex) {
        for (String w : lowerWords(quote)) {
            String g = lex.subgroup(w);
            if (!g.isEmpty()) {
                return g;
            }
        }
        return "";
    }

    public static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    public static long parseDay(String published) {
        if (published == null || published.length() < 10) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * Time anchors clearly differ when they name different things of one kind: weekdays
     * (Tuesday ≠ Wednesday), months, years, or relative windows (overnight ≠ since the start
     * of the day). "Tuesday" and "April 2017" are different kinds: no conflict.
     */
    public static boolean timesDiffer(Features a, Features b) {
        return differ(a.weekdays, b.weekdays) || differ(a.months, b.months) || differ(a.relative, b.relative)
                || a.years.length > 0 && b.years.length > 0 && overlap(a.years, b.years) == 0;
    }

    private static boolean differ(int x, int y) {
        return x != 0 && y != 0 && (x & y) == 0;
    }

    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int inter = overlap(a, b);
        return inter / (double) (a.length + b.length - inter);
    }

    /** Size of the intersection of two sorted distinct arrays. */
    public static int overlap(int[] a, int[] b) {
        return (int) overlap(a, b, n -> 1);
    }

    /** The summed weight of the values two sorted distinct arrays share, in one merge of the two. */
    static double overlap(int[] a, int[] b, java.util.function.IntToDoubleFunction weight) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                s += weight.applyAsDouble(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }
}
